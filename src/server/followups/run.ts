/**
 * A follow-up run: the hourly trigger and "Send due follow-ups now" both come here.
 *
 * Under the document lock: read the tabs once, check what came back in the add-on's threads (when
 * reading replies is on), plan, write what is queued or held, then send what is cleared as paced
 * emails through the mail sender (at most once, in batches, within the time budget and the daily
 * limit), then outreach's due steps with what is left of the limit. What is left waits for the next run.
 */
import { senderName, singleAddress } from '../../core/followups/mailHeaders';
import type { FollowUpEmail } from '../../core/followups/emails';
import { followUpEmails } from '../../core/followups/emails';
import { LOG_STATUS, logRow } from '../../core/followups/log';
import type { Action, Planned } from '../../core/followups/plan';
import { planFollowUps, sampleTopic } from '../../core/followups/plan';
import { isInSendWindow } from '../../core/followups/window';
import type { Settings } from '../../core/settings';
import { dayKey } from '../../core/values';
import type { FollowUpState } from './tabs';
import { followUpLogSheet, memoryTab, readFollowUpSettings, readFollowUpState } from './tabs';
import { AddOnTabs } from '../addOnTabs';
import type { SampleFill } from './writes';
import { LogWriter, SampleFills } from './writes';
import type { RunReport } from '../api';
import { newReport, saveRunReport, loadRunReport } from './status';
import { unlessDocumentLocked } from '../lock';
import type { Outcome, Outgoing, Sender } from '../mail/sender';
import { errorText, MailSender, remainingToday } from '../mail/sender';
import { MemoryWriter } from '../mail/memoryWriter';
import { CreatorMail } from '../mail/creatorMail';
import { CREATORS } from '../../core/schema';
import { checkAnswers } from '../mail/answers';
import { runOutreach } from '../outreach/send';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Leaves a margin under Apps Script's 6-minute limit for the last batch and the final writes. */
export const TIME_BUDGET_MS = 4.5 * 60 * 1000;
const RETRY_HINT = ' (set Status to approved to try again)';
const EXPIRED = `${LOG_STATUS.expired}: no longer due (posted, cancelled, rescheduled or past its days)`;

/** The From name is the operator's setting; replies go to the operator the run works for. */
function senderOf(settings: Settings, operatorEmail: string): Sender {
  const operator = singleAddress(operatorEmail);
  const address = 'address' in operator ? operator.address : '';
  return { address, name: senderName(settings.followUps.senderName), ...(address ? { replyTo: address } : {}) };
}

/** Queued, held and expired messages: nothing is sent, so they are written first, new rows in one batch. */
function recordUnsent(actions: readonly Action[], log: LogWriter, report: RunReport, now: Date): SampleFill[] {
  const lines: { row?: number; cells: (string | Date)[] }[] = [];
  const expired: { row: number; status: string }[] = [];
  const fills: SampleFill[] = [];
  for (const action of actions) {
    if (action.kind === 'expire') {
      expired.push({ row: action.entry.row, status: EXPIRED });
      report.expired++;
      continue;
    }
    if (action.kind === 'send' || action.kind === 'await') continue;
    const status = action.kind === 'queue' ? LOG_STATUS.awaiting : action.status;
    lines.push({ row: action.logRow, cells: LogWriter.line(action, status, now) });
    if (action.kind === 'queue') {
      report.queued++;
      fills.push(...fillsOf(action));
    } else report.held++;
  }
  log.putAll(lines);
  log.setStatuses(expired);
  return fills;
}

/** A message stating a due date fixes it once logged (queued or sent); a brief marks Brief sent. */
function fillsOf(planned: Planned, today?: string): SampleFill[] {
  const fills: SampleFill[] = [];
  const fill = planned.message.fill;
  if (fill) fills.push({ context: planned.context, header: fill.header, day: fill.day });
  if (today && planned.message.rule === 'Brief')
    fills.push({ context: planned.context, header: 'Brief sent', day: today });
  return fills;
}

type FollowUpOutgoing = Outgoing & { email: FollowUpEmail };

function outgoing(email: FollowUpEmail): FollowUpOutgoing {
  const first = email.parts[0];
  return {
    email,
    to: email.to,
    subject: email.subject,
    body: email.body,
    handle: first.context.sample.handle ?? '',
    rule: first.message.rule,
    nudge: email.nudge,
    keys: email.parts.map((part) => ({ key: part.message.key, topic: sampleTopic(part.message.sampleId) })),
    thread: email.thread,
  };
}

function statusOf(outcome: Outcome): string {
  if (outcome.kind === 'sent') return LOG_STATUS.sent;
  if (outcome.kind === 'failed') return `${LOG_STATUS.failed}: ${outcome.error}${RETRY_HINT}`;
  return `${LOG_STATUS.waiting}: ${outcome.reason}; the next run sends it`;
}

