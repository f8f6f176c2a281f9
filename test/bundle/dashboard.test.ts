/**
 * Extensions → Creator Ops → Insert profit dashboard, through the built dist/Code.js in the local
 * runtime, over the hand-reconciled workbook (test/core/profit/reconciled.test.ts).
 */
import type { Runtime } from '../../scripts/runtime';
import { createRuntime } from '../../scripts/runtime';
import type { Cell, SheetModel } from '../../scripts/runtime/workbook';
import { sheetFromValues, sheetNamed, valuesOf } from '../../scripts/runtime/workbook';
import { handWorkbook, TIME_ZONE } from '../core/profit/handWorkbook';
import { addOn } from '../../scripts/addOn';
import { DECISION_SETTINGS_ROWS } from '../../src/core/settings';
import { CREATORS, headersOf, OUTREACH_LOG_HEADERS } from '../../src/core/schema';
import { addOnTab } from '../../scripts/addOn';

const NOW = new Date('2026-04-10T17:00:00Z');
const ARGS = "'Orders'!A:Z, 'Samples'!A:Z, 'Products'!A:Z, 'Costs'!A:Z, $B$2, $B$3, 'Settings'!A:Z";

function tab(runtime: Runtime, name: string): SheetModel {
  return sheetNamed(runtime.workbook, name);
}

const cell = (sheet: SheetModel, a1: string): Cell | undefined => {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const column = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return sheet.rows[Number(digits) - 1]?.[column - 1];
};

function insertDashboard(runtime: Runtime): SheetModel {
  runtime.ui.clickMenuItem('Insert profit dashboard');
  runtime.evaluateFormulas();
  return tab(runtime, 'Profit');
}

describe('the Profit dashboard', () => {
  const runtime = createRuntime({ workbook: handWorkbook(), now: NOW });
  addOn(runtime).onOpen();
  const profit = insertDashboard(runtime);

  it('has period cells, defaulting to this year so far, that every formula reads', () => {
    expect(cell(profit, 'A2')?.value).toBe('Start');
    expect(cell(profit, 'B2')?.value).toEqual(new Date('2026-01-01T08:00:00Z'));
    expect(cell(profit, 'B3')?.value).toBe('');
    expect(cell(profit, 'A25')?.formula).toBe(`=PROFIT_BY_CREATOR(${ARGS})`);
    expect(cell(profit, 'R25')?.formula).toBe(`=PROFIT_BY_CAMPAIGN(${ARGS})`);
    expect(cell(profit, 'AH25')?.formula).toBe(`=PROFIT_BY_SKU(${ARGS})`);
    expect(runtime.formulaErrors).toEqual({});
  });

  it('spills the three tables side by side, so none can run into another', () => {
    expect(
      valuesOf(profit)
        .slice(24, 31)
        .map((row) => [row[0], row[12], row[17], row[33]]),
    ).toEqual([
      ['Creator', 'Net profit', 'Campaign', 'SKU'],
      ['mike_fit', 85.33, '(unallocated)', expect.any(String)],
      ['(unattributed)', 24.2, 'Spring', expect.any(String)],
      ['lena.cook', -6, 'Summer', expect.any(String)],
      ['(unallocated)', -15, 'Total', expect.any(String)],
      ['jane.doe', -47.35, '', expect.any(String)],
      ['Total', 41.18, '', expect.any(String)],
    ]);
  });

  it('decides per creator beside the creator table, from the rules it added to Settings', () => {
    expect(cell(profit, 'P25')?.formula).toBe("=CREATOR_DECISION(A25:O, 'Samples'!A:Z, 'Settings'!A:Z)");
    expect(
      valuesOf(profit)
        .slice(24, 31)
        .map((row) => row[15]),
    ).toEqual([
      'Decision',
      'Send more samples: 1 sample, 3 orders so far',
      '',
      'Send more samples: 1 sample, no orders so far',
      '',
      // Her loss is mostly a 100.00 USD fee, not samples: no more samples until she earns it back.
      'Watch: loss of 47.35 USD so far, more than its samples cost (2 samples, 3 orders)',
      '',
    ]);
    expect(
      valuesOf(tab(runtime, 'Settings'))
        .map((row) => row[0])
        .filter((name) => String(name).startsWith('Decision:')),
    ).toHaveLength(DECISION_SETTINGS_ROWS.length);
  });

  it('shows losses in red in every table', () => {
    for (const a1 of ['M26', 'N26', 'AD40', 'AT26']) expect(cell(profit, a1)?.numberFormat).toMatch(/;\[Red\]-/);
  });

  it('charts net profit and margin of the creator rows only, not the Total row', () => {
    expect(profit.charts?.map((chart) => [chart.type, chart.options.title, chart.ranges])).toEqual([
      ['BAR', 'Net profit by creator (top 15)', ['Profit!A25:A30', 'Profit!M25:M30']],
      ['BAR', 'Margin of the top 15 creators by net profit', ['Profit!A25:A30', 'Profit!N25:N30']],
    ]);
  });

  describe('inserted again', () => {
    let again: SheetModel;
    beforeAll(() => {
      const sheet = runtime.spreadsheet.getSheetByName('Profit')!;
      sheet.getRange('B2').setValue(new Date('2026-03-01T08:00:00Z'));
      sheet.getRange('B3').setValue(new Date('2026-03-31T07:00:00Z'));
      sheet.getRange('Q40').setValue('my note between the tables');
      sheet.getRange('D10').setValue('my note under the charts');
      sheet.getRange('A60').setValue('finance: checked March');
      sheet.getRange('AH200').setValue('my note under the SKU table');
      sheet.insertChart(sheet.newChart().setOption('title', 'My own chart').build());
      again = insertDashboard(runtime);
    });

    it("keeps the operator's period and cells, and every table follows the period", () => {
      expect(cell(again, 'Q40')?.value).toBe('my note between the tables');
      expect(cell(again, 'D10')?.value).toBe('my note under the charts');
      // Under the tables, in their columns: the tables spill above them and clear nothing.
      expect(cell(again, 'A60')?.value).toBe('finance: checked March');
      expect(cell(again, 'AH200')?.value).toBe('my note under the SKU table');
      expect(valuesOf(again)[30].slice(0, 13)).toEqual([
        'Total',
        5,
        10,
        209,
        17.5,
        191.5,
        19.6,
        12.62,
        33.5,
        9.5,
        29,
        140,
        -52.72,
      ]);
    });

    it("replaces its own charts instead of adding more, and leaves the operator's chart", () => {
      expect(again.charts?.map((chart) => chart.options.title)).toEqual([
        'My own chart',
        'Net profit by creator (top 15)',
        'Margin of the top 15 creators by net profit',
      ]);
    });

    it('does not add the decision rules to Settings twice', () => {
      expect(valuesOf(tab(runtime, 'Settings')).filter((row) => String(row[0]).startsWith('Decision:'))).toHaveLength(
        DECISION_SETTINGS_ROWS.length,
      );
    });
  });
});

