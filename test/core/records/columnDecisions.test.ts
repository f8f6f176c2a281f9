import fc from 'fast-check';
import { columnParser, fieldSpec, readTable } from '../../../src/core/records/table';
import { cleanText, detectPaddedIds, idDamage } from '../../../src/core/values';

/**
 * readRows guesses each column's decision (decimal comma, date order, whole percents, padded IDs)
 * from its first cells and weighs the rest as it reads. Whatever the first cells say, what it reads
 * is what the decision of all the cells gives.
 */
const MAPPING = { 'Order ID': 0, 'Gross sales': 1, Date: 2, 'Commission %': 3 };
const FIELDS = Object.keys(MAPPING) as (keyof typeof MAPPING)[];

// Each column's cells, in two moods: a table starts in one and goes on in the other.
const moods = [
  {
    'Order ID': ['576117931594283000\t', '576117931594285000', '5761179315942830000'],
    'Gross sales': ['12,50', '1.234,56', '1,250', '€7,00'],
    Date: ['14/03/2026', '25/12/2026 17:02', '04/05/2026', ''],
    'Commission %': [0.15, 1, '0.2', ''],
  },
  {
    'Order ID': ['576117931594283814', '576117931594283815\t', 'A-100', '57611793159428381'],
    'Gross sales': ['$12.50', '1,234.56', '1,250', 12.5, ''],
    Date: ['03/14/2026 5:02 PM', '12/25/2026', '04/05/2026', '2026-03-04'],
    'Commission %': ['15%', 15, 1, 0.5],
  },
];
const rowIn = (mood: (typeof moods)[number]) =>
  fc.tuple(...FIELDS.map((field) => fc.constantFrom<unknown>(...mood[field])));
const table = fc
  .tuple(fc.integer({ min: 0, max: 1 }), fc.nat({ max: 160 }), fc.nat({ max: 320 }))
  .chain(([first, before, after]) =>
    fc.tuple(
      fc.array(rowIn(moods[first]), { minLength: before, maxLength: before }),
      fc.array(rowIn(moods[1 - first]), { minLength: after, maxLength: after }),
    ),
  )
  .map(([before, after]) => [...before, ...after] as unknown[][]);

const options = { timeZone: 'Europe/London' };

function readWhole(rows: unknown[][]) {
  const column = (field: keyof typeof MAPPING) => rows.map((row) => row[MAPPING[field]]);
  const parsers = Object.fromEntries(
    FIELDS.map((field) => {
      const spec = fieldSpec('affiliate', field);
      return [field, columnParser(spec.kind, spec, () => column(field), options)];
    }),
  );
  const padded = detectPaddedIds(column('Order ID'));
  return { parsers, damaged: (cell: unknown) => idDamage(cell, padded) !== undefined };
}

describe('a column decided as its rows are read', () => {
  it('reads every cell as the decision of all its cells does', () => {
    fc.assert(
      fc.property(table, (rows) => {
        const read = readTable(
          { tab: 'Affiliate', kind: 'affiliate', headerRow: 0, mapping: MAPPING, values: [FIELDS, ...rows] },
          options,
        );
        const whole = readWhole(rows);
        const refused = rows.flatMap((row, i) => (whole.damaged(row[MAPPING['Order ID']]) ? [i + 2] : []));
        expect(read.refusedRows).toEqual(refused);
        for (const { source, fields } of read.rows) {
          const row = rows[source.row - 2];
          for (const field of FIELDS) {
            const parsed = whole.parsers[field](row[MAPPING[field]]);
            expect(fields[field]).toEqual(parsed.value ?? undefined);
            const said = read.issues.find((issue) => issue.row === source.row && issue.column === field);
            expect(said?.problem).toBe(parsed.problem ?? parsed.warning);
            if (said) expect(said.value).toBe(cleanText(row[MAPPING[field]]));
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
