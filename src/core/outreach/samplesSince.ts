/**
 * Samples and posts of contacted creators since their first contact: samples not cancelled, dated
 * by Shipped (else Requested, for one not shipped yet) on or after it; posted when they have a
 * Posted date or the Posted status.
 */
import { RangeReader } from '../profit/columns';
import { fromStart } from '../profit/period';
import { rangeTable } from '../profit/range';

export interface SampleCounts {
  samples: number;
  posted: number;
}

const FIELDS = { handle: 'Handle', shipped: 'Shipped', requested: 'Requested', posted: 'Posted', status: 'Status' };

export function samplesSince(
  values: readonly unknown[][],
  starts: ReadonlyMap<string, number>,
  timeZone: string,
): Map<string, SampleCounts> {
  const samples = new RangeReader(rangeTable('samples', values, 'samples', [['Handle']]), timeZone);
  const c = samples.columns(FIELDS);
  const counts = new Map<string, SampleCounts>();
  for (let row = samples.start; row < samples.end; row++) {
    const handle = samples.text(c.handle, row);
    if (handle === undefined || !starts.has(handle)) continue;
    const status = samples.text(c.status, row);
    if (status === 'cancelled') continue;
    const shipped = samples.time(c.shipped, row);
    if (!fromStart(starts, handle, shipped === shipped ? shipped : samples.time(c.requested, row))) continue;
    const count = counts.get(handle) ?? { samples: 0, posted: 0 };
    count.samples++;
    if (status === 'posted' || !samples.isEmpty(c.posted, row)) count.posted++;
    counts.set(handle, count);
  }
  return counts;
}
