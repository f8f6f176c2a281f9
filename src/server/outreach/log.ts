/**
 * Outreach log writes: one row per email, found again by its Key, so a queued, held, failed or
 * waiting email keeps its row when it is finally sent; new rows appended in one block, statuses in
 * as few blocks as their rows allow.
 */
import type { OutreachLogRow } from '../../core/outreach/outreachLog';
import { headerColumn } from '../../core/aliases';
import { OUTREACH_LOG_HEADERS } from '../../core/schema';
import { HeaderedTable } from '../headeredTable';
import { ensureSize } from '../sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface OutreachLine {
  time: Date;
  sequence: string;
  step: number;
  variant: string;
  handle: string;
  to: string;
  subject: string;
  status: string;
  threadId: string;
  key: string;
}

export function outreachLogRow(line: OutreachLine): (string | number | Date)[] {
  return [
    line.time,
    line.sequence,
    line.step,
    line.variant,
    line.handle,
    line.to,
    line.subject,
    line.status,
    line.threadId,
    line.key,
  ];
}

export class OutreachLogWriter {
  private readonly rowOf = new Map<string, OutreachLogRow>();
  private readonly table: HeaderedTable;

  constructor(
    private readonly sheet: Sheet,
    private nextRow: number,
    rows: readonly OutreachLogRow[],
  ) {
    // The last row of a key is the one that counts (an operator may have copied a row).
    for (const row of rows) if (row.key) this.rowOf.set(row.key, row);
    // Under the headers the log is read by: a column of the operator's keeps its cells.
    this.table = HeaderedTable.of(sheet, OUTREACH_LOG_HEADERS, headerColumn);
  }

  /** The log's row for this key, as the run read it. */
  entry(key: string): OutreachLogRow | undefined {
    return this.rowOf.get(key);
  }

  /** Each line at its key's row when it has one, else appended in one block; returns each line's row. */
  putAll(lines: readonly OutreachLine[]): number[] {
    const rows = lines.map((line) => this.rowOf.get(line.key)?.row);
    const first = this.nextRow;
    let next = first;
    const placed = rows.map((row) => row ?? next++);
    if (next > first) ensureSize(this.sheet, next - 1, this.table.width);
    this.nextRow = next;
    this.table.write(lines.map((line, i) => ({ row: placed[i], cells: outreachLogRow(line) })));
    return placed;
  }

  /** Status and Thread ID of rows the log has. */
  setStatuses(updates: readonly { row: number; status: string; threadId: string }[]): void {
    this.table.write(
      updates.map(({ row, status, threadId }) => ({ row, cells: [status, threadId] })),
      ['Status', 'Thread ID'],
    );
  }
}
