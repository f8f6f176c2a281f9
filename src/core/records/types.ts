import type { Money } from '../cells';
import type { SourceRef } from './table';

export interface CreatorRecord {
  handle: string;
  name?: string;
  email?: string;
  profileUrl?: string;
  followers?: number;
  niche?: string;
  region?: string;
  brand?: string;
  type?: string;
  status?: string;
  commissionPct?: number;
  promoCode?: string;
  owner?: string;
  lastContacted?: Date;
  notes?: string;
  /** Earlier handles of this creator (TikTok usernames can change every 30 days). */
  aliases?: string[];
  source: SourceRef;
}

export interface SampleRecord {
  sampleId: string;
  /** The log had no Sample ID: this one is made from the row (records/samples.ts), and may be replaced by the one Samples already gives it (organize/sampleIds.ts). */
  derivedId?: boolean;
  handle?: string;
  campaign?: string;
  sku?: string;
  units?: number;
  requested?: Date;
  shipped?: Date;
  carrier?: string;
  tracking?: string;
  delivered?: Date;
  briefSent?: Date;
  due?: Date;
  posted?: Date;
  videoUrl?: string;
  /** Typed in the source; otherwise derived from the dates. */
  status?: string;
  sampleCost?: Money;
  shippingCost?: Money;
  notes?: string;
  source: SourceRef;
}

export interface OrderLine {
  orderId: string;
  skuId?: string;
  line: number;
  date?: Date;
  handle?: string;
  campaign?: string;
  sku?: string;
  product?: string;
  units: number;
  gross: number;
  discount: number;
  refund: number;
  status: string;
  commissionPct?: number;
  commission?: number;
  platformFee?: number;
  shippingCost?: number;
  currency?: string;
  region?: string;
  promoCode?: string;
  /** A price-0 line: a free sample sent through the shop, not a sale. */
  isSample: boolean;
  shipped?: Date;
  delivered?: Date;
  tracking?: string;
  carrier?: string;
  source: SourceRef;
}

export interface ProductRecord {
  sku: string;
  product?: string;
  unitCost?: number;
  currency?: string;
  brand?: string;
  /** TikTok's SKU IDs for this SKU (one per shop), as the products tab lists them. */
  skuIds: string[];
  source: SourceRef;
}

/** One order line of a settlement statement: the real platform fee, where orders only allow an estimate. */
export interface SettlementLine {
  orderId: string;
  skuId?: string;
  /** What the platform charged, as a positive amount (the statement writes costs negative). */
  platformFee: number;
  /** A free sample order: not a sale, its charges are not a platform fee on sales. */
  isSample: boolean;
  source: SourceRef;
}

export interface CostRecord {
  date?: Date;
  handle?: string;
  campaign?: string;
  type: string;
  amount: number;
  currency?: string;
  notes?: string;
  source: SourceRef;
}
