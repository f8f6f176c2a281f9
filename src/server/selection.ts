/** Selects a cell, or a whole row, in the sheet: how the sidebar shows the operator where something is. */
import type { CellRef, Notice } from './api';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function selectCell(spreadsheet: Spreadsheet, ref: CellRef): Notice {
  const sheet = spreadsheet.getSheetByName(ref.tab);
  if (!sheet) throw new Error(`There is no tab named "${ref.tab}" any more: run Organize again to refresh the list.`);
  if (ref.row > sheet.getMaxRows() || (ref.column ?? 1) > sheet.getMaxColumns())
    throw new Error(`"${ref.tab}" is smaller than it was: run Organize again to refresh the list.`);
  const range = ref.column
    ? sheet.getRange(ref.row, ref.column)
    : sheet.getRange(ref.row, 1, 1, Math.max(1, sheet.getLastColumn()));
  range.activate();
  return { message: `Selected ${range.getA1Notation()} on ${ref.tab}.` };
}
