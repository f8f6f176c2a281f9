import fc from 'fast-check';
import type { OutputCell, SheetValue } from '../../../src/core/cells';
import type { IncomingRow, MergeState } from '../../../src/core/organize/merge';
import { TabFingerprints } from '../../../src/core/organize/fingerprint';
import { incomingRow, mergeTab } from '../../../src/core/organize/merge';
import { stateFromRows, stateToRows } from '../../../src/core/organize/state';
import type { TabSpec } from '../../../src/core/schema';
import { headersOf, PRODUCTS } from '../../../src/core/schema';

// A small managed tab: Key, a source column, an operator-owned column, Source.
const SPEC: TabSpec = {
  name: 'Products',
  key: ['SKU'],
  fields: [
    { header: 'SKU', kind: 'id' },
    { header: 'Product', kind: 'text' },
    { header: 'Notes', kind: 'text', operatorOwned: true },
    { header: 'Source', kind: 'text' },
  ],
};
const FORMATS = ['@', '@', '@', '@'];
const HEADER = SPEC.fields.map((f) => f.header);

function incoming(rows: SheetValue[][], formats = FORMATS): IncomingRow[] {
  const fingerprints = new TabFingerprints();
  return rows.map((row) => incomingRow(String(row[0]).toLowerCase(), row, formats, fingerprints.of(row)));
}

/** What the sheet holds after writing a merge result (formula cells read back as their formula). */
function written(rows: OutputCell[][]): SheetValue[][] {
  return [
    HEADER,
    ...rows.map((row) => row.map((c) => (typeof c === 'object' && !(c instanceof Date) ? c.formula : c))),
  ];
}

function run(existing: SheetValue[][] | undefined, rows: SheetValue[][], state: MergeState = new Map()) {
  return mergeTab(SPEC, existing ? { values: existing } : undefined, incoming(rows), state, FORMATS);
}

describe('mergeTab', () => {
  const source = [
    ['A-1', 'Serum', 'from source', 'COGS!2'],
    ['B-2', 'Toner', '', 'COGS!3'],
  ];

  it('writes every record on the first run', () => {
    const first = run(undefined, source);
    expect(first.rows).toEqual(source);
    expect(first.added).toBe(2);
  });

  it('changes nothing on a second run with the same sources', () => {
    const first = run(undefined, source);
    const second = run(written(first.rows), source, first.state);
    expect(second.rows).toEqual(first.rows);
    expect(second).toMatchObject({ added: 0, updated: 0 });
    expect(second.state).toEqual(first.state);
  });

  it('refreshes a source column the operator did not touch', () => {
    const first = run(undefined, source);
    const changed = [['A-1', 'Serum 30ml', 'from source', 'COGS!2'], source[1]];
    const second = run(written(first.rows), changed, first.state);
    expect(second.rows[0][1]).toBe('Serum 30ml');
    expect(second.updated).toBe(1);
  });

  it('keeps a cell the operator changed by hand, even when the source changes later', () => {
    const first = run(undefined, source);
    const sheet = written(first.rows);
    sheet[1][1] = 'Vitamin C serum';
    const second = run(sheet, [['A-1', 'Serum 30ml', 'from source', 'COGS!2'], source[1]], first.state);
    expect(second.rows[0][1]).toBe('Vitamin C serum');
    const third = run(written(second.rows), [['A-1', 'Serum 50ml', 'from source', 'COGS!2'], source[1]], second.state);
    expect(third.rows[0][1]).toBe('Vitamin C serum');
  });

  it('fills an operator-owned column only while it is blank', () => {
    const first = run(undefined, source);
    const sheet = written(first.rows);
    sheet[2][2] = 'call back in May';
    const second = run(sheet, [source[0], ['B-2', 'Toner', 'source note', 'COGS!3']], first.state);
    expect(second.rows[1][2]).toBe('call back in May');
    expect(second.rows[0][2]).toBe('from source');
  });

  it('keeps rows the operator added and the formulas they typed', () => {
    const first = run(undefined, source);
    const sheet = written(first.rows);
    sheet.push(['ZZ-9', 'Hand-made row', 'mine', '']);
    const formulas = sheet.map((row) => row.map(() => ''));
    formulas[1][2] = '=UPPER(B2)';
    const second = mergeTab(SPEC, { values: sheet, formulas }, incoming(source), first.state, FORMATS);
    expect(second.rows[2]).toEqual(['ZZ-9', 'Hand-made row', 'mine', '']);
    expect(second.rows[0][2]).toEqual({ formula: '=UPPER(B2)' });
  });

  it('keeps and flags a record whose source row disappeared', () => {
    const first = run(undefined, source);
    const second = run(written(first.rows), [source[1]], first.state);
    expect(second.rows[0][0]).toBe('A-1');
    expect(second.rows[0][3]).toBe('COGS!2 (source row gone)');
    expect(second.orphans).toEqual([{ index: 0, key: 'a-1', source: 'COGS!2' }]);
    const third = run(written(second.rows), [source[1]], second.state);
    expect(third.rows).toEqual(second.rows);
  });

  it('finds existing columns by header when the operator reordered them', () => {
    const reordered = [
      ['Product', 'SKU', 'Source', 'Notes'],
      ['Serum', 'A-1', 'COGS!2', 'mine'],
    ];
    const merged = run(reordered, [source[0]]);
    expect(merged.rows[0]).toEqual(['A-1', 'Serum', 'mine', 'COGS!2']);
  });

  it('property: merging twice equals merging once, and hand edits survive any later source', () => {
    const cell = fc.oneof(fc.string({ maxLength: 6 }), fc.integer({ min: -5, max: 5 }));
    const record = fc.tuple(fc.stringMatching(/^[A-D]-[1-3]$/), cell, cell, fc.constant('T!1'));
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 8 }),
        fc.array(record, { maxLength: 8 }),
        fc.string({ minLength: 1, maxLength: 5 }),
        (a, b, edit) => {
          const first = run(undefined, a);
          const again = run(written(first.rows), a, first.state);
          expect(again.rows).toEqual(first.rows);
          if (first.rows.length === 0) return;
          const sheet = written(first.rows);
          const edited = `hand:${edit}`;
          sheet[1][1] = edited;
          const later = run(sheet, [...a, ...b], first.state);
          expect(later.rows[0][1]).toBe(edited);
        },
      ),
    );
  });
  it('property: of two records with one key the first is the record, as if the second were not there', () => {
    const record = fc.tuple(
      fc.constantFrom('A-1', 'a-1', 'B-2'),
      fc.string({ maxLength: 3 }),
      fc.constant(''),
      fc.constant('T!1'),
    );
    fc.assert(
      fc.property(fc.array(record, { maxLength: 6 }), fc.array(record, { maxLength: 6 }), (sheet, records) => {
        const firsts = records.filter(
          (r, i) => records.findIndex((o) => o[0].toLowerCase() === r[0].toLowerCase()) === i,
        );
        for (const existing of [undefined, [HEADER, ...sheet]]) {
          const state = new Map(sheet.map((row) => [row[0].toLowerCase(), '1,2,3,4']));
          expect(run(existing, records, state)).toEqual(run(existing, firsts, state));
        }
      }),
    );
  });
});

