import { lastSentByHandle, readOutreachLog } from '../../../src/core/outreach/outreachLog';
import { OUTREACH_LOG_HEADERS } from '../../../src/core/schema';

const TZ = 'America/Los_Angeles';

describe('the Outreach log', () => {
  const values = [
    [...OUTREACH_LOG_HEADERS],
    ['2026-03-02 09:00', 'S', 1, 'a', '@Ava.Glow', 'ava@example.com', 'Hi', 'sent', 't1', 'k1'],
    [new Date('2026-03-05T17:00:00Z'), 'S', '2', '', 'ava.glow', 'ava@example.com', 'Hi', 'failed: quota', 't1', 'k2'],
    [new Date('2026-03-04T17:00:00Z'), 'T', 1, '', 'ava.glow', '', '', 'Sent', '', 'k3'],
    ['', '', '', '', '', '', '', '', '', ''],
  ];

  it('reads times in the spreadsheet zone, normalized handles, upper-case variants and status words', () => {
    const rows = readOutreachLog(values, TZ);
    expect(
      rows.map((r) => [r.row, new Date(r.time).toISOString(), r.sequence, r.step, r.variant, r.handle, r.status]),
    ).toEqual([
      [2, '2026-03-02T17:00:00.000Z', 'S', 1, 'A', 'ava.glow', 'sent'],
      [3, '2026-03-05T17:00:00.000Z', 'S', 2, '', 'ava.glow', 'failed'],
      [4, '2026-03-04T17:00:00.000Z', 'T', 1, '', 'ava.glow', 'sent'],
    ]);
  });

  it('gives the last email sent to each creator, whatever the sequence; a failed one is none', () => {
    expect(lastSentByHandle(readOutreachLog(values, TZ))).toEqual(
      new Map([['ava.glow', new Date('2026-03-04T17:00:00Z')]]),
    );
  });

  it('names the row and column it cannot read', () => {
    const bad = [values[0], ['2026-03-02', 'S', 1, '', 'not a handle!', '', '', 'sent', '', '']];
    expect(() => readOutreachLog(bad, TZ)).toThrow(/^Cannot read row 2 of the outreach_log range, column Handle: /);
  });
});
