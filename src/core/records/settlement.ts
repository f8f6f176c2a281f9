/**
 * A pasted settlement statement (the US profit-and-loss statement's Orders sheet): per Order ID +
 * SKU ID, what the platform really charged. Platform fee = −(the sum of SETTLEMENT_FEE_FIELDS): the
 * statement writes costs as negative numbers, and a reversed fee (a refund) counts against them.
 */
import { SETTLEMENT_FEE_FIELDS } from '../aliases';
import { roundCents } from '../cents';
import { money, text } from './fields';
import type { FieldSlots, RecordReader } from './table';
import type { SettlementLine } from './types';

/** The settlement line of a parsed row; undefined for a total or a note (no Order ID). */
/** The settlement line of each parsed row of a tab with these slots; undefined for a total or a note (no Order ID). */
export function settlementLineReader(slots: FieldSlots): RecordReader<SettlementLine> {
  const at = slots.ofEach({ orderId: 'Order ID', skuId: 'SKU ID', sampleOrderType: 'Sample order type' });
  const feeSlots = SETTLEMENT_FEE_FIELDS.map((field) => slots.of(field));
  return ({ values: v, source }) => {
    const orderId = text(v[at.orderId]);
    if (!orderId) return undefined;
    let charged = 0;
    for (const slot of feeSlots) charged += money(v[slot])?.amount ?? 0;
    return {
      orderId,
      skuId: text(v[at.skuId]),
      platformFee: roundCents(-charged),
      isSample: text(v[at.sampleOrderType]) !== undefined,
      source,
    };
  };
}
