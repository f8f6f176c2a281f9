/** Writes the add-on's send memory: new keys appended in one block, known keys updated in place. */
import type { Enrolment, MemoryState, SendDetail, SendMemory, ThreadState } from '../../core/mail/memory';
import { enrolmentKey, enrolmentRow, memoryRow, remember, rememberThread, threadRow } from '../../core/mail/memory';
import { ensureSize } from '../sheets';
import type { RowWrite } from './cellWrites';
import { writeRowRuns } from './cellWrites';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface MemoryEntry {
  key: string;
  state: MemoryState;
  /** The email's detail, or for a failure the error. */
  detail: SendDetail | string;
}

export class MemoryWriter {
  constructor(
    private readonly sheet: Sheet,
    readonly memory: SendMemory,
  ) {}

  private rowFor(key: string): number {
    return this.memory.keys.get(key)?.row ?? this.memory.nextRow++;
  }

  record(entries: readonly MemoryEntry[], time: Date): void {
    const writes: RowWrite[] = entries.map(({ key, state, detail }) => {
      const row = this.rowFor(key);
      remember(this.memory, { key, state, row, time, detail: typeof detail === 'string' ? undefined : detail });
      return { row, cells: memoryRow(key, state, time, detail) };
    });
    this.write(writes);
  }

  recordThreads(threads: readonly { threadId: string; state: ThreadState; detail: string }[], time: Date): void {
    const writes: RowWrite[] = threads.map(({ threadId, state, detail }) => {
      const row = this.memory.threadRows.get(threadId)?.row ?? this.memory.nextRow++;
      rememberThread(this.memory, threadId, state, row);
      return { row, cells: threadRow(threadId, state, time, detail) };
    });
    this.write(writes);
  }

  /** New enrolments and ended ones, each in its own row (`enrol|<sequence>|<handle>`). */
  recordEnrolments(enrolments: readonly Omit<Enrolment, 'row'>[], time: Date): void {
    const writes: RowWrite[] = enrolments.map((enrolment) => {
      const key = enrolmentKey(enrolment.sequence, enrolment.handle);
      const row = this.memory.enrolments.get(key)?.row ?? this.memory.nextRow++;
      this.memory.enrolments.set(key, { ...enrolment, row });
      return { row, cells: enrolmentRow(enrolment, time) };
    });
    this.write(writes);
  }

  private write(writes: readonly RowWrite[]): void {
    if (writes.length === 0) return;
    // Room for this write and the next few hundred, so the tab grows in few steps.
    if (this.memory.nextRow > this.sheet.getMaxRows()) ensureSize(this.sheet, this.memory.nextRow + 500, 4);
    writeRowRuns(this.sheet, 1, writes);
  }
}
