/** Finance's product cost list, keyed by the Seller SKU the exports carry. */
import type { SheetModel } from '../../runtime/workbook';
import type { Product } from '../catalog';
import { CURRENCY_OF } from '../catalog';
import type { Random } from '../random';
import { SourceTab } from '../sourceTab';

export const PRODUCT_COSTS_TAB = 'COGS';

const HEADERS = ['SKU', 'Product name', 'Unit cost', 'Currency', 'Brand'] as const;

/** `uncosted`: SKUs finance never entered. */
export function buildProductCostsTab(
  rng: Random,
  products: readonly Product[],
  uncosted: readonly string[],
): SheetModel {
  const tab = new SourceTab(PRODUCT_COSTS_TAB, HEADERS);
  for (const product of products) {
    if (uncosted.includes(product.sku)) continue;
    const cost = product.costCents / 100;
    const symbol = product.region === 'US' ? '$' : '£';
    tab.add({
      SKU: product.sku,
      'Product name': product.name,
      'Unit cost': rng.chance(0.3) ? `${symbol}${cost.toFixed(2)}` : cost,
      Currency: CURRENCY_OF[product.region],
      Brand: product.brand,
    });
  }
  return tab.toSheet();
}
