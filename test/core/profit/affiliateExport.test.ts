/**
 * PROFIT_BY_CREATOR pointed straight at a raw affiliate-orders export (Creator Username, Payment Amount, ...):
 * the figures worked out by hand in the fixture, per creator in the shop's own currency.
 */
import { profitBy, PROFIT_COLUMNS } from '../../../src/core/profit';
import { valuesOf } from '../../../scripts/runtime/workbook';
import { affiliateExportOnly, expected } from '../../fixtures/affiliateExportOnly';

const exportValues = valuesOf(affiliateExportOnly.sheets[0]);
const column = (name: (typeof PROFIT_COLUMNS)[number]) => 1 + PROFIT_COLUMNS.indexOf(name);

function byCreator(settings: unknown[][]) {
  const table = profitBy('creator', { orders: exportValues, settings }, { timeZone: affiliateExportOnly.timeZone });
  return new Map(table.slice(1).map((row) => [row[0], row]));
}

describe('a raw affiliate-orders export as the orders range', () => {
  // A GBP rate of 1 keeps the UK shop's figures in pounds, as the fixture states them.
  const rows = byCreator([['FX rate GBP', 1]]);

  it.each(Object.entries(expected.byCreator))('gives %s the hand-worked figures', (handle, figures) => {
    const row = rows.get(handle);
    expect(
      row && [
        row[column('Orders')],
        row[column('Units')],
        row[column('GMV')],
        row[column('Refunds')],
        row[column('Net revenue')],
        row[column('Commission')],
      ],
    ).toEqual([figures.orders, figures.units, figures.gmv, figures.refunds, figures.netRevenue, figures.commission]);
  });

  it('converts the UK lines, whose amounts are £ text, at the Settings rate', () => {
    const converted = byCreator([['FX rate GBP', 2]]);
    expect(converted.get('imogen.glow')?.[column('GMV')]).toBe(2 * expected.byCreator['imogen.glow'].gmv);
    expect(converted.get('jane.doe')?.[column('GMV')]).toBe(expected.byCreator['jane.doe'].gmv);
  });

  it("estimates platform fees from Settings by the region of each line's currency, as Organize does", () => {
    // jane.doe (US, 6%): 1.50 + 2.64 + 0 for the refunded line; imogen.glow (UK, 9%): £1.98 + £3.06.
    const jane = rows.get('jane.doe');
    expect(jane?.[column('Platform fees')]).toBe(4.14);
    expect(rows.get('imogen.glow')?.[column('Platform fees')]).toBe(5.04);
    expect(jane?.[column('Net profit')]).toBe(54.48);
    const higherUkFee = byCreator([
      ['FX rate GBP', 1],
      ['Platform fee % GB', '10%'],
    ]);
    expect(higherUkFee.get('imogen.glow')?.[column('Platform fees')]).toBe(5.6);
  });
});
