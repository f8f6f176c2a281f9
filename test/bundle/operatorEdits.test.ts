/**
 * Whatever an operator does between runs (insert, delete or move columns, sort rows, type values and
 * formulas, rename managed tabs, delete the log), no seller cell changes, no operator cell is lost,
 * and no message is sent twice. A property test through the built add-on in the runtime.
 */
import fc from 'fast-check';
import { addOn, ownedTabOf } from '../../scripts/addOn';
import { createRuntime } from '../../scripts/runtime';
import type { Runtime } from '../../scripts/runtime';
import { insertColumns, moveColumns, renameSheet, sortRows } from '../../scripts/runtime/sheetEdits';
import type { SheetModel } from '../../scripts/runtime/workbook';
import { findSheet, sheetFromValues, valuesOf } from '../../scripts/runtime/workbook';
import { setSetting } from '../../scripts/followupSimulation';
import type { AddonTabRole } from '../../src/core/schema';
import { ADDON_TAB_ROLES } from '../../src/core/schema';
import { TAB_MARKER } from '../../src/server/ownership';

const SOURCES = (): SheetModel[] => [
  sheetFromValues('Outreach', [
    ['Creator', 'Email', 'Niche'],
    ['@ana', 'ana@example.com', 'beauty'],
    ['@bo', 'bo@example.com', 'fitness'],
    ['@cy', 'cy@example.com', 'home'],
  ]),
  sheetFromValues('Sample log', [
    // Reminders fall due on the first day (two days before Due): they fill no cell, so only the
    // add-on's memory stops a second one once the log is gone.
    ['Sample ID', 'Creator', 'SKU', 'Units', 'Shipped', 'Delivered', 'Due'],
    ['S-1', '@ana', 'GLOW-1', 1, '2026-02-20', '2026-02-24', '2026-03-06'],
    ['S-2', '@bo', 'GLOW-1', 1, '2026-03-02', '', ''],
    ['S-3', '@cy', 'GLOW-1', 2, '2026-02-21', '2026-02-25', '2026-03-06'],
  ]),
  sheetFromValues('Costs per SKU', [
    ['SKU', 'Product', 'Unit cost'],
    ['GLOW-1', 'Glow Serum', 4.5],
  ]),
];

const owned = (runtime: Runtime, role: AddonTabRole) => ownedTabOf(runtime.workbook, role);

type Edit =
  | { kind: 'insertColumn'; tab: 'Creators' | 'Samples'; at: number; text: string }
  | { kind: 'moveColumn'; tab: 'Creators' | 'Samples'; from: number; to: number }
  | { kind: 'sort'; tab: 'Creators' | 'Samples'; column: number }
  | { kind: 'typeNote'; row: number; text: string }
  | { kind: 'typeFormula'; row: number }
  | { kind: 'rename'; tab: 'Creators' | 'Samples' }
  | { kind: 'deleteLog' };

const tabName = fc.constantFrom<'Creators' | 'Samples'>('Creators', 'Samples');
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('insertColumn' as const),
    tab: tabName,
    at: fc.integer({ min: 1, max: 20 }),
    text: fc.string({ maxLength: 6 }),
  }),
  fc.record({
    kind: fc.constant('moveColumn' as const),
    tab: tabName,
    from: fc.integer({ min: 1, max: 18 }),
    to: fc.integer({ min: 1, max: 19 }),
  }),
  fc.record({ kind: fc.constant('sort' as const), tab: tabName, column: fc.integer({ min: 1, max: 18 }) }),
  fc.record({
    kind: fc.constant('typeNote' as const),
    row: fc.integer({ min: 2, max: 4 }),
    text: fc.string({ minLength: 1, maxLength: 8 }),
  }),
  fc.record({ kind: fc.constant('typeFormula' as const), row: fc.integer({ min: 2, max: 4 }) }),
  fc.record({ kind: fc.constant('rename' as const), tab: tabName }),
  fc.constant({ kind: 'deleteLog' as const }),
);

/** What the operator put in: each of their cells, by the tab's role, the row's key and the header. */
type OperatorCells = Map<string, unknown>;

function headerIndex(sheet: SheetModel, header: string): number {
  return valuesOf(sheet)[0].indexOf(header);
}

