/** The report periods the sidebar offers: inclusive calendar days ('YYYY-MM-DD') around today. */
import { addDays } from '../values';

export const PROFIT_PRESETS = ['this month', 'last month', 'last 30 days', 'custom'] as const;
export type ProfitPreset = (typeof PROFIT_PRESETS)[number];

export interface DayPeriod {
  start: string;
  end: string;
}

/** A real calendar day ('2026-02-31' is not one), or an error asking for it. */
function calendarDay(day: string | undefined, which: 'first' | 'last'): string {
  if (day && /^\d{4}-\d{2}-\d{2}$/.test(day) && addDays(day, 0) === day) return day;
  throw new Error(`Choose the ${which} day of the period (a date like 2026-03-01).`);
}

/** The period a preset names on `today`; a custom period is the days given, which must be in order. */
export function presetPeriod(preset: ProfitPreset, today: string, custom: Partial<DayPeriod> = {}): DayPeriod {
  const firstOfMonth = `${today.slice(0, 8)}01`;
  switch (preset) {
    case 'this month':
      return { start: firstOfMonth, end: today };
    case 'last month': {
      const end = addDays(firstOfMonth, -1);
      return { start: `${end.slice(0, 8)}01`, end };
    }
    case 'last 30 days':
      return { start: addDays(today, -29), end: today };
    case 'custom': {
      const start = calendarDay(custom.start, 'first');
      const end = calendarDay(custom.end, 'last');
      if (end < start) throw new Error(`The period ends (${end}) before it starts (${start}): swap the days.`);
      return { start, end };
    }
  }
}
