/**
 * The Profit tab: period cells, the three PROFIT_BY_* tables as live formulas over the managed tabs,
 * a Decision column beside the creator table, charts of net profit and margin by creator, losses in
 * red, and once outreach has started, the OUTREACH_RESULTS table to the right of them (not below:
 * the profit tables spill downwards as creators are added). Inserting again rewrites only the dashboard's own cells, formats and charts, and keeps the
 * period the operator chose; every other cell of the tab stays as the operator left it.
 */
import { columnLetters } from '../core/a1';
import { profitBy, PROFIT_COLUMNS } from '../core/profit';
import { OUTREACH_RESULTS_COLUMNS } from '../core/outreach/results';
import { COSTS, CREATORS, ORDERS, OUTREACH_LOG_TAB, PRODUCTS, PROFIT_TAB, SAMPLES, SETTINGS_TAB } from '../core/schema';
import { DECISION_SETTINGS_ROWS } from '../core/settings';
import { instantToWallClock, wallClockToInstant } from '../core/values';
import { OperatorError } from '../core/errors';
import type { Renaming } from './ownership';
import { ownedSheet, ownedSheets } from './ownership';
import { ensureSettingsRows } from './settingsTab';
import { ensureSize, readValues } from './sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const START_CELL = 'B2';
const END_CELL = 'B3';
const CHART_ROW = 5;
/** Each table's header row; the tables spill down from it. Charts sit above, in rows CHART_ROW..TABLE_ROW - 2. */
const TABLE_ROW = 25;
const TABLE_WIDTH = 1 + PROFIT_COLUMNS.length;
const CHARTED_CREATORS = 15;
/** Rows kept free below the longest table, so it can grow before the dashboard is inserted again. */
const SPARE_ROWS = 500;

// Side by side, one blank column apart, so that no table can spill into another as it grows.
const DECISION_COLUMN = 1 + TABLE_WIDTH;
const CAMPAIGN_COLUMN = DECISION_COLUMN + 2;
const SKU_COLUMN = CAMPAIGN_COLUMN + TABLE_WIDTH + 1;
const OUTREACH_COLUMN = SKU_COLUMN + TABLE_WIDTH + 1;
const LAST_COLUMN = OUTREACH_COLUMN + OUTREACH_RESULTS_COLUMNS.length - 1;
const TABLES = [
  { title: 'Profit by creator', column: 1, formula: 'PROFIT_BY_CREATOR', groupBy: 'creator' },
  { title: 'Profit by campaign', column: CAMPAIGN_COLUMN, formula: 'PROFIT_BY_CAMPAIGN', groupBy: 'campaign' },
  { title: 'Profit by SKU', column: SKU_COLUMN, formula: 'PROFIT_BY_SKU', groupBy: 'sku' },
] as const;

const COUNT_FORMAT = '#,##0';
const AMOUNT_FORMAT = '#,##0.00;[Red]-#,##0.00';
const RATIO_FORMAT = '0.0%;[Red]-0.0%';

const CHARTS = [
  {
    title: `Net profit by creator (top ${CHARTED_CREATORS})`,
    column: 'Net profit',
    anchorColumn: 1,
    axisFormat: '#,##0',
  },
  {
    title: `Margin of the top ${CHARTED_CREATORS} creators by net profit`,
    column: 'Margin',
    anchorColumn: 9,
    axisFormat: 'percent',
  },
] as const;

const absolute = (a1: string) => a1.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');

/**
 * A whole tab by its real name (the add-on's tab may be `Orders (Creator Ops)`, and the operator may
 * rename it), across every column it has: the formulas find their columns by header.
 */
function wholeTab(sheet: Sheet): string {
  return `'${sheet.getName().replace(/'/g, "''")}'!A:${columnLetters(sheet.getMaxColumns())}`;
}

/** The ranges the dashboard's formulas read. */
interface DashboardSources {
  /** Present once outreach has started (its log exists) and Organize wrote the Creators tab. */
  outreach?: { log: Sheet; creators: Sheet };
  orders: Sheet;
  samples: Sheet;
  products: Sheet;
  costs: Sheet;
  settings: Sheet;
}

function formulaArguments(sources: DashboardSources): string {
  return [
    wholeTab(sources.orders),
    wholeTab(sources.samples),
    wholeTab(sources.products),
    wholeTab(sources.costs),
    absolute(START_CELL),
    absolute(END_CELL),
    wholeTab(sources.settings),
  ].join(', ');
}

function formatOf(column: (typeof PROFIT_COLUMNS)[number]): string {
  if (column === 'Orders' || column === 'Units') return COUNT_FORMAT;
  return column === 'Margin' || column === 'ROI' ? RATIO_FORMAT : AMOUNT_FORMAT;
}

