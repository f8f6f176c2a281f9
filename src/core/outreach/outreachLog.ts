/**
 * The Outreach log as a range argument (`Time, Sequence, Step, Variant, Handle, To, Subject,
 * Status, Thread ID, Key`; first row the header, columns found by header): one row per email.
 * Its Status words are `sending`, `sent`, `replied`, `bounced`, `opted out`, `failed`, `awaiting
 * approval`, `approved` (typed by the operator in review mode), `held`, `waiting`, `skipped`;
 * details may follow a colon (`failed: Service unavailable`).
 */
import { headerColumn } from '../aliases';
import { statusWord } from '../followups/log';
import { OUTREACH_LOG_HEADERS } from '../schema';
import { cleanText, normalizeHandle, parseDate, parseInteger } from '../values';

export const OUTREACH_STATUS = {
  sending: 'sending',
  sent: 'sent',
  replied: 'replied',
  bounced: 'bounced',
  optedOut: 'opted out',
  failed: 'failed',
  awaiting: 'awaiting approval',
  approved: 'approved',
  held: 'held',
  waiting: 'waiting',
  skipped: 'skipped',
} as const;

export interface OutreachLogRow {
  /** 1-based row of the range. */
  row: number;
  /** ms since the epoch; NaN when blank. */
  time: number;
  sequence: string;
  step: number;
  /** Upper case; '' for a step with one template. */
  variant: string;
  handle: string;
  /** The status word, lower case. */
  status: string;
  threadId: string;
  /** The add-on's key of the email (`outreach|<sequence>|<handle>|<step>`). */
  key: string;
}

type Column = (typeof OUTREACH_LOG_HEADERS)[number];
const REQUIRED: readonly Column[] = ['Time', 'Sequence', 'Step', 'Handle', 'Status'];

function columnsOf(header: readonly unknown[]): Record<Column, number> {
  const found = {} as Record<Column, number>;
  for (const column of OUTREACH_LOG_HEADERS) {
    found[column] = headerColumn(header, column);
    if (found[column] < 0 && REQUIRED.includes(column))
      throw new Error(
        `The outreach_log range has no ${column} column. Its first row must be the header row: ${OUTREACH_LOG_HEADERS.join(', ')}.`,
      );
  }
  return found;
}

/** Every non-blank row; a Step, Handle or Time that cannot be read is an error naming its row. */
export function readOutreachLog(values: readonly unknown[][], timeZone: string): OutreachLogRow[] {
  const c = columnsOf(values[0] ?? []);
  const cell = (row: readonly unknown[], column: Column) => (c[column] < 0 ? '' : row[c[column]]);
  const rows: OutreachLogRow[] = [];
  values.slice(1).forEach((cells, i) => {
    const row = i + 2;
    const sequence = cleanText(cell(cells, 'Sequence'));
    if (sequence === '' && cleanText(cell(cells, 'Handle')) === '') return;
    const fail = (column: Column, problem: string) =>
      new Error(`Cannot read row ${row} of the outreach_log range, column ${column}: ${problem}`);
    const step = parseInteger(cell(cells, 'Step'));
    if (step.value === null || step.value < 1) throw fail('Step', step.problem ?? 'it is empty: write the step number');
    const handle = normalizeHandle(cell(cells, 'Handle'));
    if (handle.value === null) throw fail('Handle', handle.problem ?? 'it is empty: write the creator handle');
    const time = parseDate(cell(cells, 'Time'), { timeZone });
    if (time.problem) throw fail('Time', time.problem);
    rows.push({
      row,
      time: time.value?.getTime() ?? NaN,
      sequence,
      step: step.value,
      variant: cleanText(cell(cells, 'Variant')).toUpperCase(),
      handle: handle.value,
      status: statusWord(cleanText(cell(cells, 'Status'))),
      threadId: cleanText(cell(cells, 'Thread ID')),
      key: cleanText(cell(cells, 'Key')),
    });
  });
  return rows;
}

/** The last `sent` email to each handle, in any sequence: enrolment's recent-contact check. */
export function lastSentByHandle(rows: readonly OutreachLogRow[]): Map<string, Date> {
  const last = new Map<string, Date>();
  for (const { status, time, handle } of rows) {
    if (status !== OUTREACH_STATUS.sent || time !== time) continue;
    if ((last.get(handle)?.getTime() ?? -Infinity) < time) last.set(handle, new Date(time));
  }
  return last;
}
