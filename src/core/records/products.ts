import { money, text } from './fields';
import type { FieldSlots, RecordReader } from './table';
import { reportMissing } from './table';
import type { ProductRecord } from './types';

/** The SKU IDs of a `TikTok SKU IDs` cell: comma- or space-separated digits. */
export function skuIdList(cell: string | undefined): string[] {
  return (cell ?? '').split(/[\s,;]+/).filter((id) => id !== '');
}

/** The product of each parsed row of a tab with these slots. */
export function productReader(slots: FieldSlots): RecordReader<ProductRecord> {
  const at = slots.ofEach({
    sku: 'SKU',
    product: 'Product',
    unitCost: 'Unit cost',
    currency: 'Currency',
    brand: 'Brand',
    skuIds: 'TikTok SKU IDs',
  });
  return (row, issues) => {
    const v = row.values;
    const sku = text(v[at.sku]);
    if (!sku) {
      reportMissing(issues, row, 'SKU', 'no SKU on this row: the unit cost cannot be matched to orders');
      return undefined;
    }
    const cost = money(v[at.unitCost]);
    return {
      sku,
      product: text(v[at.product]),
      unitCost: cost?.amount,
      currency: text(v[at.currency]) ?? cost?.currency,
      brand: text(v[at.brand]),
      skuIds: skuIdList(text(v[at.skuIds])),
      source: row.source,
    };
  };
}
