/**
 * Each creator's mail status on the Creators tab, as sheet mail tools show it: when the last email
 * went and what became of it (sent, replied, bounced, opted out). An answer also moves Status from
 * `contacted` (or `prospect`) to `replied`; a Status the operator set further along is theirs.
 */
import { mapHeaders } from '../../core/detect';
import type { MAIL_STATUSES } from '../../core/schema';
import { CREATORS } from '../../core/schema';
import { cleanText, normalizeHandle } from '../../core/values';
import { findOwnedSheet } from '../ownership';
import type { CellWrite } from './cellWrites';
import { writeCellsByValue } from './cellWrites';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

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
  const values = sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn()).getValues();
  const columns = mapHeaders('creators', values[0]);
  const [handleColumn, statusColumn] = [columns.Handle, columns.Status];
  if (handleColumn === undefined) return;
  const rowOf = new Map<string, number>();
  values.forEach((row, index) => {
    const handle = index > 0 ? normalizeHandle(row[handleColumn]).value : null;
    if (handle && !rowOf.has(handle)) rowOf.set(handle, index);
  });
  const writes: CellWrite[] = [];
  const put = (index: number, column: number | undefined, value: string | Date) => {
    if (column !== undefined) writes.push({ row: index + 1, column: column + 1, value });
  };
  for (const update of updates) {
    const index = rowOf.get(update.handle);
    if (index === undefined) continue;
    put(index, columns['Mail status'], update.mailStatus);
    if (update.lastEmail) put(index, columns['Last email'], update.lastEmail);
    const status = cleanText(statusColumn === undefined ? '' : values[index][statusColumn]).toLowerCase();
    if (update.status && update.status.from.includes(status)) put(index, statusColumn, update.status.to);
  }
  writeCellsByValue(sheet, writes);
}
