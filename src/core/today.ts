/**
 * Where a sample stands today for the operator's Today list: due soon, overdue, or requested and
 * still waiting to ship. Due dates are the ones follow-ups work to (Due, else Delivered + the
 * default days), and "soon" is the reminder window, so the list and the emails agree.
 */
import { effectiveDueDay } from './followups/rules';
import type { SampleRecord } from './records/types';
import type { FollowUpDays } from './settings';
import { addDays, dayKey } from './values';

export type Agenda = 'due' | 'overdue' | 'to ship';

export interface SampleAgenda {
  agenda: Agenda;
  /** The day it is about ('YYYY-MM-DD'): Due, or Requested for a sample to ship. */
  day: string;
  /** Days from `day` to today; negative before it. */
  daysSince: number;
}

/** Whole days from one day key to another. */
function daysBetween(from: string, to: string): number {
  const utc = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

export function sampleAgenda(
  sample: SampleRecord,
  days: FollowUpDays,
  timeZone: string,
  today: string,
): SampleAgenda | undefined {
  if (sample.status === 'cancelled' || sample.status === 'posted' || sample.posted) return undefined;
  if (!sample.shipped && !sample.delivered) {
    const requested = sample.requested ? dayKey(sample.requested, timeZone) : undefined;
    return requested ? { agenda: 'to ship', day: requested, daysSince: daysBetween(requested, today) } : undefined;
  }
  const due = effectiveDueDay(sample, days, timeZone);
  if (!due) return undefined;
  const daysSince = daysBetween(due, today);
  if (daysSince > 0) return { agenda: 'overdue', day: due, daysSince };
  if (today >= addDays(due, -(days.reminder ?? 0))) return { agenda: 'due', day: due, daysSince };
  return undefined;
}
