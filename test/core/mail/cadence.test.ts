import { pace } from '../../../src/core/mail/cadence';
import type { SendDetail } from '../../../src/core/mail/memory';
import { memoryRow, readMemory } from '../../../src/core/mail/memory';
import { MEMORY_HEADERS } from '../../../src/core/schema';

const TZ = 'America/Los_Angeles';
const cadence = { perDay: 1, nudgeGapDays: 3 };

function sentEmail(key: string, to: string, time: string, nudge = false): (string | Date)[] {
  const detail: SendDetail = {
    to,
    handle: '',
    rule: nudge ? 'Overdue' : 'Brief',
    nudge,
    topic: `sample:${key}`,
    subject: 's',
    messageId: `<${key}@x>`,
    threadId: `t-${key}`,
  };
  return memoryRow(key, 'sent', new Date(time), detail);
}

const memoryOf = (...rows: (string | Date)[][]) => readMemory([MEMORY_HEADERS.slice(), ...rows]);
const candidate = (to: string, item: string, nudge = false) => ({ to, item, nudge });

describe('pace', () => {
  test('what is due for one address goes in one email, in order; others get their own', () => {
    const paced = pace(
      [candidate('jane@x.com', 'S-1'), candidate('omar@x.com', 'S-2'), candidate('Jane@x.com', 'S-3')],
      memoryOf(),
      cadence,
      '2026-03-10',
      TZ,
    );
    expect(paced.emails).toEqual([
      { to: 'jane@x.com', items: ['S-1', 'S-3'] },
      { to: 'omar@x.com', items: ['S-2'] },
    ]);
    expect(paced.deferred).toEqual([]);
  });

  test('someone already emailed today (in the spreadsheet time zone) waits until tomorrow', () => {
    // 2026-03-10 23:30 in Los Angeles (daylight time) is 2026-03-11 06:30 UTC.
    const memory = memoryOf(sentEmail('S-9', 'jane@x.com', '2026-03-11T06:30:00Z'));
    const today = pace([candidate('jane@x.com', 'S-1')], memory, cadence, '2026-03-10', TZ);
    expect(today.emails).toEqual([]);
    expect(today.deferred[0].reason).toBe('jane@x.com already had 1 email today');
    expect(pace([candidate('jane@x.com', 'S-1')], memory, cadence, '2026-03-11', TZ).emails).toHaveLength(1);
  });

  test('a nudge waits until the gap since the last nudge has passed; other news does not', () => {
    const memory = memoryOf(sentEmail('S-9', 'jane@x.com', '2026-03-10T17:00:00Z', true));
    const items = [candidate('jane@x.com', 'nudge', true), candidate('jane@x.com', 'thanks')];
    const on12 = pace(items, memory, cadence, '2026-03-12', TZ);
    expect(on12.emails).toEqual([{ to: 'jane@x.com', items: ['thanks'] }]);
    expect(on12.deferred).toEqual([{ item: 'nudge', reason: 'the last nudge to jane@x.com was on 2026-03-10' }]);
    expect(pace(items, memory, cadence, '2026-03-13', TZ).emails[0].items).toEqual(['nudge', 'thanks']);
  });

  test('a failed send does not count against the day', () => {
    const failed = memoryRow('S-9', 'failed', new Date('2026-03-10T17:00:00Z'), 'Service unavailable');
    expect(pace([candidate('jane@x.com', 'S-1')], memoryOf(failed), cadence, '2026-03-10', TZ).emails).toHaveLength(1);
  });

  test('a stranded `sending` counts: it may have gone out', () => {
    const row = sentEmail('S-9', 'jane@x.com', '2026-03-10T17:00:00Z');
    row[1] = 'sending';
    expect(pace([candidate('jane@x.com', 'S-1')], memoryOf(row), cadence, '2026-03-10', TZ).emails).toEqual([]);
  });
});
