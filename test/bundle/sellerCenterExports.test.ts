/**
 * Real-shape Seller Center exports (US and UK "All order" CSVs, both affiliate-orders CSVs, the US
 * settlement statement) imported as they are into one workbook and organized by the built add-on.
 * What the Orders tab must hold is worked out here, by hand, from the generator's own numbers
 * (PRODUCT.md, "Seller Center exports" and "Orders"), never from the code under test.
 */
import { addOn } from '../../scripts/addOn';
import { instantOf } from '../../scripts/demo/wallClock';
import { createRuntime } from '../../scripts/runtime';
import type { CellValue, SheetModel } from '../../scripts/runtime/workbook';
import { sheetNamed, valuesOf } from '../../scripts/runtime/workbook';
import type { ExportLine } from '../fixtures/sellerCenter/generate';
import {
  generateSellerCenterFiles,
  PRODUCTS_TAB,
  SETTLEMENT_TAB,
  SHOP_CURRENCY,
  SHOP_TIME_ZONE,
} from '../fixtures/sellerCenter/generate';
import {
  AFFILIATE_TABS,
  ORDER_TABS,
  sellerCenterWorkbook,
  SPREADSHEET_TIME_ZONE,
} from '../fixtures/sellerCenter/workbook';
import { tabRecords as records } from './tabRecords';

const NOW = new Date('2026-06-05T18:00:00Z');
const FEE_ESTIMATE_PERCENT = { US: 6, UK: 9 }; // the Settings defaults

/** Half away from zero, on whole cents: (cents × percent) / 100. */
const percentOfCents = (cents: number, percent: number): number => Math.round((cents * percent) / 100);

interface ExpectedRow {
  orderId: string;
  sku: string;
  handle: string;
  units: number;
  grossCents: number;
  discountCents: number;
  refundCents: number;
  status: string;
  commissionPct: number | '';
  commissionCents?: number;
  feeCents?: number;
  feeIsActual: boolean;
  currency: string;
  region: string;
  date: Date;
}

/** One Orders row by hand: the order export's cells, the affiliate export's creator and commission, the statement's fees. */
function expectedRow(line: ExportLine): ExpectedRow {
  const gmv = line.grossCents - line.sellerDiscountCents;
  const refundCents = line.inOrderExport ? line.refundCents : line.fullyRefunded ? gmv : 0;
  let status: string;
  if (!line.inOrderExport)
    status = 'unpaid'; // the affiliate export's `Unpaid by customer`
  else if (line.status === 'Canceled' || line.status === 'Cancelled') status = 'cancelled';
  else if (line.status === 'Shipped' || line.status === 'To ship') status = 'pending';
  else if (refundCents === 0) status = 'completed';
  else status = refundCents >= gmv ? 'refunded' : 'partially refunded';
  const a = line.affiliate;
  const s = line.settlement;
  const earnsNothing = status === 'cancelled' || status === 'unpaid';
  const feeCents = s
    ? -(
        s.referralFeeCents +
        s.transactionFeeCents +
        s.refundAdministrationFeeCents +
        s.salesTaxOnReferralFeesCents +
        s.smartPromotionFeeCents
      )
    : earnsNothing
      ? undefined
      : percentOfCents(gmv - refundCents, FEE_ESTIMATE_PERCENT[line.shop]);
  return {
    orderId: line.orderId,
    sku: line.item.sellerSku ?? line.item.skuId[line.shop],
    handle: a?.handle ?? '',
    units: line.units,
    grossCents: line.grossCents,
    discountCents: line.sellerDiscountCents,
    refundCents,
    status,
    commissionPct: a ? a.ratePercent / 100 : '',
    commissionCents: a
      ? (a.actualCommissionCents ?? a.estCommissionCents) + (a.actualShopAdsCents ?? a.estShopAdsCents)
      : undefined,
    feeCents,
    feeIsActual: s !== undefined,
    currency: SHOP_CURRENCY[line.shop],
    region: line.shop,
    // Seller Center writes times in the shop's zone; the affiliate export's in the exporting account's.
    date: instantOf(line.created, line.inOrderExport ? SHOP_TIME_ZONE[line.shop] : SPREADSHEET_TIME_ZONE),
  };
}

