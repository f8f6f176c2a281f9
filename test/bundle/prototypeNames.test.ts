/**
 * Names a seller may type that are also names every JavaScript object has: a tab, a header, a
 * handle, a SKU or a region called `constructor`, `__proto__`, `toString` or `hasOwnProperty`.
 * A lookup in a plain object finds Object.prototype's member instead of nothing, so each is read
 * through the built add-on: Organize from the sidebar and the menu, and the sidebar's mapping calls.
 */
import { createRuntime } from '../../scripts/runtime';
import type { CellValue, WorkbookModel } from '../../scripts/runtime/workbook';
import { sheetFromValues, sheetNamed, valuesOf } from '../../scripts/runtime/workbook';
import { addOn } from '../../scripts/addOn';

const NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty'] as const;
const NOW = new Date('2026-11-23T18:00:00Z');

function workbook(): WorkbookModel {
  return {
    timeZone: 'UTC',
    sheets: [
      ...NAMES.map((name, i) =>
        sheetFromValues(name, [
          ['Handle', 'Email', 'Followers', 'Niche', 'Region', 'Owner', name],
          [`@${name}`, `creator${i}@example.com`, 1000 + i, name, name, name, name],
        ]),
      ),
      sheetFromValues('Product costs', [['SKU', 'Unit cost', 'Brand'], ...NAMES.map((name) => [name, 4, name])]),
      sheetFromValues('Order export', [
        ['Order ID', 'SKU', 'Units', 'Gross sales', 'Handle', 'Region', 'Currency'],
        ...NAMES.map((name, i) => [`57683700000000000${i}`, name, 1, 20, name, name, 'USD']),
      ]),
    ],
  };
}

function column(rt: ReturnType<typeof createRuntime>, tab: string, header: string): CellValue[] {
  const [headers, ...rows] = valuesOf(sheetNamed(rt.workbook, tab));
  return rows.map((row) => row[headers.indexOf(header)]);
}

describe('tabs, headers, handles, SKUs and regions named like members of Object.prototype', () => {
  it('organize from the sidebar: one creator per handle, one product per SKU, order lines without a guessed fee', () => {
    const rt = createRuntime({ workbook: workbook(), now: NOW });
    const summary = addOn(rt).runOrganize();
    expect(summary.sources.map((s) => [s.tab, s.kind])).toEqual([
      ...NAMES.map((name) => [name, 'creators']),
      ['Product costs', 'products'],
      ['Order export', 'orders'],
    ]);
    const lower = NAMES.map((name) => name.toLowerCase());
    expect(column(rt, 'Creators', 'Handle')).toEqual(lower);
    expect(column(rt, 'Creators', 'Owner')).toEqual([...NAMES]);
    expect(column(rt, 'Products', 'SKU')).toEqual([...NAMES]);
    expect(column(rt, 'Orders', 'Handle')).toEqual(lower);
    // No Settings row names these regions, so no platform fee is estimated (not NaN, not a function).
    expect(column(rt, 'Orders', 'Platform fee')).toEqual(NAMES.map(() => ''));
  });

  it('organize from the menu', () => {
    const rt = createRuntime({ workbook: workbook(), now: NOW });
    addOn(rt).menuOrganize();
    expect(rt.ui.toasts[rt.ui.toasts.length - 1]?.title).toBe('Creator Ops: organized');
    expect(column(rt, 'Creators', 'Handle')).toHaveLength(NAMES.length);
  });

  it('previews each tab and saves a mapping for it in the sidebar, which the next Organize uses', () => {
    const rt = createRuntime({ workbook: workbook(), now: NOW });
    expect(
      addOn(rt)
        .previewSources()
        .map((s) => s.tab),
    ).toEqual([...NAMES, 'Product costs', 'Order export']);
    for (const name of NAMES) {
      const preview = addOn(rt).saveSourceMapping({
        tab: name,
        mapping: { kind: 'ignore', headerRow: 0, columns: {} },
      });
      expect(preview.find((s) => s.tab === name)).toMatchObject({ kind: null, reason: 'ignored by you' });
    }
    const summary = addOn(rt).runOrganize();
    for (const name of NAMES) expect(summary.sources.find((s) => s.tab === name)?.kind).toBeNull();
    // Only the creators the order lines name are left, from the Orders tab.
    expect(column(rt, 'Creators', 'Source')).toEqual(NAMES.map((_, i) => `Order export!${i + 2}`));
  });

  it('refuses a saved mapping whose field is no field of that kind of tab, and never stores __proto__', () => {
    const rt = createRuntime({ workbook: workbook(), now: NOW });
    const save = (field: string) =>
      addOn(rt).saveSourceMapping({
        tab: 'constructor',
        mapping: { kind: 'creators', headerRow: 0, columns: { Handle: 'Handle', [field]: field } },
      });
    for (const field of NAMES.filter((name) => name !== '__proto__'))
      expect(() => save(field)).toThrow('something it cannot use');
    const preview = save('__proto__').find((s) => s.tab === 'constructor');
    expect(preview?.columns).toEqual([{ field: 'Handle', header: 'Handle' }]);
    expect(addOn(rt).runOrganize().sources[0]).toMatchObject({ tab: 'constructor', kind: 'creators' });
  });
});
