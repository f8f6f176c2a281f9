/**
 * Outreach log writes: one row per email, found again by its Key, so a queued, held, failed or
 * waiting email keeps its row when it is finally sent; new rows appended in one block, statuses in
 * as few blocks as their rows allow.
 */
import type { OutreachLogRow } from '../../core/outreach/outreachLog';
import { OUTREACH_LOG_HEADERS } from '../../core/schema';
import { ensureSize, writeRows } from '../sheets';
import { writeRowRuns } from '../mail/cellWrites';

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

const STATUS_COLUMN = OUTREACH_LOG_HEADERS.indexOf('Status') + 1;

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

  constructor(
    private readonly sheet: Sheet,
    private nextRow: number,
    rows: readonly OutreachLogRow[],
  ) {
    // The last row of a key is the one that counts (an operator may have copied a row).
    for (const row of rows) if (row.key) this.rowOf.set(row.key, row);
  }

  /** The log's row for this key, as the run read it. */
  entry(key: string): OutreachLogRow | undefined {
    return this.rowOf.get(key);
  }

  /** Each line at its key's row when it has one, else appended in one block; returns each line's row. */
  putAll(lines: readonly OutreachLine[]): number[] {
    const rows = lines.map((line) => this.rowOf.get(line.key)?.row);
    const fresh = lines.filter((_, i) => rows[i] === undefined);
    const first = this.nextRow;
    if (fresh.length > 0) {
      ensureSize(this.sheet, first + fresh.length - 1, OUTREACH_LOG_HEADERS.length);
      writeRows(this.sheet, first, fresh.map(outreachLogRow));
      this.nextRow += fresh.length;
    }
    writeRowRuns(
      this.sheet,
      1,
      lines.flatMap((line, i) => {
        const row = rows[i];
        return row === undefined ? [] : [{ row, cells: outreachLogRow(line) }];
      }),
    );
    let next = first;
    return rows.map((row) => row ?? next++);
  }

  /** Status and Thread ID, side by side in the contract. */
  setStatuses(updates: readonly { row: number; status: string; threadId: string }[]): void {
    writeRowRuns(
      this.sheet,
      STATUS_COLUMN,
      updates.map(({ row, status, threadId }) => ({ row, cells: [status, threadId] })),
    );
  }
}
