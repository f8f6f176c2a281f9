/** Reading a seller's tabs in tests: rows by header, the handle or amount a cell holds. */
import type { CellValue, WorkbookModel } from '../../scripts/runtime/workbook';
import { sheetNamed, valuesOf } from '../../scripts/runtime/workbook';

export interface SourceRow {
  row: number;
  get(header: string): CellValue;
}

/** Non-blank rows from `firstDataRow` on (2, or 3 under a description row), cells looked up by header. */
export function rowsOf(workbook: WorkbookModel, name: string, firstDataRow = 2): SourceRow[] {
  const [headers, ...rest] = valuesOf(sheetNamed(workbook, name));
  return rest
    .map((values, index) => ({ row: index + 2, values }))
    .filter(({ row, values }) => row >= firstDataRow && values.some((value) => value !== ''))
    .map(({ row, values }) => ({
      row,
      get: (header: string) => {
        const column = headers.indexOf(header);
        if (column < 0) throw new Error(`no column ${header} in ${name}`);
        return values[column];
      },
    }));
}

export function cellAt(workbook: WorkbookModel, tab: string, row: number, column: string): CellValue {
  const sheet = sheetNamed(workbook, tab);
  const headers = sheet.rows[0].map((cell) => cell.value);
  const cell = sheet.rows[row - 1][headers.indexOf(column)];
  if (!cell) throw new Error(`no cell ${tab}!${column}${row}`);
  return cell.value;
}

/** The handle a correct Organize reads from a cell: `@Jane.Doe `, profile URLs → `jane.doe`. */
export function handleOf(value: CellValue): string {
  return String(value)
    .trim()
    .replace(/^(https?:\/\/)?(www\.)?tiktok\.com\//i, '')
    .replace(/^@/, '')
    .replace(/\?.*$/, '')
    .toLowerCase();
}

/** An export amount: a number, or `£12.34` text. */
export function amountOf(value: CellValue): number {
  return typeof value === 'number' ? value : Number(String(value).replace('£', ''));
}

export function rowsAreEqual(workbook: WorkbookModel, tab: string, row: number, other: number): boolean {
  const rows = sheetNamed(workbook, tab).rows;
  return JSON.stringify(rows[row - 1]) === JSON.stringify(rows[other - 1]);
}
