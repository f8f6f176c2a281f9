/** What a correct Organize must produce from the demo workbook, as the generator knows it. */
import type { CurrencyCode, Region } from './catalog';

export interface CellRef {
  tab: string;
  /** 1-based sheet row. */
  row: number;
  /** The source header of the cell's column. */
  column: string;
}

/** A cell no reader can make sense of; Organize must report it in Import issues. */
export interface BrokenCell extends CellRef {
  why: string;
  /** True when the cell is the row's key (handle, Order ID), so the whole row cannot be imported. */
  skipsRow: boolean;
}

/** A text cell that a spreadsheet would run as a formula if written back unescaped. */
export interface InjectionCell extends CellRef {
  value: string;
}

/** A row repeating an earlier row cell for cell; Organize flags it and imports the record once. */
export interface DuplicateRow {
  tab: string;
  row: number;
  duplicateOf: number;
}

export interface CreatorTruth {
  /** Normalized: lower case, no `@`, no URL. */
  handle: string;
  email?: string;
  brands: string[];
  /** A fraction: 0.15 for 15%. */
  commission?: number;
  promoCode?: string;
}

export interface OrderLineTruth {
  /** Without the export's trailing tab. */
  orderId: string;
  skuId: string;
  /** Seller SKU (the COGS key). */
  sku: string;
  /** The attributed creator: from the affiliate export, else from the promo code; null when neither. */
  handle: string | null;
  units: number;
  gross: number;
  discount: number;
  refund: number;
  /** Canonical Orders status: completed, pending, unpaid, cancelled, refunded, partially refunded. */
  status: string;
  /** A price-0 sample line: not a sale. */
  isSample: boolean;
  currency: CurrencyCode;
  region: Region;
  /** Commission amount: Actual Commission Payment, else Est. standard commission payment (affiliate lines only). */
  commission?: number;
  /** Standard commission rate of an affiliate line, or the deal rate of the creator whose promo code was used. */
  commissionRate?: number;
}

export interface DemoTruth {
  /** Everyone on the outreach list with a readable handle, sorted by handle. */
  creators: CreatorTruth[];
  /** Handles seen in samples or affiliate orders but on no outreach list. */
  handlesOutsideOutreach: string[];
  /** Readable, distinct sample shipments (cancelled ones included). */
  sampleCount: number;
  cancelledSampleCount: number;
  /** Every readable order-export line, sample lines included (isSample); the line whose ID lost digits is not here. */
  orderLines: OrderLineTruth[];
  skusWithoutCost: string[];
  /** Rows of the creator payments tab. */
  costRowCount: number;
  brokenRows: BrokenCell[];
  duplicateRows: DuplicateRow[];
  injectionCells: InjectionCell[];
  unrelatedTabs: string[];
}

/** The deliberate mess, collected while the tabs are written. */
export interface Findings {
  brokenRows: BrokenCell[];
  duplicateRows: DuplicateRow[];
  injectionCells: InjectionCell[];
}

export function noFindings(): Findings {
  return { brokenRows: [], duplicateRows: [], injectionCells: [] };
}
