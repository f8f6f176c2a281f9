/**
 * A pasted settlement statement (the US profit-and-loss statement's Orders sheet): per Order ID +
 * SKU ID, what the platform really charged. Platform fee = −(the sum of SETTLEMENT_FEE_FIELDS): the
 * statement writes costs as negative numbers, and a reversed fee (a refund) counts against them.
 */
import { SETTLEMENT_FEE_FIELDS } from '../aliases';
import { roundCents } from '../cents';
import { money, text } from './fields';
import type { ParsedRow } from './table';
import type { SettlementLine } from './types';

export function buildSettlementLines(rows: readonly ParsedRow[]): { records: SettlementLine[]; issues: [] } {
  const records: SettlementLine[] = [];
  for (const { fields, source } of rows) {
    const orderId = text(fields, 'Order ID');
    // A statement row without an Order ID is a total or a note, not an order line.
    if (!orderId) continue;
    const charged = SETTLEMENT_FEE_FIELDS.reduce((sum, field) => sum + (money(fields, field)?.amount ?? 0), 0);
    records.push({
      orderId,
      skuId: text(fields, 'SKU ID'),
      platformFee: roundCents(-charged),
      isSample: text(fields, 'Sample order type') !== undefined,
      source,
    });
  }
  return { records, issues: [] };
}
