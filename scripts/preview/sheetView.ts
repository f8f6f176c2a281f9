/**
 * What the preview's sheet view shows, as plain JSON for the page to draw: the visible tabs, the
 * active tab's cells as the sheet displays them (number formats and dates in the spreadsheet's
 * time zone), its frozen rows, the selection, and its charts' data.
 */
import type { Runtime } from '../runtime';
import { parseA1 } from '../runtime/a1';
import { displayValue } from '../runtime/numberFormat';
import type { Cell, ChartModel } from '../runtime/workbook';

/** Enough to see what the add-on wrote without drawing a 100,000-line tab. */
export const MAX_ROWS = 500;
export const MAX_COLUMNS = 52;

export interface ViewCell {
  text: string;
  /** Sheets aligns numbers and dates right, booleans in the middle, text left. */
  align?: 'right' | 'center';
}

export interface ChartView {
  title: string;
  /** The cell its top-left corner sits on (1-based). */
  anchor: { row: number; column: number };
  series: string[];
  bars: { label: string; values: { value: number; text: string }[] }[];
}

export interface SheetView {
  spreadsheetName: string;
  /** The tabs Sheets shows in its tab strip: hidden tabs are left out. */
  tabs: string[];
  tab: string;
  /** The selection on the tab, as Sheets' name box shows it, and as 1-based bounds. */
  selection: { a1: string; row: number; column: number; endRow: number; endColumn: number };
  frozenRows: number;
  /** Rows with content on the tab; `rows` holds at most MAX_ROWS of them. */
  totalRows: number;
  columns: number;
  rows: ViewCell[][];
  charts: ChartView[];
}

export function sheetView(runtime: Runtime): SheetView {
  const { workbook, spreadsheet } = runtime;
  const visible = workbook.sheets.filter((sheet) => !sheet.hidden);
  const active = spreadsheet.getActiveSheet().model;
  const sheet = active.hidden ? visible[0] : active;
  const range = spreadsheet.getActiveRange();
  const selection =
    sheet === active
      ? { row: range.row, column: range.column, endRow: range.getLastRow(), endColumn: range.getLastColumn() }
      : { row: 1, column: 1, endRow: 1, endColumn: 1 };
  const cell = (c: Cell | undefined): ViewCell => viewCell(c, workbook.timeZone);
  const columns = Math.min(MAX_COLUMNS, Math.max(1, ...sheet.rows.map((row) => row.length)));
  return {
    spreadsheetName: spreadsheet.getName(),
    tabs: visible.map((s) => s.name),
    tab: sheet.name,
    selection: { a1: sheet === active ? range.getA1Notation() : 'A1', ...selection },
    frozenRows: sheet.frozenRows,
    totalRows: sheet.rows.length,
    columns,
    rows: sheet.rows.slice(0, MAX_ROWS).map((row) => Array.from({ length: columns }, (_, c) => cell(row[c]))),
    charts: (sheet.charts ?? []).map((chart) => chartView(runtime, chart)),
  };
}

function viewCell(cell: Cell | undefined, timeZone: string): ViewCell {
  if (!cell || cell.value === '') return { text: '' };
  const text = displayValue(cell.value, cell.numberFormat, timeZone);
  if (typeof cell.value === 'number' || cell.value instanceof Date) return { text, align: 'right' };
  if (typeof cell.value === 'boolean') return { text, align: 'center' };
  return { text };
}

/**
 * A chart's first range gives the categories, each further range a series; the first `numHeaders`
 * rows are headers (series names). Rows without a category are left out, as Sheets draws them.
 */
function chartView(runtime: Runtime, chart: ChartModel): ChartView {
  const timeZone = runtime.workbook.timeZone;
  const headers = Number(chart.options.numHeaders ?? 0);
  const axisFormat = chartNumberFormat((chart.options.hAxis as { format?: string } | undefined)?.format);
  const [categories, ...series] = chart.ranges.map((a1) => columnCells(runtime, a1));
  const bars = (categories ?? []).slice(headers).flatMap((category, i) => {
    if (category.value === '') return [];
    const values = series.map((cells) => {
      const cell = cells[headers + i];
      const value = typeof cell?.value === 'number' ? cell.value : 0;
      return { value, text: displayValue(value, axisFormat ?? cell?.numberFormat, timeZone) };
    });
    return [{ label: displayValue(category.value, category.numberFormat, timeZone), values }];
  });
  return {
    title: typeof chart.options.title === 'string' ? chart.options.title : '',
    anchor: { row: chart.position.row, column: chart.position.column },
    series: series.map((cells, s) =>
      headers > 0 && cells[0] ? displayValue(cells[0].value, cells[0].numberFormat, timeZone) : `Series ${s + 1}`,
    ),
    bars,
  };
}

/** Google Charts' named axis formats as Sheets number formats; other patterns read the same in both. */
const CHART_FORMAT_PRESETS: Record<string, string | undefined> = {
  none: '0.###',
  decimal: '#,##0.###',
  percent: '0%',
  scientific: '0.00E+00',
  // 'currency', 'short' and 'long' depend on the locale: the cell's own format stands in.
  currency: undefined,
  short: undefined,
  long: undefined,
};

function chartNumberFormat(format: string | undefined): string | undefined {
  return format !== undefined && format in CHART_FORMAT_PRESETS ? CHART_FORMAT_PRESETS[format] : format;
}

type ChartCell = Pick<Cell, 'value' | 'numberFormat'>;

/** The cells of a range's first column, top to bottom (blank past the tab's last row). */
function columnCells(runtime: Runtime, a1: string): ChartCell[] {
  const ref = parseA1(a1);
  const rows = (ref.sheetName === undefined ? undefined : runtime.spreadsheet.getSheetByName(ref.sheetName))?.model
    .rows;
  const endRow = ref.endRow ?? rows?.length ?? ref.row;
  return Array.from({ length: Math.max(0, endRow - ref.row + 1) }, (_, i) => {
    const cell = rows?.[ref.row - 1 + i]?.[ref.column - 1];
    return { value: cell?.value ?? '', numberFormat: cell?.numberFormat };
  });
}