function apply(runtime: Runtime, change: Edit, mine: OperatorCells, step: number): void {
  if (change.kind === 'deleteLog') {
    runtime.workbook.sheets = runtime.workbook.sheets.filter((sheet) => sheet !== owned(runtime, 'Follow-up log'));
    return;
  }
  const sheet = owned(runtime, change.kind === 'typeNote' || change.kind === 'typeFormula' ? 'Creators' : change.tab)!;
  const width = valuesOf(sheet)[0].length;
  const keyColumn = () => headerIndex(sheet, sheet === owned(runtime, 'Creators') ? 'Handle' : 'Sample ID');
  if (change.kind === 'insertColumn') {
    const at = Math.min(change.at, width + 1);
    insertColumns(sheet, at);
    const header = `Mine ${step}`;
    sheet.rows[0][at - 1] = { value: header };
    for (let r = 1; r < sheet.rows.length; r++) {
      const key = sheet.rows[r][keyColumn()]?.value;
      if (key === '' || key === undefined) continue;
      sheet.rows[r][at - 1] = { value: `${change.text}${r}` };
      mine.set(`${change.tab}|${String(key)}|${header}`, `${change.text}${r}`);
    }
  } else if (change.kind === 'moveColumn') {
    moveColumns(sheet, Math.min(change.from, width), 1, Math.min(change.to, width + 1));
  } else if (change.kind === 'sort') {
    sortRows(sheet, Math.min(change.column, width));
  } else if (change.kind === 'rename') {
    renameSheet(runtime.workbook, sheet, `${change.tab} ${step}`);
  } else {
    const row = sheet.rows[change.row - 1];
    const key = row?.[keyColumn()]?.value;
    if (!row || key === '' || key === undefined) return;
    const notes = headerIndex(sheet, 'Notes');
    row[notes] = change.kind === 'typeNote' ? { value: change.text } : { value: 2, formula: '=1+1' };
    mine.set(`Creators|${String(key)}|Notes`, change.kind === 'typeNote' ? change.text : '=1+1');
  }
}

function checkOperatorCells(runtime: Runtime, mine: OperatorCells): void {
  for (const [place, expected] of mine) {
    const [role, key, header] = place.split('|');
    const sheet = owned(runtime, role as AddonTabRole)!;
    const values = valuesOf(sheet);
    const keyColumn = values[0].indexOf(role === 'Creators' ? 'Handle' : 'Sample ID');
    const column = values[0].indexOf(header);
    const r = values.findIndex((row, i) => i > 0 && row[keyColumn] === key);
    expect({ place, column: column >= 0, row: r > 0 }).toEqual({ place, column: true, row: true });
    const cell = sheet.rows[r][column];
    expect({ place, held: cell?.formula ?? cell?.value }).toEqual({ place, held: expected });
  }
}

describe('operator edits between runs', () => {
  it('never change a seller cell, lose an operator cell or send a message twice', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        const sources = SOURCES();
        const runtime = createRuntime({
          workbook: { timeZone: 'UTC', sheets: structuredClone(sources) },
          now: new Date('2026-03-04T09:30:00Z'),
        });
        addOn(runtime).onOpen();
        addOn(runtime).runOrganize();
        runtime.ui.clickMenuItem('Turn on follow-ups');
        setSetting(runtime, 'Follow-up mode', 'send');
        const mine: OperatorCells = new Map();
        edits.forEach((change, step) => {
          apply(runtime, change, mine, step);
          addOn(runtime).runOrganize();
          addOn(runtime).menuSendFollowUps();
          runtime.clock.set(new Date(runtime.clock.now().getTime() + 3600_000));
        });
        for (const source of sources)
          expect(valuesOf(findSheet(runtime.workbook, source.name)!)).toEqual(valuesOf(source));
        checkOperatorCells(runtime, mine);
        const sent = runtime.outbox.map((mail) => `${mail.to}|${mail.subject}`);
        expect(sent.length).toBeGreaterThan(0);
        expect(new Set(sent).size).toBe(sent.length);
        for (const role of ADDON_TAB_ROLES) {
          const copies = runtime.workbook.sheets.filter((sheet) =>
            sheet.developerMetadata?.some((m) => m.key === TAB_MARKER && m.value === role && m.column === undefined),
          );
          expect(copies.length).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 25 },
    );
  });
});
