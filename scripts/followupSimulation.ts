/**
 * Follow-up automation played forward in the local runtime: the built add-on's hourly trigger
 * fired once an hour on the fake clock, exactly as Apps Script would, and what it sent and
 * queued read back from the runtime's outbox and the workbook's Follow-up log.
 */
import { normalizeHeader } from '../src/core/aliases';
import { LOG_STATUS, statusWord } from '../src/core/followups/log';
import { FOLLOWUP_LOG_HEADERS, FOLLOWUP_LOG_TAB, SETTINGS_TAB } from '../src/core/schema';
import { instantToWallClock } from '../src/core/values';
import type { Runtime, SentMail } from './runtime';
import type { CellValue } from './runtime/workbook';
import { valuesOf } from './runtime/workbook';
import { addOn, ownedTabOf } from './addOn';

const HOUR_MS = 3_600_000;
const TRIGGER_HANDLER = 'runFollowUps';

export interface SimulatedMessage {
  /** Local time in the workbook's zone, with its UTC offset. */
  time: string;
  to: string;
  subject: string;
  /** The rules it carries, joined with ' + ' (one email may carry news of several samples). */
  rule: string;
  key: string;
  handle: string;
  sample: string;
}

export interface SimulatedEmail extends SimulatedMessage {
  body: string;
  /** The Gmail conversation it went in. */
  threadId: string;
  /** Every log key it carries. */
  keys: string[];
}

export interface HeldMessage {
  rule: string;
  handle: string;
  sample: string;
  problem: string;
}

export interface SimulationResult {
  sent: SimulatedEmail[];
  /** With the email the operator is asked to approve. */
  queued: (SimulatedMessage & { body: string })[];
  held: HeldMessage[];
  /** Sent mail with no `sent` log row (or the reverse): always empty unless something is broken. */
  unmatched: string[];
}

export interface SimulationOptions {
  from: Date;
  days: number;
  mode?: 'send' | 'review';
}

