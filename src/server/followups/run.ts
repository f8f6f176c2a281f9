/**
 * A follow-up run: the hourly trigger and "Send due follow-ups now" both come here.
 *
 * At most once: each message's key is written to the log as `sending` and flushed before
 * MailApp is called, and marked `sent` (or `failed`) right after, one message at a time; a key
 * already in the log is never sent again. The run holds the document lock, checks the mail quota
 * before each send and stops well before Apps Script's 6 minutes; what is left waits for the next run.
 */
import { senderName, singleAddress } from '../../core/followups/mailHeaders';
import { LOG_STATUS } from '../../core/followups/log';
import { MEMORY_STATE } from '../../core/followups/memory';
import type { Action, Planned } from '../../core/followups/plan';
import { planFollowUps } from '../../core/followups/plan';
import { isInSendWindow } from '../../core/followups/window';
import { FOLLOWUP_LOG_HEADERS } from '../../core/schema';
import type { FollowUpSettings } from '../../core/settings';
import { dayKey } from '../../core/values';
import type { FollowUpState } from './tabs';
import { followUpLogSheet, memoryTab, readFollowUpSettings, readFollowUpState } from './tabs';
import { LogWriter, MemoryWriter, SampleFills } from './writes';
import type { RunReport } from '../api';
import { newReport, saveRunReport, loadRunReport } from './status';
import { unlessDocumentLocked } from '../lock';
import { ensureSize } from '../sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Leaves a margin under Apps Script's 6-minute limit for the last send and the final writes. */
export const TIME_BUDGET_MS = 4.5 * 60 * 1000;
const ERROR_TEXT_LIMIT = 500;
const RETRY_HINT = ' (set Status to approved to try again)';
const EXPIRED = `${LOG_STATUS.expired}: no longer due (posted, cancelled, rescheduled or past its days)`;

interface Sender {
  name?: string;
  replyTo?: string;
}

/** Reply-to is the operator the run works for (the trigger's owner). */
function senderOf(settings: FollowUpSettings, operatorEmail: string): Sender {
  const operator = singleAddress(operatorEmail);
  const name = senderName(settings.senderName);
  return { ...(name ? { name } : {}), ...('address' in operator ? { replyTo: operator.address } : {}) };
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > ERROR_TEXT_LIMIT ? `${text.slice(0, ERROR_TEXT_LIMIT)}…` : text;
}

/** Queued, held and expired messages: nothing is sent, so they are written first, new rows in one batch. */
function recordUnsent(
  actions: readonly Action[],
  log: LogWriter,
  fills: SampleFills,
  report: RunReport,
  now: Date,
): void {
  const fresh: (string | Date)[][] = [];
  const freshQueued: Planned[] = [];
  for (const action of actions) {
    if (action.kind === 'expire') {
      log.setStatus(action.entry.row, EXPIRED);
      report.expired++;
      continue;
    }
    if (action.kind === 'send') continue;
    const status = action.kind === 'queue' ? LOG_STATUS.awaiting : action.status;
    const line = LogWriter.line(action, status, now);
    if (action.logRow === undefined) fresh.push(line);
    else log.put(action.logRow, line);
    if (action.kind === 'queue') {
      report.queued++;
      freshQueued.push(action);
    } else report.held++;
  }
  log.append(fresh);
  for (const queued of freshQueued) fillOnLog(queued, fills);
}

/** A Delivered message fixes the due date it states once it is logged (queued or sent). */
function fillOnLog(planned: Planned, fills: SampleFills): void {
  const fill = planned.message.fill;
  if (fill) fills.fill(planned.context, fill.header, fill.day);
}

interface Writers {
  log: LogWriter;
  memory: MemoryWriter;
  fills: SampleFills;
}

function sendOne(planned: Planned, writers: Writers, sender: Sender, today: string): boolean {
  const { log, memory, fills } = writers;
  const key = planned.message.key;
  memory.record(key, MEMORY_STATE.sending);
  const row = log.put(planned.logRow, LogWriter.line(planned, LOG_STATUS.sending, new Date()));
  SpreadsheetApp.flush();
  const { to, subject, body } = planned.mail;
  try {
    MailApp.sendEmail({ to, subject, body, ...sender });
  } catch (error) {
    memory.record(key, MEMORY_STATE.failed, errorText(error));
    log.setStatus(row, `${LOG_STATUS.failed}: ${errorText(error)}${RETRY_HINT}`);
    return false;
  }
  memory.record(key, MEMORY_STATE.sent);
  log.setStatus(row, LOG_STATUS.sent);
  fillOnLog(planned, fills);
  if (planned.message.rule === 'Brief') fills.fill(planned.context, 'Brief sent', today);
  return true;
}