/** The table's figure columns as runs of one number format: [first column offset, count, format]. */
const FORMAT_RUNS: [number, number, string][] = PROFIT_COLUMNS.reduce<[number, number, string][]>(
  (runs, column, offset) => {
    const last = runs[runs.length - 1];
    if (last && last[2] === formatOf(column)) last[1]++;
    else runs.push([offset, 1, formatOf(column)]);
    return runs;
  },
  [],
);

/** The tables as they are now, to size the tab and the charts; undefined when the data cannot make them yet. */
function tableLengthsNow(
  sources: DashboardSources,
  dashboard: Sheet,
  timeZone: string,
): { creators: number; longest: number } | undefined {
  const [[startDate], [endDate]] = dashboard.getRange(`${START_CELL}:${END_CELL}`).getValues() as unknown[][];
  const args = {
    orders: readValues(sources.orders),
    samples: readValues(sources.samples),
    products: readValues(sources.products),
    costs: readValues(sources.costs),
    startDate,
    endDate,
    settings: readValues(sources.settings),
  };
  try {
    const lengths = TABLES.map(({ groupBy }) => profitBy(groupBy, args, { timeZone }).length);
    return { creators: lengths[0] - 2, longest: Math.max(...lengths) };
  } catch {
    // The formulas will show the same error in their cells, where the operator can act on it.
    return undefined;
  }
}

function writePeriodAndNotes(sheet: Sheet, isNew: boolean, timeZone: string, now: Date): void {
  sheet.getRange('A1').setValue('Profit dashboard').setFontWeight('bold');
  sheet.getRange('A2:A3').setValues([['Start'], ['End']]);
  sheet
    .getRange('D2:D3')
    .setValues([
      [
        'Start and End are calendar days, both included; leave one blank for no limit. Every table and chart follows them.',
      ],
      [
        'Red is a loss. The Decision column follows the Decision rows in Settings. Insert the dashboard again to refresh the charts.',
      ],
    ]);
  const period = sheet.getRange(`${START_CELL}:${END_CELL}`);
  period.setNumberFormat('yyyy-mm-dd');
  if (isNew) {
    const { year } = instantToWallClock(now, timeZone);
    period.setValues([[wallClockToInstant({ year, month: 1, day: 1, hour: 0, minute: 0, second: 0 }, timeZone)], ['']]);
  }
}

function writeTables(sheet: Sheet, sources: DashboardSources): void {
  const args = formulaArguments(sources);
  const spillRows = sheet.getMaxRows() - TABLE_ROW;
  for (const table of TABLES) {
    const width = table.column === 1 ? DECISION_COLUMN : TABLE_WIDTH;
    sheet
      .getRange(TABLE_ROW - 1, table.column)
      .setValue(table.title)
      .setFontWeight('bold');
    sheet.getRange(TABLE_ROW, table.column).setFormula(`=${table.formula}(${args})`);
    sheet.getRange(TABLE_ROW, table.column, 1, width).setFontWeight('bold');
    for (const [offset, count, format] of FORMAT_RUNS) {
      sheet.getRange(TABLE_ROW + 1, table.column + 1 + offset, spillRows, count).setNumberFormat(format);
    }
  }
  const creatorTable = `A${TABLE_ROW}:${columnLetters(TABLE_WIDTH)}`;
  sheet
    .getRange(TABLE_ROW, DECISION_COLUMN)
    .setFormula(`=CREATOR_DECISION(${creatorTable}, ${wholeTab(sources.samples)}, ${wholeTab(sources.settings)})`);
}

/** Marks the Profit tab once the outreach block is the dashboard's: its columns are then its to rewrite. */
const OUTREACH_BLOCK_MARKER = 'creatorOps.dashboardBlock';

function ownsOutreachBlock(sheet: Sheet): boolean {
  return sheet.getDeveloperMetadata().some((m) => m.getKey() === OUTREACH_BLOCK_MARKER && m.getValue() === 'outreach');
}

/**
 * A dashboard inserted before outreach started may hold the operator's own cells where the outreach
 * block goes: the block is added only where those columns are empty.
 */
function outreachBlockFree(sheet: Sheet, width: number): boolean {
  if (ownsOutreachBlock(sheet)) return true;
  const block = sheet.getRange(TABLE_ROW - 1, OUTREACH_COLUMN, sheet.getMaxRows() - TABLE_ROW + 2, width);
  return block.getValues().every((row) => row.every((value) => value === ''));
}

/**
 * OUTREACH_RESULTS over the Outreach log, Creators and the shop's data, with no period: a contact's
 * earnings count from their first email. False when its columns hold cells of the operator's.
 */