/** ISO 8601 with the zone's offset: '2026-03-02T09:00:00-08:00'. */
export function localIso(instant: Date, timeZone: string): string {
  const w = instantToWallClock(instant, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  const offset = Math.round(
    (Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(instant.getTime() / 1000) * 1000) /
      60_000,
  );
  const sign = offset < 0 ? '-' : '+';
  const offsetText = `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${offsetText}`;
}

/** Types a Settings value into its row, as the operator would. */
export function setSetting(runtime: Runtime, name: string, value: CellValue): void {
  const row = ownedTabOf(runtime.workbook, SETTINGS_TAB)?.rows.find(
    (r) => normalizeHeader(r[0]?.value) === normalizeHeader(name),
  );
  if (!row) throw new Error(`The Settings tab has no "${name}" row`);
  row[1] = { value };
}

interface LogRow {
  time: Date;
  rule: string;
  handle: string;
  sample: string;
  to: string;
  subject: string;
  status: string;
  threadId: string;
  key: string;
}

function logRows(runtime: Runtime): LogRow[] {
  const sheet = ownedTabOf(runtime.workbook, FOLLOWUP_LOG_TAB);
  if (!sheet) return [];
  const column = (header: (typeof FOLLOWUP_LOG_HEADERS)[number]) => FOLLOWUP_LOG_HEADERS.indexOf(header);
  return valuesOf(sheet)
    .slice(1)
    .map((row) => ({
      time: row[column('Time')] as Date,
      rule: String(row[column('Rule')]),
      handle: String(row[column('Handle')]),
      sample: String(row[column('Sample ID')]),
      to: String(row[column('To')]),
      subject: String(row[column('Subject')]),
      status: String(row[column('Status')]),
      threadId: String(row[column('Thread ID')]),
      key: String(row[column('Key')]),
    }))
    .filter((row) => row.key !== '');
}

/** Pairs each email with the log rows it carried: same recipient, subject, thread and minute. */
function matchSent(
  mail: readonly SentMail[],
  rows: readonly LogRow[],
  timeZone: string,
): Pick<SimulationResult, 'sent' | 'unmatched'> {
  let open = rows.filter((row) => statusWord(row.status) === LOG_STATUS.sent);
  const sent: SimulatedEmail[] = [];
  const unmatched: string[] = [];
  for (const email of mail) {
    const carried = open.filter(
      (row) =>
        row.to === email.to &&
        row.subject === email.subject &&
        row.threadId === (email.threadId ?? '') &&
        Math.abs(row.time.getTime() - email.time.getTime()) < 60_000,
    );
    if (carried.length === 0) {
      unmatched.push(`email to ${email.to} "${email.subject}" has no sent row in the log`);
      continue;
    }
    open = open.filter((row) => !carried.includes(row));
    const join = (pick: (row: LogRow) => string) => [...new Set(carried.map(pick))].join(' + ');
    sent.push({
      time: localIso(email.time, timeZone),
      to: email.to,
      subject: email.subject,
      rule: join((row) => row.rule),
      key: carried[0].key,
      keys: carried.map((row) => row.key),
      handle: carried[0].handle,
      sample: carried.map((row) => row.sample).join(', '),
      threadId: email.threadId ?? '',
      body: email.body.replace(/\r\n/g, '\n'),
    });
  }
  for (const row of open) unmatched.push(`log row ${row.key} says sent but no email went out in this simulation`);
  return { sent, unmatched };
}

/**
 * Turns follow-ups on (idempotent) and fires the hourly trigger from `from` for `days` days.
 * Only what happens during this simulation is reported; earlier log rows are left out.
 */
export function simulateFollowUps(runtime: Runtime, options: SimulationOptions): SimulationResult {
  runtime.clock.set(options.from);
  addOn(runtime).menuFollowUpsOn();
  if (options.mode) setSetting(runtime, 'Follow-up mode', options.mode);
  const trigger = runtime.triggers.find((t) => t.handler === TRIGGER_HANDLER && t.owner === runtime.userEmail);
  if (!trigger) throw new Error('Turning follow-ups on installed no trigger');
  const keysBefore = new Set(logRows(runtime).map((row) => `${row.key}\u0001${row.status}`));
  const mailBefore = runtime.outbox.length;
  // The email of each message queued for approval, read from the preview while it waits.
  const queuedBodies = new Map<string, string>();
  let logLength = logRows(runtime).length;
  for (let hour = 0; hour < options.days * 24; hour++) {
    runtime.clock.set(new Date(options.from.getTime() + hour * HOUR_MS));
    runtime.fireTrigger(trigger);
    const length = logRows(runtime).length;
    if (length === logLength) continue;
    logLength = length;
    for (const item of addOn(runtime).previewFollowUps().items)
      if (item.action === 'await' && !queuedBodies.has(item.key)) queuedBodies.set(item.key, item.body);
  }
  const timeZone = runtime.workbook.timeZone;
  const rows = logRows(runtime).filter((row) => !keysBefore.has(`${row.key}\u0001${row.status}`));
  const toMessage = (row: LogRow): SimulatedMessage => ({
    time: localIso(row.time, timeZone),
    to: row.to,
    subject: row.subject,
    rule: row.rule,
    key: row.key,
    handle: row.handle,
    sample: row.sample,
  });
  return {
    ...matchSent(runtime.outbox.slice(mailBefore), rows, timeZone),
    queued: rows
      .filter((row) => statusWord(row.status) === LOG_STATUS.awaiting)
      .map((row) => ({ ...toMessage(row), body: queuedBodies.get(row.key) ?? '' })),
    held: rows
      .filter((row) => [LOG_STATUS.held, LOG_STATUS.error].includes(statusWord(row.status) as 'held'))
      .map((row) => ({
        rule: row.rule,
        handle: row.handle,
        sample: row.sample,
        problem: row.status.replace(/^(held|error):\s*/, ''),
      })),
  };
}
