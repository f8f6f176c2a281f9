import fc from 'fast-check';
import type { MappedTable } from '../../../src/core/records/table';
import { readTable } from '../../../src/core/records/table';

const read = (rows: unknown[][]) =>
  readTable(
    {
      tab: 'Log',
      kind: 'costs',
      headerRow: 0,
      mapping: { Date: 0, Type: 1, Amount: 2 },
      values: [['Date', 'Type', 'Amount'], ...rows],
    },
    { timeZone: 'UTC' },
  );
const RUN = /^rows (\d+)-(\d+) repeat rows (\d+)-\d+ cell for cell; imported once$/;

/** The repeated rows reported, one line per row: a run's issue read as the rows it names. */
const repeats = (rows: unknown[][], reader: (rows: unknown[][]) => ReturnType<typeof read> = read) =>
  reader(rows).issues.flatMap((issue) => {
    if (issue.problem.startsWith('repeats row')) return [`${issue.row}: ${issue.problem}`];
    const run = RUN.exec(issue.problem);
    if (!run) return [];
    const [first, last, firstCopied] = run.slice(1).map(Number);
    expect(issue.row).toBe(first);
    return Array.from(
      { length: last - first + 1 },
      (_, i) => `${first + i}: repeats row ${firstCopied + i} cell for cell; imported once`,
    );
  });

describe('a row that repeats an earlier one cell for cell', () => {
  it('is read once and points at the first sighting, dates compared as instants', () => {
    const rows = [
      [new Date('2026-03-01T00:00:00Z'), 'Flat fee', 250],
      [new Date('2026-03-01T00:00:00Z'), 'Flat fee', 250],
      ['2026-03-02', 'Retainer', '300'],
      [new Date('2026-03-01T00:00:00Z'), 'Flat fee', 250],
    ];
    expect(repeats(rows)).toEqual([
      '3: repeats row 2 cell for cell; imported once',
      '5: repeats row 2 cell for cell; imported once',
    ]);
    expect(read(rows).rows.map((row) => row.source.row)).toEqual([2, 4]);
  });

  it('one after another, each repeating the row after the last one repeated, is one issue for the run', () => {
    const rows = [
      ['2026-03-01', 'Flat fee', 250],
      ['2026-03-02', 'Retainer', 300],
      ['2026-03-03', 'Bonus', 50],
      ['2026-03-01', 'Flat fee', 250],
      ['2026-03-02', 'Retainer', 300],
      ['2026-03-03', 'Bonus', 50],
      ['2026-03-02', 'Retainer', 300],
    ];
    expect(read(rows).issues.map((issue) => `${issue.row}: ${issue.problem}`)).toEqual([
      '5: rows 5-7 repeat rows 2-4 cell for cell; imported once',
      '8: repeats row 3 cell for cell; imported once',
    ]);
  });

  it('differs by a cell of another type, or a cell more', () => {
    expect(
      repeats([
        ['2026-03-02', 'Retainer', 300],
        ['2026-03-02', 'Retainer', '300'],
        [new Date('2026-03-02T00:00:00Z'), 'Retainer', 300],
        ['2026-03-02', 'Retainer', 300, ''],
        ['2026-03-02', 'Retainer', 301],
      ]),
    ).toEqual([]);
  });

  it('is found among rows of every cell type, and only a true copy is', () => {
    const cell = fc.oneof(
      fc.constantFrom('Flat fee', 'flat fee', '250', '', 'n/a'),
      fc.constantFrom(250, 250.5, 0, -0, Number.NaN, 1e21),
      fc.constantFrom(true, false, null),
      fc.constantFrom(new Date('2026-03-01T00:00:00Z'), new Date('2026-03-01T00:00:01Z'), new Date(Number.NaN)),
    );
    // A copy as a sheet gives it: equal cells, not the same objects (a new Date, -0 for 0).
    const copyOf = (value: unknown) =>
      value instanceof Date ? new Date(value.getTime()) : value === 0 ? -value : value;
    const sameCell = (a: unknown, b: unknown) =>
      a instanceof Date || b instanceof Date
        ? a instanceof Date && b instanceof Date && String(a.getTime()) === String(b.getTime())
        : typeof a === typeof b && String(a) === String(b);
    const rows = fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(rows, fc.array(fc.nat(), { maxLength: 4 }), (originals, copied) => {
        const data = [
          ...originals.map((row) => ['2026-03-02', ...row]),
          ...copied.map((pick) => ['2026-03-02', ...originals[pick % originals.length].map(copyOf)]),
        ];
        const expected = data.flatMap((row, i) => {
          const first = data.findIndex((other) => other.every((c, k) => sameCell(c, row[k])));
          return first < i ? [`${i + 2}: repeats row ${first + 2} cell for cell; imported once`] : [];
        });
        expect(repeats(data)).toEqual(expected);
      }),
    );
  });

  it('is found in a tab of order lines, however many rows share an Order ID and SKU ID', () => {
    // Order ID, SKU ID and an amount are read; the fourth column is not, and still tells rows apart.
    const readOrders = (rows: unknown[][]) => {
      const table: MappedTable = {
        tab: 'All orders',
        kind: 'orders',
        headerRow: 0,
        mapping: { 'Order ID': 0, 'SKU ID': 1, 'Gross sales': 2 },
        values: [['Order ID', 'SKU ID', 'Subtotal', 'Buyer'], ...rows],
      };
      return readTable(table, { timeZone: 'UTC' });
    };
    // Few IDs, so dozens of rows share one; an ID with the export's trailing tab is not a copy of one without.
    const id = fc.constantFrom('576001', '576001\t', '');
    const row = fc.tuple(id, fc.constantFrom('17290', '17291'), fc.constantFrom(20, '20'), fc.nat({ max: 99 }));
    const rows = fc.array(row, { minLength: 40, maxLength: 150 });
    fc.assert(
      fc.property(rows, fc.array(fc.nat(), { maxLength: 10 }), (originals, copied) => {
        const data: unknown[][] = [...originals, ...copied.map((pick) => [...originals[pick % originals.length]])];
        const expected = data.flatMap((cells, i) => {
          const first = data.findIndex((other) => other.every((c, k) => c === cells[k]));
          return first < i ? [`${i + 2}: repeats row ${first + 2} cell for cell; imported once`] : [];
        });
        expect(repeats(data, readOrders)).toEqual(expected);
      }),
    );
  });
});
