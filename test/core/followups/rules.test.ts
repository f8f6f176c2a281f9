import fc from 'fast-check';
import { dueMessages, sampleMessages } from '../../../src/core/followups/rules';
import type { SampleRecord } from '../../../src/core/records/types';
import { readSettings } from '../../../src/core/settings';
import { addDays } from '../../../src/core/values';
import { day, TZ } from './fixtures';

const days = readSettings(undefined).followUps.days;
const source = { tab: 'Samples', row: 2 };

function sample(fields: Partial<SampleRecord>): SampleRecord {
  return { sampleId: 'S-1', handle: 'jane.doe', source, ...fields };
}

const summary = (s: SampleRecord, settings = days) =>
  sampleMessages(s, settings, TZ).map((m) => [m.rule, m.day, m.lastDay, m.key]);

describe('sampleMessages', () => {
  test('a shipped sample without a brief gets the Brief on its ship day', () => {
    expect(summary(sample({ shipped: day('2026-03-02') }))).toEqual([
      ['Brief', '2026-03-02', '2026-03-08', 'Brief|S-1|2026-03-02'],
    ]);
  });

  test('Brief sent filled in means no brief', () => {
    expect(summary(sample({ shipped: day('2026-03-02'), briefSent: day('2026-03-02') }))).toEqual([]);
  });

  test('delivered without Due: Due becomes Delivered + 7 and the due-date chain follows it', () => {
    const messages = sampleMessages(
      sample({ shipped: day('2026-03-02'), briefSent: day('2026-03-02'), delivered: day('2026-03-05') }),
      days,
      TZ,
    );
    expect(messages.map((m) => [m.rule, m.day, m.lastDay, m.anchorDay])).toEqual([
      ['Delivered', '2026-03-05', '2026-03-09', '2026-03-05'],
      ['Reminder', '2026-03-10', '2026-03-12', '2026-03-12'],
      ['Overdue', '2026-03-13', '2026-03-18', '2026-03-12'],
      ['Second nudge', '2026-03-19', '2026-03-25', '2026-03-12'],
    ]);
    expect(messages[0].fill).toEqual({ header: 'Due', day: '2026-03-12' });
    expect(messages[0].dueDay).toBe('2026-03-12');
  });

  test('a stated Due is kept and nothing is filled', () => {
    const messages = sampleMessages(sample({ delivered: day('2026-03-05'), due: day('2026-03-20') }), days, TZ);
    expect(messages.find((m) => m.rule === 'Delivered')?.dueDay).toBe('2026-03-20');
    expect(messages.find((m) => m.rule === 'Delivered')?.fill).toBeUndefined();
    expect(messages.find((m) => m.rule === 'Reminder')?.day).toBe('2026-03-18');
  });

  test('changing Due gives the due-date messages new keys', () => {
    const keys = (due: string) => sampleMessages(sample({ due: day(due) }), days, TZ).map((m) => m.key);
    expect(keys('2026-03-12')).toEqual([
      'Reminder|S-1|2026-03-12',
      'Overdue|S-1|2026-03-12',
      'Second nudge|S-1|2026-03-12',
    ]);
    expect(keys('2026-03-20')).toEqual([
      'Reminder|S-1|2026-03-20',
      'Overdue|S-1|2026-03-20',
      'Second nudge|S-1|2026-03-20',
    ]);
  });

  test('posted: nothing more, unless Thanks is switched on', () => {
    const posted = sample({ shipped: day('2026-03-02'), due: day('2026-03-12'), posted: day('2026-03-11') });
    expect(summary(posted)).toEqual([]);
    expect(summary(posted, { ...days, thanks: 1 })).toEqual([
      ['Thanks', '2026-03-12', '2026-03-18', 'Thanks|S-1|2026-03-11'],
    ]);
    expect(summary(sample({ due: day('2026-03-12'), status: 'posted' }))).toEqual([]);
  });

  test('cancelled samples get nothing', () => {
    expect(summary(sample({ shipped: day('2026-03-02'), due: day('2026-03-12'), status: 'cancelled' }))).toEqual([]);
  });

  test('requested but not shipped: a ship reminder to the owner after 2 days', () => {
    const messages = sampleMessages(sample({ requested: day('2026-03-01') }), days, TZ);
    expect(messages.map((m) => [m.rule, m.day, m.recipient])).toEqual([['Ship reminder', '2026-03-03', 'owner']]);
    expect(summary(sample({ requested: day('2026-03-01'), shipped: day('2026-03-02') })).map((m) => m[0])).toEqual([
      'Brief',
    ]);
  });

  test('a rule set to off has no messages', () => {
    expect(summary(sample({ shipped: day('2026-03-02') }), { ...days, brief: null })).toEqual([]);
  });

  test('a delivery typed in after the due date: the overdue message goes, not a stale confirmation', () => {
    const late = sample({ delivered: day('2026-03-05'), due: day('2026-03-08') });
    expect(dueMessages(late, days, TZ, '2026-03-09').map((m) => m.rule)).toEqual(['Overdue']);
  });
});