describe('a merge state written by the first release', () => {
  const ORDERS_SPEC: TabSpec = {
    name: 'Orders',
    key: ['Order ID'],
    fields: [
      { header: 'Order ID', kind: 'id' },
      { header: 'Units', kind: 'integer' },
      { header: 'Gross sales', kind: 'money' },
      { header: 'Date', kind: 'datetime' },
      { header: 'Source', kind: 'text' },
    ],
  };
  const formats = ORDERS_SPEC.fields.map(() => '');
  const header = ORDERS_SPEC.fields.map((f) => f.header);
  const first = new Date(Date.UTC(2026, 10, 23, 17, 5));
  const second = new Date(Date.UTC(2026, 10, 24, 9, 30));
  // Its state tab as it wrote it: per record the fingerprints of what the sources said, in decimal.
  const stateTab = [
    ['Tab', 'Key', 'Fingerprints'],
    ['Orders', '577385411623752099', '2107803106,120971449,684800655,2537243410,2774180564'],
    ['Orders', 'b-2', '393031601,104193830,2458853375,3302470097,2790958183'],
  ];
  const lastRun = [
    ['577385411623752099', 2, 12.34, first, 'Orders US!2'],
    ['B-2', 3, 45.5, second, 'Orders US!3'],
  ];
  const merge = (sheet: SheetValue[][], sources: SheetValue[][]) =>
    mergeTab(
      ORDERS_SPEC,
      { values: [header, ...sheet] },
      incoming(sources, formats),
      stateFromRows(stateTab).Orders!,
      formats,
    );

  it('refreshes the cells nobody touched and keeps the edited one', () => {
    const sheet = [lastRun[0], ['B-2', 5, 45.5, second, 'Orders US!3']];
    const merged = merge(sheet, [
      ['577385411623752099', 4, 24.68, first, 'Orders US!2'],
      ['B-2', 3, 50, second, 'Orders US!3'],
    ]);
    expect(merged.rows).toEqual([
      ['577385411623752099', 4, 24.68, first, 'Orders US!2'],
      ['B-2', 5, 50, second, 'Orders US!3'],
    ]);
    expect(merged).toMatchObject({ updated: 2, editsKept: 1, added: 0 });
  });

  it('is written back unchanged while the sources are', () => {
    const merged = merge(lastRun, lastRun);
    expect(merged).toMatchObject({ updated: 0, editsKept: 0 });
    expect(stateToRows({ Orders: merged.state })).toEqual(stateTab);
  });

  it('is what this release writes for the same sources', () => {
    const fresh = mergeTab(ORDERS_SPEC, undefined, incoming(lastRun, formats), new Map(), formats);
    expect(stateToRows({ Orders: fresh.state })).toEqual(stateTab);
  });
});

it('the real Products tab has the contract headers', () => {
  expect(headersOf(PRODUCTS)).toEqual(['SKU', 'Product', 'Unit cost', 'Currency', 'Brand', 'TikTok SKU IDs']);
});
