/**
 * A tab's mapping is saved on every Organize and used while its headers are there; a column the seller
 * adds to a source tab afterwards is still read, and a column the operator set to "not used" is not.
 */
import { addOn, ownedTabOf } from '../../scripts/addOn';
import type { Runtime } from '../../scripts/runtime';
import { createRuntime } from '../../scripts/runtime';
import { sheetFromValues } from '../../scripts/runtime/workbook';
import { recordsOf } from './tabRecords';

const NOW = new Date('2026-07-10T18:00:00Z');

function organizedOrders(): Runtime {
  const sheet = sheetFromValues('My orders', [
    ['Order ID', 'SKU', 'Units', 'Gross sales', 'Date'],
    ['2001', 'GLOW-1', 1, 0, '2026-07-01'],
    ['2002', 'GLOW-1', 2, 40, '2026-07-02'],
  ]);
  const runtime = createRuntime({ workbook: { timeZone: 'America/Los_Angeles', sheets: [sheet] }, now: NOW });
  addOn(runtime).runOrganize();
  return runtime;
}

/** The seller adds a column at the right of their tab. */
function addColumn(runtime: Runtime, header: string, values: string[]): void {
  const [head, ...rows] = runtime.workbook.sheets[0].rows;
  head.push({ value: header });
  rows.forEach((row, i) => row.push({ value: values[i] }));
}

const recordsIn = (runtime: Runtime, role: 'Orders' | 'Samples' | 'Creators') =>
  recordsOf(ownedTabOf(runtime.workbook, role)!);

describe('a source tab organized before', () => {
  it('has a column the seller added since read on the next run', () => {
    const runtime = organizedOrders();
    expect(recordsIn(runtime, 'Orders').map((o) => o.Handle)).toEqual(['']);
    addColumn(runtime, 'Creator', ['@ana', '@ana']);
    addOn(runtime).runOrganize();
    expect(recordsIn(runtime, 'Orders').map((o) => [o['Order ID'], o.Handle])).toEqual([['2002', 'ana']]);
    // The free sample order is now the creator's sample, and follow-ups can be sent about it.
    expect(recordsIn(runtime, 'Samples').map((s) => [s['Sample ID'], s.Handle])).toEqual([['SO-2001-1', 'ana']]);
    expect(recordsIn(runtime, 'Creators').map((c) => c.Handle)).toEqual(['ana']);
  });

  it('keeps a column the operator set to "not used" unused, while a later one is read', () => {
    const runtime = organizedOrders();
    const columns = { 'Order ID': 'Order ID', SKU: 'SKU', 'Gross sales': 'Gross sales', Date: 'Date' };
    addOn(runtime).saveSourceMapping({ tab: 'My orders', mapping: { kind: 'orders', headerRow: 0, columns } });
    addOn(runtime).runOrganize();
    addColumn(runtime, 'Creator', ['@ana', '@bo']);
    addOn(runtime).runOrganize();
    addOn(runtime).runOrganize();
    expect(recordsIn(runtime, 'Orders').map((o) => [o['Order ID'], o.Units, o.Handle])).toEqual([['2002', 1, 'bo']]);
    const preview = addOn(runtime)
      .previewSources()
      .find((s) => s.tab === 'My orders');
    expect(preview?.columns.map((c) => c.header)).toEqual(['Order ID', 'SKU', 'Gross sales', 'Date', 'Creator']);
  });
});
