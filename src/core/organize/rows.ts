/**
 * Records → rows of the managed tabs, in their header order, with each column's number format.
 */
import { sourceLabel } from '../records/table';
import type { Money, SheetValue } from '../cells';
import type { CostRecord, CreatorRecord, ProductRecord, SampleRecord } from '../records/types';
import type { FieldKind, TabSpec } from '../schema';
import { ORDERS } from '../schema';
import { addDays, dayKey } from '../values';
import type { OrganizedOrderLine } from './combine';

const ESTIMATE_FORMAT = '"~"#,##0.00';

const FORMAT_OF_KIND: Record<FieldKind, string> = {
  text: '@',
  id: '@',
  handle: '@',
  email: '@',
  url: '@',
  enum: '@',
  currency: '@',
  boolean: '@',
  money: '#,##0.00',
  percent: '0.00%',
  integer: '0',
  count: '#,##0',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
};

export function columnFormats(tab: TabSpec): string[] {
  return tab.fields.map((field) => FORMAT_OF_KIND[field.kind]);
}

const v = (value: string | number | Date | undefined): SheetValue => (value === undefined ? '' : value);
const amount = (money: Money | undefined): SheetValue => (money ? money.amount : '');

export function creatorRow(c: CreatorRecord): SheetValue[] {
  return [
    c.handle,
    v(c.name),
    v(c.email),
    v(c.profileUrl),
    v(c.followers),
    v(c.niche),
    v(c.region),
    v(c.brand),
    v(c.type),
    v(c.status),
    v(c.commissionPct),
    v(c.promoCode),
    v(c.owner),
    v(c.lastContacted),
    v(c.notes),
    sourceLabel(c.source),
  ];
}

export interface SampleStatusContext {
  timeZone: string;
  now: Date;
  /** A sample is `due` from this many days before its Due date. */
  reminderDays: number;
}

/** `cancelled` and `posted` are final; otherwise the latest step reached, with due/overdue from Due. */
export function deriveSampleStatus(s: SampleRecord, ctx: SampleStatusContext): string {
  if (s.status === 'cancelled') return 'cancelled';
  if (s.posted) return 'posted';
  if (s.due) {
    const today = dayKey(ctx.now, ctx.timeZone);
    const due = dayKey(s.due, ctx.timeZone);
    if (today > due) return 'overdue';
    if (today >= addDays(due, -ctx.reminderDays)) return 'due';
  }
  if (s.delivered) return 'delivered';
  if (s.shipped) return 'shipped';
  return s.status ?? 'requested';
}

export function sampleRow(s: SampleRecord, ctx: SampleStatusContext): SheetValue[] {
  return [
    s.sampleId,
    v(s.handle),
    v(s.campaign),
    v(s.sku),
    v(s.units),
    v(s.requested),
    v(s.shipped),
    v(s.carrier),
    v(s.tracking),
    v(s.delivered),
    v(s.briefSent),
    v(s.due),
    v(s.posted),
    v(s.videoUrl),
    deriveSampleStatus(s, ctx),
    amount(s.sampleCost),
    amount(s.shippingCost),
    v(s.notes),
    sourceLabel(s.source),
  ];
}

export function orderRow(o: OrganizedOrderLine): SheetValue[] {
  return [
    o.orderId,
    o.line,
    v(o.date),
    v(o.handle),
    v(o.campaign),
    v(o.sku),
    v(o.product),
    o.units,
    o.gross,
    o.discount,
    o.refund,
    o.status,
    v(o.commissionPct),
    v(o.commission),
    v(o.platformFee),
    v(o.shippingCost),
    v(o.currency),
    v(o.region),
    sourceLabel(o.source),
  ];
}

const PLATFORM_FEE_COLUMN = ORDERS.fields.findIndex((f) => f.header === 'Platform fee');

/** Per-cell formats of an order row: estimated platform fees show with a leading "~". */
export function orderRowFormats(o: OrganizedOrderLine, base: readonly string[]): string[] {
  if (!o.platformFeeEstimated) return base as string[];
  const formats = base.slice();
  formats[PLATFORM_FEE_COLUMN] = ESTIMATE_FORMAT;
  return formats;
}

export function productRow(p: ProductRecord): SheetValue[] {
  return [p.sku, v(p.product), v(p.unitCost), v(p.currency), v(p.brand), p.skuIds.join(', ')];
}

export function costRow(c: CostRecord): SheetValue[] {
  return [v(c.date), v(c.handle), v(c.campaign), c.type, c.amount, v(c.currency), v(c.notes)];
}
