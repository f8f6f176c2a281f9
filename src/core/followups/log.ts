/**
 * The Follow-up log: one row per message, keyed by the message key, never by row number. Its
 * Status says where the message is; details follow a colon ('failed: Service unavailable').
 *
 * A key in the log is never sent again, whatever its status, with two exceptions: `approved` (the
 * operator's go-ahead for a queued message) and `held` (a problem found before any attempt to
 * send, such as a missing address; the message goes out once it is fixed).
 */
import { headerColumn } from '../aliases';
import { FOLLOWUP_LOG_HEADERS, FOLLOWUP_LOG_TAB } from '../schema';
import { cleanText } from '../values';

export const LOG_STATUS = {
  awaiting: 'awaiting approval',
  approved: 'approved',
  sending: 'sending',
  sent: 'sent',
  failed: 'failed',
  /** A problem found before any attempt to send (no address, Do not contact): it goes once fixed. */
  held: 'held',
  /** Not sent for now (the daily limit or Gmail's): the next run sends it. */
  waiting: 'waiting',
  /** What the first release wrote for `held`. */
  error: 'error',
  expired: 'expired',
  /** The operator turned a queued message down: it is never sent. */
  skipped: 'skipped',
} as const;

export type LogColumn = (typeof FOLLOWUP_LOG_HEADERS)[number];

/** Columns a log row cannot be read without. */
const REQUIRED: readonly LogColumn[] = ['Status', 'Key'];

/**
 * The 0-based column of each header, found by header (an operator may insert, move or add columns);
 * -1 for an optional one the tab lacks. A tab without a Key or Status column cannot be read.
 */
export function logColumns(header: readonly unknown[]): Record<LogColumn, number> {
  const columns = Object.fromEntries(FOLLOWUP_LOG_HEADERS.map((name) => [name, headerColumn(header, name)])) as Record<
    LogColumn,
    number
  >;
  const missing = REQUIRED.find((name) => columns[name] < 0);
  if (missing)
    throw new Error(
      `the ${FOLLOWUP_LOG_TAB} tab has no ${missing} column: its first row must name ${FOLLOWUP_LOG_HEADERS.join(', ')}`,
    );
  return columns;
}

export interface LogEntry {
  /** 1-based sheet row. */
  row: number;
  key: string;
  /** The status word, lower case: 'sent', 'awaiting approval', ... */
  state: string;
  status: string;
}

export interface FollowUpLog {
  entries: Map<string, LogEntry>;
  /** Rows whose run stopped between writing `sending` and the send: they may or may not have gone out. */
  unconfirmed: LogEntry[];
  /** The first row after the last non-blank one. */
  nextRow: number;
}

export function statusWord(status: string): string {
  return cleanText(status).split(':')[0].trim().toLowerCase();
}

const RETRYABLE: ReadonlySet<string> = new Set([
  LOG_STATUS.approved,
  LOG_STATUS.held,
  LOG_STATUS.waiting,
  LOG_STATUS.error,
]);

/** An entry the run may act on again; any other entry holds its key for good. */
export function isOpen(entry: LogEntry): boolean {
  return RETRYABLE.has(entry.state);
}

export function readLog(values: readonly unknown[][]): FollowUpLog {
  if (values.length === 0) return { entries: new Map(), unconfirmed: [], nextRow: 2 };
  const columns = logColumns(values[0]);
  const entries = new Map<string, LogEntry>();
  const unconfirmed: LogEntry[] = [];
  let lastFilled = 1;
  values.forEach((row, index) => {
    if (index === 0) return;
    if (row.some((cell) => cleanText(cell) !== '')) lastFilled = index + 1;
    const key = cleanText(row[columns.Key]);
    if (key === '') return;
    const status = cleanText(row[columns.Status]);
    const entry = { row: index + 1, key, state: statusWord(status), status };
    if (entry.state === LOG_STATUS.sending) unconfirmed.push(entry);
    // A pasted duplicate of a row must not reopen a key another row has closed.
    const earlier = entries.get(key);
    if (!earlier || (isOpen(earlier) && !isOpen(entry))) entries.set(key, entry);
  });
  return { entries, unconfirmed, nextRow: lastFilled + 1 };
}

export interface LogLine {
  time: Date;
  rule: string;
  handle: string;
  sampleId: string;
  to: string;
  subject: string;
  status: string;
  threadId: string;
  key: string;
}

/** A row in the contract's column order. */
export function logRow(line: LogLine): (string | Date)[] {
  return [
    line.time,
    line.rule,
    line.handle,
    line.sampleId,
    line.to,
    line.subject,
    line.status,
    line.threadId,
    line.key,
  ];
}
