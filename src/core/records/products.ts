import { money, text } from './fields';
import type { Issue, ParsedRow } from './table';
import { reportMissing } from './table';
import type { ProductRecord } from './types';

/** The SKU IDs of a `TikTok SKU IDs` cell: comma- or space-separated digits. */
export function skuIdList(cell: string | undefined): string[] {
  return (cell ?? '').split(/[\s,;]+/).filter((id) => id !== '');
}

export function buildProducts(rows: readonly ParsedRow[]): { records: ProductRecord[]; issues: Issue[] } {
  const records: ProductRecord[] = [];
  const issues: Issue[] = [];
  for (const row of rows) {
    const { source, fields } = row;
    const sku = text(fields, 'SKU');
    if (!sku) {
      reportMissing(issues, row, 'SKU', 'no SKU on this row: the unit cost cannot be matched to orders');
      continue;
    }
    const cost = money(fields, 'Unit cost');
    records.push({
      sku,
      product: text(fields, 'Product'),
      unitCost: cost?.amount,
      currency: text(fields, 'Currency') ?? cost?.currency,
      brand: text(fields, 'Brand'),
      skuIds: skuIdList(text(fields, 'TikTok SKU IDs')),
      source,
    });
  }
  return { records, issues };
}
