import { shortHash } from '../hash';
import { date, money, num, text } from './fields';
import type { FieldSlots, RecordReader } from './table';
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

const SAMPLE_FIELDS = {
  sampleId: 'Sample ID',
  handle: 'Handle',
  campaign: 'Campaign',
  sku: 'SKU',
  units: 'Units',
  requested: 'Requested',
  shipped: 'Shipped',
  carrier: 'Carrier',
  tracking: 'Tracking',
  delivered: 'Delivered',
  briefSent: 'Brief sent',
  due: 'Due',
  posted: 'Posted',
  videoUrl: 'Video URL',
  status: 'Status',
  sampleCost: 'Sample cost',
  shippingCost: 'Shipping cost',
  notes: 'Notes',
};

/** The sample of each parsed row of a tab with these slots. */
export function sampleReader(slots: FieldSlots): RecordReader<SampleRecord> {
  const at = slots.ofEach(SAMPLE_FIELDS);
  return (row, issues) => {
    const v = row.values;
    const handle = text(v[at.handle]);
    const sampleId = text(v[at.sampleId]);
    if (!handle && !sampleId) {
      reportMissing(issues, row, 'Handle', "no creator on this sample row: add the creator's @handle");
      return undefined;
    }
    const shipped = date(v[at.shipped]);
    const requested = date(v[at.requested]);
    const sku = text(v[at.sku]);
    const tracking = text(v[at.tracking]);
    return {
      sampleId: sampleId ?? deriveSampleId({ handle, sku, day: requested ?? shipped, tracking }),
      derivedId: sampleId === undefined ? true : undefined,
      handle,
      campaign: text(v[at.campaign]),
      sku,
      units: num(v[at.units]),
      requested,
      shipped,
      carrier: text(v[at.carrier]),
      tracking,
      delivered: date(v[at.delivered]),
      briefSent: date(v[at.briefSent]),
      due: date(v[at.due]),
      posted: date(v[at.posted]),
      videoUrl: text(v[at.videoUrl]),
      status: text(v[at.status]),
      sampleCost: money(v[at.sampleCost]),
      shippingCost: money(v[at.shippingCost]),
      notes: text(v[at.notes]),
      source: row.source,
    };
  };
}
