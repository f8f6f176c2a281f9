/**
 * Costs has no ID: a payment is its Date, Handle, Campaign, Type and Amount. A payment whose Amount
 * finance corrects in the source, or whose key cell the operator corrects on Costs, stays one row:
 * two rows would count it twice in every profit figure.
 */
import { addOn, ownedTabOf } from '../../scripts/addOn';
import type { Runtime } from '../../scripts/runtime';
import { createRuntime } from '../../scripts/runtime';
import type { CellValue } from '../../scripts/runtime/workbook';
import { sheetFromValues, sheetNamed, valuesOf } from '../../scripts/runtime/workbook';
import { recordsOf } from './tabRecords';

const NOW = new Date('2026-07-10T18:00:00Z');
const PAYMENTS = 'Creator payments';
const HEADER = ['Date', 'Creator', 'Type', 'Amount', 'Currency', 'Notes'];

function organized(payments: CellValue[][]): Runtime {
  const sheet = sheetFromValues(PAYMENTS, [HEADER, ...payments]);
  const runtime = createRuntime({ workbook: { timeZone: 'America/Los_Angeles', sheets: [sheet] }, now: NOW });
  addOn(runtime).runOrganize();
  return runtime;
}

const costsTab = (runtime: Runtime) => ownedTabOf(runtime.workbook, 'Costs')!;
const costs = (runtime: Runtime) => recordsOf(costsTab(runtime)).map((c) => [c.Type, c.Amount]);
const costIssues = (runtime: Runtime) =>
  recordsOf(ownedTabOf(runtime.workbook, 'Import issues')!).filter((issue) => issue.Tab === 'Costs');

/** Sets a cell of the payments tab by its data row (0 = the first payment) and header. */
function correctPayment(runtime: Runtime, payment: number, header: string, value: CellValue): void {
  sheetNamed(runtime.workbook, PAYMENTS).rows[payment + 1][HEADER.indexOf(header)] = { value };
  addOn(runtime).runOrganize();
}

/** Types into Costs as an operator would, by data row and header. */
function editCost(runtime: Runtime, cost: number, header: string, value: CellValue): void {
  const tab = costsTab(runtime);
  tab.rows[cost + 1][valuesOf(tab)[0].indexOf(header)] = { value };
}

function costsWrittenByRerun(runtime: Runtime) {
  runtime.resetCalls();
  addOn(runtime).runOrganize();
  return runtime.writes.filter((w) => w.kind === 'values' && w.sheet === costsTab(runtime).name);
}

const FLAT_FEE_AND_BONUS = [
  ['2026-07-01', '@jane', 'Flat fee', 250, 'USD', 'video 1'],
  ['2026-07-02', '@jane', 'Bonus', 50, 'USD', ''],
];

describe('a payment whose Amount finance corrects in the source', () => {
  it('is the same row of Costs, updated, with no Import issue, and a re-run writes nothing', () => {
    const runtime = organized(FLAT_FEE_AND_BONUS);
    correctPayment(runtime, 0, 'Amount', 205);
    expect(costs(runtime)).toEqual([
      ['flat fee', 205],
      ['bonus', 50],
    ]);
    expect(costIssues(runtime)).toEqual([]);
    expect(costsWrittenByRerun(runtime)).toEqual([]);
  });

  it('is the one of two equal payments that was corrected', () => {
    const runtime = organized([FLAT_FEE_AND_BONUS[0], ['2026-07-01', '@jane', 'Flat fee', 250, 'USD', 'video 2']]);
    correctPayment(runtime, 1, 'Amount', 205);
    expect(recordsOf(costsTab(runtime)).map((c) => [c.Amount, c.Notes])).toEqual([
      [250, 'video 1'],
      [205, 'video 2'],
    ]);
    expect(costIssues(runtime)).toEqual([]);
  });

  it('keeps an Amount the operator typed over it', () => {
    const runtime = organized(FLAT_FEE_AND_BONUS);
    editCost(runtime, 0, 'Amount', 260);
    addOn(runtime).runOrganize();
    correctPayment(runtime, 0, 'Amount', 205);
    expect(costs(runtime)).toEqual([
      ['flat fee', 260],
      ['bonus', 50],
    ]);
  });
});

describe('a key cell of Costs that the operator corrects', () => {
  it.each([
    ['Amount', 260],
    ['Type', 'bonus'],
  ])('(%s) is kept, and the payment is not written again beside it', (header, value) => {
    const runtime = organized(FLAT_FEE_AND_BONUS);
    editCost(runtime, 0, header, value);
    addOn(runtime).runOrganize();
    expect(recordsOf(costsTab(runtime))).toHaveLength(2);
    expect(recordsOf(costsTab(runtime))[0][header]).toBe(value);
    expect(costIssues(runtime)).toEqual([]);
    expect(costsWrittenByRerun(runtime)).toEqual([]);
  });

  it('is named in Import issues once the payment leaves the source', () => {
    const runtime = organized(FLAT_FEE_AND_BONUS);
    editCost(runtime, 0, 'Amount', 260);
    addOn(runtime).runOrganize();
    sheetNamed(runtime.workbook, PAYMENTS).rows.splice(1, 1);
    addOn(runtime).runOrganize();
    expect(costs(runtime)).toEqual([
      ['flat fee', 260],
      ['bonus', 50],
    ]);
    expect(costIssues(runtime).map((issue) => issue.Row)).toEqual([2]);
  });
});

describe('rows that are not one payment corrected', () => {
  it('a payment gone from the source beside a new one of another day: both rows, the gone one named', () => {
    const runtime = organized([['2026-07-01', '@jane', 'Retainer', 300, 'USD', 'Jul']]);
    sheetNamed(runtime.workbook, PAYMENTS).rows[1] = ['2026-08-01', '@jane', 'Retainer', 300, 'USD', 'Aug'].map(
      (value) => ({ value }),
    );
    addOn(runtime).runOrganize();
    expect(recordsOf(costsTab(runtime)).map((c) => c.Notes)).toEqual(['Jul', 'Aug']);
    expect(costIssues(runtime).map((issue) => issue.Row)).toEqual([2]);
  });

  it("an operator's own row is not taken for a payment the source adds later", () => {
    const runtime = organized(FLAT_FEE_AND_BONUS);
    const tab = costsTab(runtime);
    tab.rows.push(tab.rows[1].map((cell) => ({ ...cell })));
    editCost(runtime, 2, 'Amount', 100);
    addOn(runtime).runOrganize();
    sheetNamed(runtime.workbook, PAYMENTS).rows.push(
      ['2026-07-01', '@jane', 'Flat fee', 300, 'USD', 'video 2'].map((value) => ({ value })),
    );
    addOn(runtime).runOrganize();
    expect(costs(runtime).map(([, amount]) => amount)).toEqual([250, 50, 100, 300]);
  });
});
