/** A tab's rows as records by its header row, for assertions that name columns rather than count them. */
import type { Runtime } from '../../scripts/runtime';
import type { CellValue, SheetModel } from '../../scripts/runtime/workbook';
import { sheetNamed, valuesOf } from '../../scripts/runtime/workbook';

export function recordsOf(sheet: SheetModel): Record<string, CellValue>[] {
  const [header, ...rows] = valuesOf(sheet);
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i]])));
}

/** The records of the tab named `tab`. */
export const tabRecords = (runtime: Runtime, tab: string): Record<string, CellValue>[] =>
  recordsOf(sheetNamed(runtime.workbook, tab));
