/** Utilities: date formatting in a time zone, sleep on the fake clock, UUIDs. */
import { randomUUID } from 'crypto';
import { SERVICE } from './boundary';
import type { Clock } from './clock';
import type { Implements } from './gasTypes';
import { formatSimpleDate } from './dateFormat';

export class FakeUtilities implements Implements<
  GoogleAppsScript.Utilities.Utilities,
  'formatDate' | 'sleep' | 'getUuid'
> {
  readonly [SERVICE] = 'Utilities';

  constructor(readonly clock: Clock) {}

  formatDate(date: Date, timeZone: string, format: string): string {
    if (!(date instanceof Date))
      throw new Error(
        `The parameters (${typeof date},String,String) don't match the method signature for Utilities.formatDate.`,
      );
    return formatSimpleDate(date, timeZone, format);
  }

  /** Passes time on the runtime's clock instead of waiting. */
  sleep(milliseconds: number): void {
    this.clock.advance(milliseconds);
  }

  getUuid(): string {
    return randomUUID();
  }
}
