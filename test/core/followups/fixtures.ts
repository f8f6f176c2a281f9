import type { SampleContext } from '../../../src/core/followups/sampleContexts';
import { readSampleContexts } from '../../../src/core/followups/sampleContexts';
import { CREATORS, headersOf, PRODUCTS, SAMPLES } from '../../../src/core/schema';
import { wallClockToInstant } from '../../../src/core/values';

export const TZ = 'America/Los_Angeles';

/** Midnight of a 'YYYY-MM-DD' day in the test zone, as a sheet date cell holds it. */
export function day(key: string): Date {
  const [year, month, date] = key.split('-').map(Number);
  return wallClockToInstant({ year, month, day: date, hour: 0, minute: 0, second: 0 }, TZ);
}

export function at(key: string, hour: number, minute = 0): Date {
  const [year, month, date] = key.split('-').map(Number);
  return wallClockToInstant({ year, month, day: date, hour, minute, second: 0 }, TZ);
}

type Row = Record<string, unknown>;

export function table(headers: readonly string[], rows: readonly Row[]): unknown[][] {
  return [headers.slice(), ...rows.map((row) => headers.map((h) => row[h] ?? ''))];
}

export const jane: Row = {
  Handle: 'jane.doe',
  Name: 'Jane Doe',
  Email: 'jane@example.com',
  Owner: 'dana@shop.example',
};

export function contexts(
  samples: readonly Row[],
  creators: readonly Row[] = [jane],
  products: readonly Row[] = [],
): SampleContext[] {
  return readSampleContexts(
    {
      samples: table(headersOf(SAMPLES), samples),
      creators: table(headersOf(CREATORS), creators),
      products: table(headersOf(PRODUCTS), [{ SKU: 'GLOW-1', Product: 'Glow Serum', Brand: 'Lumi' }, ...products]),
    },
    TZ,
  );
}