/** The log rows, Samples cells and Creators mail status that follow each batch of sends. */
function sendHooks(log: LogWriter, fills: SampleFills, creatorMail: CreatorMail, today: string) {
  let rows: number[][] = [];
  return {
    marked(batch: readonly FollowUpOutgoing[], time: Date) {
      const lines = batch.flatMap(({ email }) =>
        email.parts.map((part) => ({
          row: part.logRow,
          cells: LogWriter.line(part, LOG_STATUS.sending, time, email.subject),
        })),
      );
      const written = log.putAll(lines);
      let next = 0;
      rows = batch.map(({ email }) => email.parts.map(() => written[next++]));
    },
    finished(batch: readonly FollowUpOutgoing[], outcomes: readonly Outcome[], time: Date) {
      log.setStatuses(
        batch.flatMap((_, i) => {
          const outcome = outcomes[i];
          const threadId = outcome.kind === 'sent' ? outcome.threadId : '';
          return rows[i].map((row) => ({ row, status: statusOf(outcome), threadId }));
        }),
      );
      const sent = batch.filter((_, i) => outcomes[i].kind === 'sent');
      fills.fillAll(sent.flatMap(({ email }) => email.parts.flatMap((part) => fillsOf(part, today))));
      creatorMail.update(
        sent
          .filter(({ email }) => email.parts[0].message.recipient === 'creator')
          .map(({ handle }) => ({ handle, mailStatus: 'sent' as const, lastEmail: time })),
      );
    },
  };
}

/** What is due now, from what the tabs hold and what the log says was already done. */
export function planFromTabs(state: FollowUpState, settings: Settings, timeZone: string, now: Date): Action[] {
  return planFollowUps({
    contexts: state.contexts,
    log: state.log,
    memory: state.memory,
    doNotContact: state.doNotContact,
    settings: settings.followUps,
    templates: state.templates,
    timeZone,
    today: dayKey(now, timeZone),
    operatorEmail: Session.getEffectiveUser().getEmail(),
  });
}

/** The run's emails: what was cleared to send, paced per recipient. */
export function pacedFromPlan(
  actions: readonly Action[],
  state: FollowUpState,
  settings: Settings,
  timeZone: string,
  now: Date,
) {
  const sends = actions.filter((a): a is Extract<Action, { kind: 'send' }> => a.kind === 'send');
  return followUpEmails(sends, state.memory, settings.mail.cadence, dayKey(now, timeZone), timeZone);
}

function run(spreadsheet: Spreadsheet, startedAt: number): RunReport {
  const now = new Date(startedAt);
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const tabs = new AddOnTabs(spreadsheet);
  const settings = readFollowUpSettings(tabs, { create: true });
  if (!isInSendWindow(now, timeZone, settings.followUps.window))
    return { ...newReport(now), outcome: 'outside send window' };
  const state = readFollowUpState(tabs, timeZone, { create: true });
  const today = dayKey(now, timeZone);
  const report = newReport(now, state.log.unconfirmed);
  const operatorEmail = Session.getEffectiveUser().getEmail();
  const memory = new MemoryWriter(state.memorySheet ?? memoryTab(tabs).sheet, state.memory);
  const creatorMail = new CreatorMail(tabs.sheet(CREATORS.name));
  if (settings.mail.readReplies)
    Object.assign(report, checkAnswers(spreadsheet, memory, creatorMail, state, operatorEmail, now));

  const actions = planFromTabs(state, settings, timeZone, now);
  const log = new LogWriter(state.logSheet ?? followUpLogSheet(tabs), state.log.nextRow);
  const fills = new SampleFills(state.samplesSheet, state.samplesColumns, timeZone);
  fills.fillAll(recordUnsent(actions, log, report, now));
  const paced = pacedFromPlan(actions, state, settings, timeZone, now);
  report.deferred = paced.deferred.length;

  const sender = new MailSender(memory, senderOf(settings, operatorEmail), startedAt + TIME_BUDGET_MS);
  const summary = sender.send(
    paced.emails.map(outgoing),
    remainingToday(state.memory, settings.mail.dailyLimit, now),
    sendHooks(log, fills, creatorMail, today),
  );
  report.sent = summary.sent;
  report.failed = summary.failed;
  report.waiting = summary.waiting;
  if (summary.stop) report.outcome = summary.stop;

  // Outreach gets what the follow-ups left of the daily limit, and nothing once they were stopped.
  const outreach = runOutreach(spreadsheet, {
    tabs,
    creatorMail,
    memory,
    sender,
    allowance: summary.stop ? 0 : remainingToday(state.memory, settings.mail.dailyLimit, now),
    doNotContact: state.doNotContact,
    now,
  });
  if (outreach) report.outreach = outreach.report;
  if (outreach?.stop && !summary.stop) report.outcome = outreach.stop;
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
      const sheet = followUpLogSheet(new AddOnTabs(spreadsheet));
      const blank = { rule: '(run)', handle: '', sampleId: '', to: '', subject: '', threadId: '', key: '' };
      new LogWriter(sheet, sheet.getLastRow() + 1).append([logRow({ ...blank, time: new Date(startedAt), status })]);
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