describe('dueMessages', () => {
  const delivered = sample({ shipped: day('2026-03-02'), briefSent: day('2026-03-02'), delivered: day('2026-03-05') });
  const rulesOn = (today: string) => dueMessages(delivered, days, TZ, today).map((m) => m.rule);

  test('each day has the right message, and after the second nudge no more', () => {
    expect(rulesOn('2026-03-04')).toEqual([]);
    expect(rulesOn('2026-03-05')).toEqual(['Delivered']);
    expect(rulesOn('2026-03-10')).toEqual(['Reminder']);
    expect(rulesOn('2026-03-12')).toEqual(['Reminder']);
    expect(rulesOn('2026-03-13')).toEqual(['Overdue']);
    expect(rulesOn('2026-03-19')).toEqual(['Second nudge']);
    expect(rulesOn('2026-03-26')).toEqual([]);
  });

  test('a message more than a week late lapses', () => {
    expect(dueMessages(sample({ shipped: day('2026-01-02') }), days, TZ, '2026-03-01')).toEqual([]);
  });

  test('on any day at most one of the due-date messages is due, and each key is due on consecutive days only', () => {
    const dayKeys = fc.integer({ min: 0, max: 60 }).map((n) => addDays('2026-03-01', n));
    fc.assert(
      fc.property(
        fc.option(dayKeys, { nil: undefined }),
        fc.option(dayKeys, { nil: undefined }),
        fc.option(dayKeys, { nil: undefined }),
        (shipped, delivered, due) => {
          const s = sample({
            shipped: shipped ? day(shipped) : undefined,
            delivered: delivered ? day(delivered) : undefined,
            due: due ? day(due) : undefined,
          });
          const dueOn = new Map<string, number[]>();
          for (let n = 0; n < 90; n++) {
            const today = addDays('2026-03-01', n);
            const messages = dueMessages(s, days, TZ, today);
            expect(
              messages.filter((m) => ['Delivered', 'Reminder', 'Overdue', 'Second nudge'].includes(m.rule)).length,
            ).toBeLessThanOrEqual(1);
            for (const m of messages) dueOn.set(m.key, [...(dueOn.get(m.key) ?? []), n]);
          }
          for (const ns of dueOn.values()) expect(ns[ns.length - 1] - ns[0]).toBe(ns.length - 1);
        },
      ),
    );
  });
});

describe('dueMessages: a rule whose moment has passed is superseded', () => {
  const rules = (s: SampleRecord, today: string) => dueMessages(s, days, TZ, today).map((m) => m.rule);

  test('never "on its way" once Delivered is set, even when both dates were typed the same day', () => {
    const s = sample({ shipped: day('2026-03-02'), delivered: day('2026-03-04') });
    expect(rules(s, '2026-03-04')).toEqual(['Delivered']);
    expect(rules(s, '2026-03-03')).toEqual(['Brief']);
    expect(rules(sample({ shipped: day('2026-03-02'), delivered: day('2026-03-02') }), '2026-03-02')).toEqual([
      'Delivered',
    ]);
    expect(rules(sample({ shipped: day('2026-03-02') }), '2026-03-04')).toEqual(['Brief']);
  });

  test('an old sheet switched on gets only the message due now, not its backlog', () => {
    // Due Mar 12: Reminder from Mar 10, Overdue from Mar 13; on Mar 14 only Overdue is due.
    const s = sample({ shipped: day('2026-03-02'), delivered: day('2026-03-05'), due: day('2026-03-12') });
    expect(rules(s, '2026-03-14')).toEqual(['Overdue']);
    expect(rules(s, '2026-03-19')).toEqual(['Second nudge']);
  });

  test('the owner still hears about a sample that never shipped', () => {
    expect(rules(sample({ requested: day('2026-03-01') }), '2026-03-03')).toEqual(['Ship reminder']);
  });

  test('a message that states the due date fills Due whichever rule it is', () => {
    const s = sample({ shipped: day('2026-03-02'), briefSent: day('2026-03-02'), delivered: day('2026-03-05') });
    const [reminder] = dueMessages(s, days, TZ, '2026-03-10');
    expect(reminder).toMatchObject({ rule: 'Reminder', fill: { header: 'Due', day: '2026-03-12' } });
  });
});