const cents = (value: CellValue): number => Math.round(Number(value) * 100);

describe('Organize on real-shape US and UK Seller Center exports', () => {
  const files = generateSellerCenterFiles();
  const runtime = createRuntime({ workbook: sellerCenterWorkbook(files), now: NOW });
  const summary = addOn(runtime).runOrganize();
  const orders = records(runtime, 'Orders');
  const ordersSheet: SheetModel = sheetNamed(runtime.workbook, 'Orders');
  const sold = files.lines.filter((line) => !line.isSample && (line.inOrderExport || line.affiliate));
  const expected = sold.map(expectedRow);

  it('reads each file as what it is, the statement below its banner rows', () => {
    const kinds = Object.fromEntries(summary.sources.map((s) => [s.tab, [s.kind, s.headerRow]]));
    expect(kinds).toEqual({
      [ORDER_TABS.US]: ['orders', 0],
      [ORDER_TABS.UK]: ['orders', 0],
      [AFFILIATE_TABS.US]: ['affiliate', 0],
      [AFFILIATE_TABS.UK]: ['affiliate', 0],
      [SETTLEMENT_TAB]: ['settlement', 5],
      [PRODUCTS_TAB]: ['products', 0],
    });
  });

  it('has no Import issues', () => {
    expect(records(runtime, 'Import issues')).toEqual([]);
  });

  it('writes every sold line once, and no free sample as a sale', () => {
    expect(files.lines.some((line) => line.isSample)).toBe(true);
    expect(orders.map((o) => `${String(o['Order ID'])}|${String(o.SKU)}`).sort()).toEqual(
      expected.map((e) => `${e.orderId}|${e.sku}`).sort(),
    );
  });

  it('matches the hand computation on every line, to the cent', () => {
    const byKey = new Map(orders.map((o) => [`${String(o['Order ID'])}|${String(o.SKU)}`, o]));
    for (const line of expected) {
      const row = byKey.get(`${line.orderId}|${line.sku}`)!;
      expect({ key: `${line.orderId}|${line.sku}`, ...row }).toMatchObject({
        Handle: line.handle,
        Units: line.units,
        Status: line.status,
        'Commission %': line.commissionPct,
        Currency: line.currency,
        Region: line.region,
      });
      expect([cents(row['Gross sales']), cents(row['Seller discount']), cents(row.Refund)]).toEqual([
        line.grossCents,
        line.discountCents,
        line.refundCents,
      ]);
      expect(row.Commission === '' ? undefined : cents(row.Commission)).toBe(line.commissionCents);
      expect(row['Platform fee'] === '' ? undefined : cents(row['Platform fee'])).toBe(line.feeCents);
      expect(row.Date).toEqual(line.date);
    }
  });

  it('reconciles each currency to the cent', () => {
    for (const currency of ['USD', 'GBP']) {
      const rows = orders.filter((o) => o.Currency === currency);
      const lines = expected.filter((e) => e.currency === currency);
      const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
      const total = (header: string) => Math.round(sum(rows.map((o) => Number(o[header] || 0))) * 100);
      expect({
        gross: total('Gross sales'),
        discount: total('Seller discount'),
        refund: total('Refund'),
        commission: total('Commission'),
        fees: total('Platform fee'),
      }).toEqual({
        gross: sum(lines.map((l) => l.grossCents)),
        discount: sum(lines.map((l) => l.discountCents)),
        refund: sum(lines.map((l) => l.refundCents)),
        commission: sum(lines.map((l) => l.commissionCents ?? 0)),
        fees: sum(lines.map((l) => l.feeCents ?? 0)),
      });
    }
  });

  it("takes the region from the shop's export, never from the buyer's address", () => {
    expect(new Set(orders.map((o) => o.Region))).toEqual(new Set(['US', 'UK']));
    const ukFile = valuesOf(sheetNamed(runtime.workbook, ORDER_TABS.UK));
    const country = ukFile[0].indexOf('Country');
    expect(new Set(ukFile.slice(1).map((row) => row[country]))).toContain('England');
  });

  it("attributes every affiliate line to its creator and finds every line's cost", () => {
    const attributed = expected.filter((e) => e.handle !== '');
    expect(attributed.length).toBeGreaterThan(100);
    const costs = new Map(records(runtime, PRODUCTS_TAB).map((p) => [p['Seller SKU'], p['Unit cost']]));
    for (const order of orders) expect(costs.get(order.SKU)).not.toBeUndefined();
    expect(summary.unattributed).toBe(expected.length - attributed.length);
  });

  it('gives a line carrying only a SKU ID its Seller SKU', () => {
    const unpaid = sold.filter((line) => !line.inOrderExport);
    expect(unpaid.length).toBeGreaterThan(0);
    for (const line of unpaid) {
      const row = orders.find((o) => o['Order ID'] === line.orderId)!;
      expect(row.SKU).toBe(line.item.sellerSku);
    }
  });

  it('shows settled fees as actual and the rest as estimates', () => {
    const fee = Object.keys(orders[0]).indexOf('Platform fee');
    const actual = expected.filter((e) => e.feeIsActual).length;
    expect(actual).toBeGreaterThan(20);
    let estimated = 0;
    ordersSheet.rows.slice(1).forEach((row, i) => {
      const line = expected.find((e) => e.orderId === orders[i]['Order ID'] && e.sku === orders[i].SKU)!;
      const format = row[fee].numberFormat ?? '';
      if (line.feeIsActual) expect(format).not.toContain('~');
      else if (line.feeCents !== undefined) {
        expect(format).toContain('~');
        estimated++;
      }
    });
    expect(estimated).toBeGreaterThan(100);
  });

  it('lists every SKU ID of each Seller SKU on Products, sorted, as text', () => {
    const products = records(runtime, 'Products');
    for (const item of files.catalog) {
      const sku = item.sellerSku ?? item.skuId.US;
      const seen = item.sellerSku
        ? [
            ...new Set(files.lines.filter((l) => l.item === item && l.inOrderExport).map((l) => l.item.skuId[l.shop])),
          ].sort()
        : [];
      expect(products.find((p) => p.SKU === sku)?.['TikTok SKU IDs']).toBe(seen.join(', '));
    }
    expect(products.some((p) => String(p['TikTok SKU IDs']).includes(', '))).toBe(true);
  });

  it('keeps every free sample order on Samples, without a Handle where no export names its creator', () => {
    const freeSamples = files.lines.filter((line) => line.isSample && line.inOrderExport);
    expect(freeSamples.some((line) => !line.affiliate)).toBe(true);
    const fromOrders = records(runtime, 'Samples')
      .filter((s) => String(s['Sample ID']).startsWith('SO-'))
      .map(
        (s) =>
          `${String(s['Sample ID']).replace(/^SO-|-\d+$/g, '')}|${String(s.SKU)}|${String(s.Units)}|${String(s.Handle)}`,
      );
    expect(fromOrders.sort()).toEqual(
      freeSamples
        .map((line) => {
          const { orderId, item, units, shop, affiliate } = line;
          return `${orderId}|${item.sellerSku ?? item.skuId[shop]}|${units}|${affiliate?.handle ?? ''}`;
        })
        .sort(),
    );
  });

  it('changes nothing on a second run', () => {
    const before = ['Orders', 'Products', 'Import issues'].map((tab) => valuesOf(sheetNamed(runtime.workbook, tab)));
    addOn(runtime).runOrganize();
    expect(['Orders', 'Products', 'Import issues'].map((tab) => valuesOf(sheetNamed(runtime.workbook, tab)))).toEqual(
      before,
    );
  });
});
