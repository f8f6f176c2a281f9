/**
 * The writes of a follow-up run, each a single targeted range: log rows (one batch for what is
 * queued or held, one row per send), status cells, and the Samples cells the rules fill.
 */
import { toCellInput } from '../../core/cells';
import { mapHeaders } from '../../core/detect';
import type { SampleContext } from '../../core/followups/sampleContexts';
import { LOG_COLUMN, logRow } from '../../core/followups/log';
import type { MemoryState, SendMemory } from '../../core/followups/memory';
import { memoryRow } from '../../core/followups/memory';
import type { Planned } from '../../core/followups/plan';
import type { SheetValue } from '../../core/cells';
import { cleanText, wallClockToInstant } from '../../core/values';
import { writeRows } from '../sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Writes log rows from `nextRow` on; the caller makes room for them first (ensureSize). */
export class LogWriter {
  constructor(
    private readonly sheet: Sheet,
    private nextRow: number,
  ) {}

  /** A planned message as a log row with this status, at its own row or new ones. */
  static line(planned: Planned, status: string, time: Date): (string | Date)[] {
    const { message, context, mail } = planned;
    return logRow({
      time,
      rule: message.rule,
      handle: context.sample.handle ?? '',
      sampleId: message.sampleId,
      to: mail.to,
      subject: mail.subject,
      status,
      key: message.key,
    });
  }

  /** Appends rows in one write; returns the row of each. */
  append(rows: readonly (string | Date)[][]): number[] {
    const first = this.nextRow;
    writeRows(this.sheet, first, rows);
    this.nextRow += rows.length;
    return rows.map((_, i) => first + i);
  }

  /** Writes the row at `row`, or appends it when there is none yet; returns its row. */
  put(row: number | undefined, cells: (string | Date)[]): number {
    if (row === undefined) return this.append([cells])[0];
    writeRows(this.sheet, row, [cells]);
    return row;
  }

  setStatus(row: number, status: string): void {
    this.sheet.getRange(row, LOG_COLUMN.Status).setValue(toCellInput(status));
  }
}

/** Records each send attempt in the add-on's memory tab: one row per key, updated in place. */
export class MemoryWriter {
  constructor(
    private readonly sheet: Sheet,
    private readonly memory: SendMemory,
  ) {}

  record(key: string, state: MemoryState, detail = ''): void {
    const known = this.memory.keys.get(key);
    const row = known?.row ?? this.memory.nextRow++;
    if (row > this.sheet.getMaxRows())
      this.sheet.insertRowsAfter(this.sheet.getMaxRows(), row - this.sheet.getMaxRows() + 100);
    writeRows(this.sheet, row, [memoryRow(key, state, new Date(), detail)]);
    this.memory.keys.set(key, { key, state, row });
  }
}

/**
 * Fills Samples cells the rules own (Due when empty, Brief sent). The row is re-read first: an
 * operator may have sorted the tab or typed into the cell since the run read it.
 */
export class SampleFills {
  private readonly columns: Record<string, number>;

  constructor(
    private readonly sheet: Sheet | undefined,
    header: readonly SheetValue[],
    private readonly timeZone: string,
  ) {
    this.columns = mapHeaders('samples', header);
  }

  fill(context: SampleContext, header: 'Due' | 'Brief sent', day: string): void {
    const column = this.columns[header];
    const idColumn = this.columns['Sample ID'];
    if (!this.sheet || column === undefined || idColumn === undefined) return;
    const row = context.sample.source.row;
    const cells = this.sheet.getRange(row, 1, 1, Math.max(column, idColumn) + 1).getValues()[0];
    if (cleanText(cells[idColumn]) !== cleanText(context.fields['Sample ID']) || cleanText(cells[column]) !== '')
      return;
    const [year, month, date] = day.split('-').map(Number);
    this.sheet
      .getRange(row, column + 1)
      .setValue(wallClockToInstant({ year, month, day: date, hour: 0, minute: 0, second: 0 }, this.timeZone));
  }
}
