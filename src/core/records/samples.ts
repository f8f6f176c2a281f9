import { shortHash } from '../hash';
import type { Fields } from './fields';
import { date, money, num, text } from './fields';
import type { Issue, ParsedRow } from './table';
import { reportMissing } from './table';
import type { SampleRecord } from './types';

/**
 * Sample logs rarely have an ID. One made from what identifies the shipment stays the same
 * when rows are re-sorted or inserted, so re-running Organize finds the same record.
 */
function deriveSampleId(parts: { handle?: string; sku?: string; day?: Date; tracking?: string }): string {
  const key = [
    parts.handle ?? '',
    parts.sku ?? '',
    parts.day ? parts.day.toISOString().slice(0, 10) : '',
    parts.tracking ?? '',
  ];
  return `S-${shortHash(key.join('|')).toUpperCase()}`;
}

function sampleIdOf(fields: Fields): string {
  return (
    text(fields, 'Sample ID') ??
    deriveSampleId({
      handle: text(fields, 'Handle'),
      sku: text(fields, 'SKU'),
      day: date(fields, 'Requested') ?? date(fields, 'Shipped'),
      tracking: text(fields, 'Tracking'),
    })
  );
}

export function buildSamples(rows: readonly ParsedRow[]): { records: SampleRecord[]; issues: Issue[] } {
  const records: SampleRecord[] = [];
  const issues: Issue[] = [];
  for (const row of rows) {
    const { source, fields } = row;
    const handle = text(fields, 'Handle');
    if (!handle && !text(fields, 'Sample ID')) {
      reportMissing(issues, row, 'Handle', "no creator on this sample row: add the creator's @handle");
      continue;
    }
    records.push({
      sampleId: sampleIdOf(fields),
      handle,
      campaign: text(fields, 'Campaign'),
      sku: text(fields, 'SKU'),
      units: num(fields, 'Units'),
      requested: date(fields, 'Requested'),
      shipped: date(fields, 'Shipped'),
      carrier: text(fields, 'Carrier'),
      tracking: text(fields, 'Tracking'),
      delivered: date(fields, 'Delivered'),
      briefSent: date(fields, 'Brief sent'),
      due: date(fields, 'Due'),
      posted: date(fields, 'Posted'),
      videoUrl: text(fields, 'Video URL'),
      status: text(fields, 'Status'),
      sampleCost: money(fields, 'Sample cost'),
      shippingCost: money(fields, 'Shipping cost'),
      notes: text(fields, 'Notes'),
      source,
    });
  }
  return { records, issues };
}
