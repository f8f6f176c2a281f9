/**
 * The Follow-up log and Samples writes of a run: new log rows appended in one block, statuses of
 * a batch in as few blocks as its rows allow, and the Samples cells the rules fill (Due when
 * empty, Brief sent) after re-reading them, since an operator may have sorted or typed meanwhile.
 */
import type { SampleContext } from '../../core/followups/sampleContexts';
import { headerColumn } from '../../core/aliases';
import { logRow } from '../../core/followups/log';
import { FOLLOWUP_LOG_HEADERS } from '../../core/schema';
import type { Planned } from '../../core/followups/plan';
import type { ColumnPositions } from '../managedColumns';
import { cleanText, wallClockToInstant } from '../../core/values';
import { HeaderedTable } from '../headeredTable';
import type { CellWrite } from '../mail/cellWrites';
import { writeCellsByValue } from '../mail/cellWrites';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface StatusUpdate {
  row: number;
  status: string;
  threadId?: string;
}

/** Writes log rows from `nextRow` on, growing the tab as it goes. */
export class LogWriter {
  private readonly table: HeaderedTable;

  constructor(
    sheet: Sheet,
    private nextRow: number,
  ) {
    // Under the headers the log is read by: a column of the operator's keeps its cells.
    this.table = HeaderedTable.of(sheet, FOLLOWUP_LOG_HEADERS, headerColumn);
  }

  /** A planned message as a log row with this status. */
  static line(planned: Planned, status: string, time: Date, subject = planned.mail.subject): (string | Date)[] {
    const { message, context, mail } = planned;
    return logRow({
      time,
      rule: message.rule,
      handle: context.sample.handle ?? '',
      sampleId: message.sampleId,
      to: mail.to,
      subject,
      status,
      threadId: '',
      key: message.key,
    });
  }

  /** Appends rows in one write; returns the row of each. */
  append(rows: readonly (string | Date)[][]): number[] {
    const first = this.nextRow;
    if (rows.length === 0) return [];
    this.table.writeRows(first, rows);
    this.nextRow += rows.length;
    return rows.map((_, i) => first + i);
  }

  /** Each line at its own row when it has one, else appended (one block for all the new ones). */
  putAll(lines: readonly { row?: number; cells: (string | Date)[] }[]): number[] {
    const fresh = lines.filter((line) => line.row === undefined);
    const appended = this.append(fresh.map((line) => line.cells));
    this.table.write(lines.flatMap((line) => (line.row === undefined ? [] : [{ row: line.row, cells: line.cells }])));
    let next = 0;
    return lines.map((line) => line.row ?? appended[next++]);
  }

  /** Status and Thread ID, which sit side by side in the contract. */
  setStatuses(updates: readonly StatusUpdate[]): void {
    this.table.write(
      updates.map(({ row, status, threadId }) => ({ row, cells: [status, threadId ?? ''] })),
      ['Status', 'Thread ID'],
    );
  }
}

export type FillHeader = 'Due' | 'Brief sent';

export interface SampleFill {
  context: SampleContext;
  header: FillHeader;
  day: string;
}

/** Fills Samples cells the rules own, only where the row still holds that sample and the cell is empty. */
export class SampleFills {
  /** Header → 0-based sheet column, of the add-on's own Samples columns (by marker). */
  private readonly columns: Record<string, number>;

  constructor(
    private readonly sheet: Sheet | undefined,
    positions: ColumnPositions,
    private readonly timeZone: string,
  ) {
    this.columns = Object.fromEntries([...positions].map(([header, column]) => [header, column - 1]));
  }

  fillAll(fills: readonly SampleFill[]): void {
    const idColumn = this.columns['Sample ID'];
    if (!this.sheet || fills.length === 0 || idColumn === undefined) return;
    const used = [idColumn, ...fills.flatMap((fill) => this.columns[fill.header] ?? [])];
    const [first, last] = [Math.min(...used), Math.max(...used)];
    const rows = fills.map((fill) => fill.context.sample.source.row);
    const top = Math.min(...rows);
    const now = this.sheet.getRange(top, first + 1, Math.max(...rows) - top + 1, last - first + 1).getValues();
    const writes: CellWrite[] = [];
    for (const fill of fills) {
      const column = this.columns[fill.header];
      if (column === undefined) continue;
      const row = fill.context.sample.source.row;
      const cells = now[row - top];
      const stillThere = cleanText(cells[idColumn - first]) === cleanText(fill.context.fields['Sample ID']);
      if (!stillThere || cleanText(cells[column - first]) !== '') continue;
      const [year, month, day] = fill.day.split('-').map(Number);
      const value = wallClockToInstant({ year, month, day, hour: 0, minute: 0, second: 0 }, this.timeZone);
      writes.push({ row, column: column + 1, value });
    }
    writeCellsByValue(this.sheet, writes);
  }
}
