/**
 * Each creator's mail status on the Creators tab, as sheet mail tools show it: when the last email
 * went and what became of it (sent, replied, bounced, opted out). An answer also moves Status from
 * `contacted` (or `prospect`) to `replied`; a Status the operator set further along is theirs.
 */
import type { SheetValue } from '../../core/cells';
import type { MAIL_STATUSES } from '../../core/schema';
import { cleanText, normalizeHandle } from '../../core/values';
import type { ColumnPositions } from '../managedColumns';
import { locateColumns, markedColumns } from '../managedColumns';
import { normalizeHeader } from '../../core/aliases';
import type { CellWrite } from './cellWrites';
import { writeCellsByValue } from './cellWrites';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const MAIL_COLUMNS = ['Handle', 'Status', 'Last email', 'Mail status'] as const;

export interface CreatorMailUpdate {
  handle: string;
  mailStatus: (typeof MAIL_STATUSES)[number];
  /** When the email went; answers leave the time of the last email alone. */
  lastEmail?: Date;
  /** Status moves to this from the earlier statuses it may replace. */
  status?: { to: string; from: readonly string[] };
}

/**
 * The Creators tab's mail columns, written after each batch of emails of a run (and once for the
 * answers it found). Each update finds the creators' rows afresh (the operator may have sorted the
 * tab since the run read it), reading the Handle and Status columns only. The columns are found by
 * marker once, then again only when the header row no longer shows them where they were (the
 * operator inserted, moved or deleted a column meanwhile).
 */
export class CreatorMail {
  private columns: ColumnPositions | undefined;

  constructor(private readonly sheet: Sheet | undefined) {}

  update(updates: readonly CreatorMailUpdate[]): void {
    const { sheet } = this;
    if (updates.length === 0 || !sheet) return;
    const lastRow = sheet.getLastRow();
    if (lastRow < 2) return;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as SheetValue[];
    const column = this.columnsUnder(header);
    const handleColumn = column.get('Handle');
    const statusColumn = column.get('Status');
    if (handleColumn === undefined) return;
    const cellsOf = (at: number) =>
      sheet
        .getRange(2, at, lastRow - 1, 1)
        .getValues()
        .map(([cell]) => cell as SheetValue);
    const statuses = statusColumn === undefined ? [] : cellsOf(statusColumn);
    const rowOf = new Map<string, number>();
    cellsOf(handleColumn).forEach((cell, index) => {
      const handle = normalizeHandle(cell).value;
      if (handle && !rowOf.has(handle)) rowOf.set(handle, index + 2);
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
      const status = cleanText(statuses[row - 2]).toLowerCase();
      if (update.status?.from.includes(status)) put(row, statusColumn, update.status.to);
    }
    writeCellsByValue(sheet, writes);
  }

  /** The add-on's columns by their markers, as Organize finds them: never a column the operator inserted. */
  private columnsUnder(header: readonly SheetValue[]): ColumnPositions {
    const known = this.columns;
    const inPlace = (positions: ColumnPositions) =>
      [...positions].every(([name, at]) => normalizeHeader(header[at - 1]) === normalizeHeader(name));
    if (known && inPlace(known)) return known;
    this.columns = locateColumns(markedColumns(this.sheet!), MAIL_COLUMNS, header);
    return this.columns;
  }
}
