/**
 * Which shop a Seller Center "All order" export comes from, by its shape: the US and UK files have
 * columns of their own. The shop gives the lines their region and currency (never the buyer's
 * address, which the UK file even puts in the wrong columns) and the way its times are written.
 */
import { normalizeHeader } from '../aliases';
import type { DateOrder } from '../values';

export interface Shop {
  region: 'US' | 'UK';
  currency: string;
  /** Seller Center writes the shop's times in the shop's own zone. */
  timeZone: string;
  /** `05/10/2026 9:46:56 PM` in the US, `10/05/2026 23:44:56` in the UK. */
  dateOrder: DateOrder;
}

const SHOPS: readonly (Shop & { ownColumns: readonly string[] })[] = (
  [
    {
      region: 'US',
      currency: 'USD',
      timeZone: 'America/Los_Angeles',
      dateOrder: 'MDY',
      ownColumns: [
        'Virtual Bundle Seller SKU',
        'Co-Funded Shipping Fee Discount',
        'Payment platform discount',
        'Retail Delivery Fee',
        'RTS Time',
        'Delivery Option Type',
        'Buyer Nickname',
        'Address Line 1',
        'Address Line 2',
        'Combined Listing',
      ],
    },
    {
      region: 'UK',
      currency: 'GBP',
      timeZone: 'Europe/London',
      dateOrder: 'DMY',
      ownColumns: [
        'RTH Time',
        'County',
        'Districts',
        'Street Name',
        'House Name or Number',
        'Checked Status',
        'Checked Marked by',
        'Product Tax Amount',
        'Product Tax Rate',
        'Shipping Tax Amount',
        'Shipping Tax Rate',
      ],
    },
  ] as const
).map((shop) => ({ ...shop, ownColumns: shop.ownColumns.map(normalizeHeader) }));

/** Columns of one shop's file that must be present to tell it; later exports add columns, so not all. */
const ENOUGH_OWN_COLUMNS = 3;

/** The shop of an "All order" export from its header row, or undefined when the shape is not one of them. */
export function shopOfOrderExport(headers: readonly unknown[]): Shop | undefined {
  const present = new Set(headers.map(normalizeHeader));
  const matches = SHOPS.filter(
    (shop) => shop.ownColumns.filter((column) => present.has(column)).length >= ENOUGH_OWN_COLUMNS,
  );
  if (matches.length !== 1) return undefined;
  const { region, currency, timeZone, dateOrder } = matches[0];
  return { region, currency, timeZone, dateOrder };
}
