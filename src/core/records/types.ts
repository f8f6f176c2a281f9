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
  /** TikTok's SKU IDs for this SKU, comma-separated, as the Products cell holds them. */
  skuIds?: string;
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
