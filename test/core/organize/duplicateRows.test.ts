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
const repeats = (rows: unknown[][]) =>
  read(rows)
    .issues.filter((issue) => issue.problem.startsWith('repeats row'))
    .map((issue) => `${issue.row}: ${issue.problem}`);

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
});
