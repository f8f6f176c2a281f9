/**
 * Each creator's mail status on the Creators tab, as sheet mail tools show it: when the last email
 * went and what became of it (sent, replied, bounced, opted out). An answer also moves Status from
 * `contacted` (or `prospect`) to `replied`; a Status the operator set further along is theirs.
 */
import type { SheetValue } from '../../core/cells';
import type { MAIL_STATUSES } from '../../core/schema';
import { CREATORS } from '../../core/schema';
import { cleanText, normalizeHandle } from '../../core/values';
import { locateColumns, markedColumns } from '../managedColumns';
import { findOwnedSheet } from '../ownership';
import type { CellWrite } from './cellWrites';
import { writeCellsByValue } from './cellWrites';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const MAIL_COLUMNS = ['Handle', 'Status', 'Last email', 'Mail status'] as const;

export interface CreatorMailUpdate {
  handle: string;
  mailStatus: (typeof MAIL_STATUSES)[number];
  /** When the email went; answers leave the time of the last email alone. */
  lastEmail?: Date;
  /** Status moves to this from the earlier statuses it may replace. */
  status?: { to: string; from: readonly string[] };
}

/** Finds each creator's row afresh (the operator may have sorted the tab since the run read it). */
export function updateCreatorMail(spreadsheet: Spreadsheet, updates: readonly CreatorMailUpdate[]): void {
  if (updates.length === 0) return;
  const sheet = findOwnedSheet(spreadsheet, CREATORS.name);
  if (!sheet || sheet.getLastRow() < 2) return;
  const values = sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn()).getValues() as SheetValue[][];
  // The add-on's columns by their markers first, as Organize finds them: never a column the operator inserted.
  const column = locateColumns(markedColumns(sheet), MAIL_COLUMNS, values[0]);
  const handleColumn = column.get('Handle');
  const statusColumn = column.get('Status');
  if (handleColumn === undefined) return;
  const rowOf = new Map<string, number>();
  values.forEach((row, index) => {
    const handle = index > 0 ? normalizeHandle(row[handleColumn - 1]).value : null;
    if (handle && !rowOf.has(handle)) rowOf.set(handle, index + 1);
  });
  const writes: CellWrite[] = [];
  const put = (row: number, at: number | undefined, value: string | Date) => {
    if (at !== undefined) writes.push({ row, column: at, value });
  };
  for (const update of updates) {
    const row = rowOf.get(update.handle);
    if (row === undefined) continue;
    put(row, column.get('Mail status'), update.mailStatus);
    if (update.lastEmail) put(row, column.get('Last email'), update.lastEmail);
    const status = statusColumn === undefined ? '' : cleanText(values[row - 1][statusColumn - 1]).toLowerCase();
    if (update.status?.from.includes(status)) put(row, statusColumn, update.status.to);
  }
  writeCellsByValue(sheet, writes);
}