describe('the Profit dashboard before Organize', () => {
  it('asks for Organize instead of inserting formulas over tabs that do not exist', () => {
    const runtime = createRuntime({
      workbook: { timeZone: TIME_ZONE, sheets: [sheetFromValues('Sheet1', [['Order ID']])] },
      now: NOW,
    });
    addOn(runtime).onOpen();
    runtime.ui.clickMenuItem('Insert profit dashboard');
    expect(runtime.ui.alerts.map((alert) => alert.prompt)).toEqual([
      'The dashboard reads the Orders, Samples, Products, Costs tabs: run Organize sheets first.',
    ]);
    expect(runtime.workbook.sheets.map((sheet) => sheet.name)).toEqual(['Sheet1']);
  });
});

describe('the outreach block on a dashboard inserted before outreach started', () => {
  const outreachTabs = () => [
    addOnTab('Creators', [headersOf(CREATORS)]),
    addOnTab('Outreach log', [OUTREACH_LOG_HEADERS.slice()]),
  ];

  it("is not written over the operator's own cells: they stay, and the alert says which columns to clear", () => {
    const runtime = createRuntime({ workbook: handWorkbook(), now: NOW });
    addOn(runtime).onOpen();
    const profit = insertDashboard(runtime);
    // AX is where the outreach block goes, to the right of the SKU table.
    profit.rows[29][49] = { value: 'my own note' };
    runtime.workbook.sheets.push(...outreachTabs());
    insertDashboard(runtime);
    expect(cell(profit, 'AX30')?.value).toBe('my own note');
    expect(cell(profit, 'AX25')?.formula).toBeUndefined();
    expect(runtime.ui.alerts[runtime.ui.alerts.length - 1]?.prompt).toMatch(
      /outreach results were not added: columns AX:BJ .* hold cells of yours/,
    );
    expect(cell(profit, 'A25')?.formula).toBe(`=PROFIT_BY_CREATOR(${ARGS})`);
  });

  it('goes in where those columns are empty, and is the dashboard’s to refresh from then on', () => {
    const runtime = createRuntime({ workbook: handWorkbook(), now: NOW });
    addOn(runtime).onOpen();
    insertDashboard(runtime);
    runtime.workbook.sheets.push(...outreachTabs());
    const profit = insertDashboard(runtime);
    expect(cell(profit, 'AX25')?.formula).toMatch(/^=OUTREACH_RESULTS\(/);
    insertDashboard(runtime);
    expect(cell(profit, 'AX25')?.formula).toMatch(/^=OUTREACH_RESULTS\(/);
    expect(runtime.ui.alerts).toEqual([]);
  });
});
