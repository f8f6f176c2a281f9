/**
 * Records → rows of the managed tabs, in their header order, with each column's number format.
 */
import { sourceLabel } from '../records/table';
import type { Money, OutputCell, SheetValue } from '../cells';
import type { CostRecord, CreatorRecord, ProductRecord, SampleRecord } from '../records/types';
import type { FieldKind, TabSpec } from '../schema';
import { ORDERS, SAMPLES } from '../schema';
import { addDays, dayKey } from '../values';
import type { OrganizedOrderLine } from './combine';
import type { DerivedColumn } from './merge';

const ESTIMATE_FORMAT = '"~"#,##0.00';

const FORMAT_OF_KIND: Record<FieldKind, string> = {
  text: '@',
  id: '@',
  handle: '@',
  handles: '@',
  email: '@',
  url: '@',
  enum: '@',
  currency: '@',
  region: '@',
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
    v(c.profileUrl ?? profileLink(c.handle)),
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
    v(c.aliases?.join(', ')),
  ];
}

/** The creator's TikTok profile, when no source gives a Profile URL. */
function profileLink(handle: string): string {
  return `https://www.tiktok.com/@${handle}`;
}

export interface SampleStatusContext {
  timeZone: string;
  now: Date;
  /** A sample is `due` from this many days before its Due date. */
  reminderDays: number;
}

/** Each context's today, worked out once: a run derives the status of every sample with one context. */
const TODAYS = new WeakMap<SampleStatusContext, string>();

function todayOf(ctx: SampleStatusContext): string {
  let today = TODAYS.get(ctx);
  if (today === undefined) TODAYS.set(ctx, (today = dayKey(ctx.now, ctx.timeZone)));
  return today;
}

/** `cancelled` and `posted` are final; otherwise the latest step reached, with due/overdue from Due. */
export function deriveSampleStatus(
  s: Pick<SampleRecord, 'status' | 'shipped' | 'delivered' | 'due' | 'posted'>,
  ctx: SampleStatusContext,
): string {
  if (s.status === 'cancelled') return 'cancelled';
  if (s.posted) return 'posted';
  if (s.due) {
    const today = todayOf(ctx);
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

const samplesColumn = (header: string) => SAMPLES.fields.findIndex((f) => f.header === header);
const SAMPLE_COLUMNS = {
  status: samplesColumn('Status'),
  shipped: samplesColumn('Shipped'),
  delivered: samplesColumn('Delivered'),
  due: samplesColumn('Due'),
  posted: samplesColumn('Posted'),
};

const dateIn = (cell: OutputCell | undefined): Date | undefined => (cell instanceof Date ? cell : undefined);

/** Status from the merged row's dates, so a Posted or Delivered date an operator typed moves it on. */
export function sampleStatusColumn(ctx: SampleStatusContext): DerivedColumn {
  return {
    column: SAMPLE_COLUMNS.status,
    value: (row) => {
      const status = row[SAMPLE_COLUMNS.status];
      return deriveSampleStatus(
        {
          status: typeof status === 'string' && status !== '' ? status : undefined,
          shipped: dateIn(row[SAMPLE_COLUMNS.shipped]),
          delivered: dateIn(row[SAMPLE_COLUMNS.delivered]),
          due: dateIn(row[SAMPLE_COLUMNS.due]),
          posted: dateIn(row[SAMPLE_COLUMNS.posted]),
        },
        ctx,
      );
    },
  };
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

/** Per-cell formats of an order row: estimated platform fees show with a leading "~". Rows share the two arrays. */
export function orderRowFormats(base: readonly string[]): (o: OrganizedOrderLine) => string[] {
  const estimated = base.slice();
  estimated[PLATFORM_FEE_COLUMN] = ESTIMATE_FORMAT;
  return (o) => (o.platformFeeEstimated ? estimated : (base as string[]));
}

export function productRow(p: ProductRecord): SheetValue[] {
  return [p.sku, v(p.product), v(p.unitCost), v(p.currency), v(p.brand), p.skuIds.join(', ')];
}

export function costRow(c: CostRecord): SheetValue[] {
  return [v(c.date), v(c.handle), v(c.campaign), c.type, c.amount, v(c.currency), v(c.notes)];
}