function writeOutreachTable(sheet: Sheet, sources: DashboardSources): boolean {
  if (!sources.outreach) return true;
  const width = OUTREACH_RESULTS_COLUMNS.length;
  if (!outreachBlockFree(sheet, width)) return false;
  if (!ownsOutreachBlock(sheet)) sheet.addDeveloperMetadata(OUTREACH_BLOCK_MARKER, 'outreach');
  sheet
    .getRange(TABLE_ROW - 1, OUTREACH_COLUMN)
    .setValue('Outreach results')
    .setFontWeight('bold');
  const args = [
    wholeTab(sources.outreach.log),
    wholeTab(sources.outreach.creators),
    wholeTab(sources.orders),
    wholeTab(sources.samples),
    wholeTab(sources.products),
    wholeTab(sources.costs),
    wholeTab(sources.settings),
  ].join(', ');
  sheet.getRange(TABLE_ROW, OUTREACH_COLUMN).setFormula(`=OUTREACH_RESULTS(${args})`);
  sheet.getRange(TABLE_ROW, OUTREACH_COLUMN, 1, width).setFontWeight('bold');
  const rows = sheet.getMaxRows() - TABLE_ROW;
  const at = (column: (typeof OUTREACH_RESULTS_COLUMNS)[number]) =>
    OUTREACH_COLUMN + OUTREACH_RESULTS_COLUMNS.indexOf(column);
  sheet.getRange(TABLE_ROW + 1, at('Reply rate'), rows, 1).setNumberFormat(RATIO_FORMAT);
  sheet.getRange(TABLE_ROW + 1, at('GMV'), rows, 3).setNumberFormat(AMOUNT_FORMAT);
  return true;
}

/** Replaces the dashboard's charts (found by title), over the top creators' rows of the creator table. */
function replaceCharts(sheet: Sheet, creators: number): void {
  const titles = new Set<unknown>(CHARTS.map((chart) => chart.title));
  for (const chart of sheet.getCharts()) if (titles.has(chart.getOptions().get('title'))) sheet.removeChart(chart);
  // Only creator rows: the Total row under them must not become a bar.
  const rows = 1 + Math.max(1, Math.min(CHARTED_CREATORS, creators));
  for (const chart of CHARTS) {
    const valueColumn = 1 + 1 + PROFIT_COLUMNS.indexOf(chart.column);
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(Charts.ChartType.BAR)
        .addRange(sheet.getRange(TABLE_ROW, 1, rows, 1))
        .addRange(sheet.getRange(TABLE_ROW, valueColumn, rows, 1))
        .setNumHeaders(1)
        .setPosition(CHART_ROW, chart.anchorColumn, 0, 0)
        .setOption('title', chart.title)
        .setOption('legend', { position: 'none' })
        .setOption('hAxis', { format: chart.axisFormat })
        .build(),
    );
  }
}

/** Inserts the Profit tab, or refreshes the dashboard's parts of it. */
export function insertProfitDashboard(spreadsheet: Spreadsheet, now: Date): Renaming[] {
  const owned = ownedSheets(spreadsheet);
  const tabs = [ORDERS, SAMPLES, PRODUCTS, COSTS].map((tab) => [tab.name, owned.get(tab.name)] as const);
  const missing = tabs.filter(([, sheet]) => !sheet).map(([name]) => name);
  if (missing.length > 0) {
    throw new OperatorError(
      `The dashboard reads the ${missing.join(', ')} tab${missing.length > 1 ? 's' : ''}: run Organize sheets first.`,
    );
  }
  const renamings: Renaming[] = [];
  const settingsSheet = owned.get(SETTINGS_TAB);
  ensureSettingsRows(spreadsheet, settingsSheet ? readValues(settingsSheet) : [], DECISION_SETTINGS_ROWS, undefined, {
    owned,
    renamings,
  });
  const [orders, samples, products, costs] = tabs.map(([, sheet]) => sheet!);
  const [log, creators] = [owned.get(OUTREACH_LOG_TAB), owned.get(CREATORS.name)];
  const sources: DashboardSources = {
    orders,
    samples,
    products,
    costs,
    settings: owned.get(SETTINGS_TAB)!,
    ...(log && creators ? { outreach: { log, creators } } : {}),
  };
  const existing = owned.get(PROFIT_TAB);
  const sheet = existing ?? ownedSheet(spreadsheet, PROFIT_TAB, { owned, renamings });
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  writePeriodAndNotes(sheet, !existing, timeZone, now);
  const lengths = tableLengthsNow(sources, sheet, timeZone);
  ensureSize(sheet, TABLE_ROW + (lengths?.longest ?? 0) + SPARE_ROWS, LAST_COLUMN);
  writeTables(sheet, sources);
  const outreachPlaced = writeOutreachTable(sheet, sources);
  replaceCharts(sheet, lengths?.creators ?? CHARTED_CREATORS);
  sheet.activate();
  if (!outreachPlaced) {
    const columns = `${columnLetters(OUTREACH_COLUMN)}:${columnLetters(LAST_COLUMN)}`;
    throw new OperatorError(
      `The dashboard is refreshed, but the outreach results were not added: columns ${columns} of the ${sheet.getName()} tab, from row ${TABLE_ROW - 1} down, hold cells of yours. Move them elsewhere, then insert the dashboard again.`,
    );
  }
  return renamings;
}
