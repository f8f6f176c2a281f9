/** The months the demo workbook covers; `end` is the moment the exports were pulled. */
import type { Random } from './random';
import type { WallTime } from './wallClock';
import { DAY_MS, startOfDay } from './wallClock';

export interface Period {
  start: WallTime;
  end: WallTime;
  timeZone: string;
}

export function periodDays(period: Period): number {
  return Math.round((period.end - period.start) / DAY_MS);
}

/** A midnight within the period; `growth` > 0 makes later days likelier (a program ramping up into Q4). */
export function randomDay(rng: Random, period: Period, growth = 0): WallTime {
  const position = growth > 0 ? Math.pow(rng.next(), 1 / (1 + growth)) : rng.next();
  return startOfDay(period.start + Math.floor(position * periodDays(period)) * DAY_MS);
}

/** A time of day skewed toward the evening scroll. */
export function randomTimeOfDay(rng: Random): number {
  const hour =
    rng.weighted([
      [7, 1],
      [9, 2],
      [12, 3],
      [15, 3],
      [18, 5],
      [20, 6],
      [22, 3],
    ] as const) + rng.int(0, 1);
  return ((hour * 60 + rng.int(0, 59)) * 60 + rng.int(0, 59)) * 1000;
}