function sendAll(
  sends: readonly Planned[],
  writers: Writers,
  sender: Sender,
  today: string,
  deadline: number,
  report: RunReport,
): void {
  for (const [index, planned] of sends.entries()) {
    const stop =
      Date.now() >= deadline
        ? 'stopped at the time limit'
        : MailApp.getRemainingDailyQuota() < 1
          ? 'stopped at the mail quota'
          : undefined;
    if (stop) {
      report.outcome = stop;
      report.waiting = sends.length - index;
      return;
    }
    if (sendOne(planned, writers, sender, today)) report.sent++;
    else report.failed++;
  }
}

/** What is due now, from what the tabs hold and what the log says was already done. */
export function planFromTabs(state: FollowUpState, settings: FollowUpSettings, timeZone: string, now: Date): Action[] {
  return planFollowUps({
    contexts: state.contexts,
    log: state.log,
    memory: state.memory,
    settings,
    templates: state.templates,
    timeZone,
    today: dayKey(now, timeZone),
    operatorEmail: Session.getEffectiveUser().getEmail(),
  });
}

function run(spreadsheet: Spreadsheet, startedAt: number): RunReport {
  const now = new Date(startedAt);
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const settings = readFollowUpSettings(spreadsheet, { create: true }).followUps;
  if (!isInSendWindow(now, timeZone, settings.window)) return { ...newReport(now), outcome: 'outside send window' };
  const state = readFollowUpState(spreadsheet, timeZone, { create: true });
  const today = dayKey(now, timeZone);
  const report = newReport(now, state.log.unconfirmed);
  const operatorEmail = Session.getEffectiveUser().getEmail();
  const actions = planFromTabs(state, settings, timeZone, now);
  const logSheet = state.logSheet ?? followUpLogSheet(spreadsheet);
  // Room for every row this run may add, in one step rather than a row at a time.
  ensureSize(logSheet, state.log.nextRow + actions.length, FOLLOWUP_LOG_HEADERS.length);
  const log = new LogWriter(logSheet, state.log.nextRow);
  const fills = new SampleFills(state.samplesSheet, state.samplesHeader, timeZone);
  recordUnsent(actions, log, fills, report, now);
  SpreadsheetApp.flush();
  const sends = actions.filter((a): a is Extract<Action, { kind: 'send' }> => a.kind === 'send');
  const memory = new MemoryWriter(state.memorySheet ?? memoryTab(spreadsheet).sheet, state.memory);
  const writers = { log, memory, fills };
  sendAll(sends, writers, senderOf(settings, operatorEmail), today, startedAt + TIME_BUDGET_MS, report);
  return report;
}

/**
 * A failed run leaves its error in the status and, once per distinct error, as a log row, so an
 * hourly trigger failing the same way does not fill the log.
 */
function recordFailure(spreadsheet: Spreadsheet, error: unknown, startedAt: number): RunReport {
  const report: RunReport = { ...newReport(new Date(startedAt)), outcome: 'failed', error: errorText(error) };
  try {
    const repeated = loadRunReport()?.error === report.error;
    saveRunReport(report);
    if (!repeated) {
      const status = `${LOG_STATUS.failed}: the run stopped: ${report.error}`;
      followUpLogSheet(spreadsheet).appendRow([new Date(startedAt), '(run)', '', '', '', '', status, '', '']);
    }
  } catch {
    // Nowhere left to record it; the trigger must still end quietly.
  }
  return report;
}

const LOCK_WAIT_MS = { skip: 0, wait: 30 * 1000 };

/**
 * Runs follow-ups and records the outcome; never throws. When another run holds the lock it
 * returns undefined, at once for the hourly trigger (`skip`), after a while for the menu (`wait`).
 */
export function runFollowUpsRecorded(spreadsheet: Spreadsheet, lock: keyof typeof LOCK_WAIT_MS): RunReport | undefined {
  const startedAt = Date.now();
  try {
    const report = unlessDocumentLocked(() => run(spreadsheet, startedAt), LOCK_WAIT_MS[lock]);
    if (report) saveRunReport(report);
    return report;
  } catch (error) {
    return recordFailure(spreadsheet, error, startedAt);
  }
}
