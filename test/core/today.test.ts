/** Where a sample stands on the operator's Today list, by the dates follow-ups work to. */
import type { SampleRecord } from '../../src/core/records/types';
import { readSettings } from '../../src/core/settings';
import { sampleAgenda } from '../../src/core/today';
import { wallClockToInstant } from '../../src/core/values';

const TZ = 'Europe/London';
const day = (key: string) => {
  const [year, month, date] = key.split('-').map(Number);
  return wallClockToInstant({ year, month, day: date, hour: 0, minute: 0, second: 0 }, TZ);
};
/** The defaults: reminder 2 days before Due, Due = Delivered + 7 days. */
const DAYS = readSettings(undefined).followUps.days;
const sample = (fields: Partial<SampleRecord>): SampleRecord => ({
  sampleId: 'S-1',
  handle: 'jane.doe',
  source: { tab: 'Samples', row: 2 },
  ...fields,
});
const agendaOn = (today: string, fields: Partial<SampleRecord>) => sampleAgenda(sample(fields), DAYS, TZ, today);

describe('Today: a sample agenda', () => {
  it('is due from the reminder day to the Due day, then overdue', () => {
    const shipped = { shipped: day('2026-03-02'), due: day('2026-03-12') };
    expect(agendaOn('2026-03-09', shipped)).toBeUndefined();
    expect(agendaOn('2026-03-10', shipped)).toEqual({ agenda: 'due', day: '2026-03-12', daysSince: -2 });
    expect(agendaOn('2026-03-12', shipped)).toEqual({ agenda: 'due', day: '2026-03-12', daysSince: 0 });
    expect(agendaOn('2026-03-13', shipped)).toEqual({ agenda: 'overdue', day: '2026-03-12', daysSince: 1 });
  });

  it('works to Delivered + 7 days when there is no Due, as the follow-ups do', () => {
    expect(agendaOn('2026-03-14', { shipped: day('2026-03-02'), delivered: day('2026-03-05') })).toEqual({
      agenda: 'overdue',
      day: '2026-03-12',
      daysSince: 2,
    });
  });

  it('lists a requested sample that has not shipped, and nothing once it is posted or cancelled', () => {
    expect(agendaOn('2026-03-20', { requested: day('2026-03-15') })).toEqual({
      agenda: 'to ship',
      day: '2026-03-15',
      daysSince: 5,
    });
    expect(
      agendaOn('2026-03-20', { shipped: day('2026-03-02'), due: day('2026-03-12'), posted: day('2026-03-11') }),
    ).toBeUndefined();
    expect(
      agendaOn('2026-03-20', { due: day('2026-03-12'), shipped: day('2026-03-02'), status: 'cancelled' }),
    ).toBeUndefined();
    expect(agendaOn('2026-03-20', { shipped: day('2026-03-02') })).toBeUndefined();
  });
});
