/**
 * What the operator does with follow-ups from the menu or the sidebar: turn them on or off, send
 * now, approve what is queued, see the last run and a preview. Results cross google.script.run,
 * so they hold strings and numbers only.
 */
import { LOG_STATUS, statusWord } from '../../core/followups/log';
import { formatSendWindow, isInSendWindow } from '../../core/followups/window';
import { FOLLOWUP_LOG_HEADERS, FOLLOWUP_LOG_TAB, OUTREACH_LOG_HEADERS, OUTREACH_LOG_TAB } from '../../core/schema';
import type { FollowUpState } from './tabs';
import { ensureFollowUpTabs, readFollowUpSettings, readFollowUpState } from './tabs';
import { followUpsAreOn, installFollowUpTrigger, removeFollowUpTriggers } from './triggers';
import type { FollowUpEmail } from '../../core/followups/emails';
import type { Planned } from '../../core/followups/plan';
import { remainingToday } from '../mail/sender';
import { readingState } from '../mail/readingSwitch';
import { pacedFromPlan, planFromTabs, runFollowUpsRecorded } from './run';
import type { FollowUpPreview, FollowUpStatus, HeldItem, OutreachRunReport, PreviewItem, RunReport } from '../api';
import { loadRunReport } from './status';
import { withDocumentLock } from '../lock';
import { findOwnedSheet } from '../ownership';
import { AddOnTabs } from '../addOnTabs';
import { outreachPreview } from '../outreach/preview';
import { OVER_DAILY_LIMIT } from '../../core/wording';
import { HeaderedTable } from '../headeredTable';
import { headerColumn } from '../../core/aliases';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const PREVIEW_LIMIT = 200;

export function turnFollowUpsOn(spreadsheet: Spreadsheet): string {
  const tabs = new AddOnTabs(spreadsheet);
  ensureFollowUpTabs(tabs);
  const installed = installFollowUpTrigger(spreadsheet);
  const { mode, window } = readFollowUpSettings(tabs, { create: false }).followUps;
  const how = mode === 'review' ? 'due messages wait in the Follow-up log for your approval' : 'due messages are sent';
  return `${installed ? 'Follow-ups are on' : 'Follow-ups were already on'}: every hour between ${formatSendWindow(window)}, ${how}.`;
}

export function turnFollowUpsOff(spreadsheet: Spreadsheet): string {
  return removeFollowUpTriggers(spreadsheet) > 0
    ? 'Follow-ups are off: nothing more is sent.'
    : 'Follow-ups were already off.';
}

const WAIT_REASON: Partial<Record<RunReport['outcome'], string>> = {
  'stopped at the daily limit': 'the daily limit in Settings is used up',
  'stopped at Gmail sending limit': "Gmail's sending limit for the account was reached",
};

export function describeRun(report: RunReport | undefined): string {
  if (!report) return 'Another follow-up run is in progress; it will finish the job.';
  if (report.outcome === 'failed') return `The run failed: ${report.error}`;
  if (report.outcome === 'outside send window') return 'Outside the send window (Settings): nothing was sent.';
  const parts = [
    `${report.sent} sent`,
    report.queued && `${report.queued} queued for approval`,
    report.held && `${report.held} held with a problem (see the Follow-up log)`,
    report.failed && `${report.failed} failed`,
    report.expired && `${report.expired} approved but no longer due`,
    report.waiting &&
      `${report.waiting} waiting for the next run (${WAIT_REASON[report.outcome] ?? 'time limit reached'})`,
    report.deferred && `${report.deferred} held back by the cadence (one email a day per creator, nudges spaced out)`,
    report.replies && `${report.replies} ${report.replies === 1 ? 'reply' : 'replies'} found`,
    report.bounces && `${report.bounces} bounced (moved to Do not contact)`,
    report.optOuts && `${report.optOuts} asked to stop (moved to Do not contact)`,
    report.unconfirmed.length &&
      `${report.unconfirmed.length} left at "sending" by an interrupted run: check your Sent mail`,
  ];
  return `${parts.filter(Boolean).join(', ')}.${report.outreach ? ` Outreach: ${describeOutreach(report.outreach)}` : ''}`;
}

function describeOutreach(outreach: OutreachRunReport): string {
  if (outreach.refused) return outreach.refused;
  const parts = [
    `${outreach.sent} sent`,
    outreach.queued && `${outreach.queued} queued for approval in the Outreach log`,
    outreach.held && `${outreach.held} held with a problem (see the Outreach log)`,
    outreach.failed && `${outreach.failed} failed`,
    outreach.waiting && `${outreach.waiting} waiting for the next run (daily limit, follow-ups first)`,
    outreach.deferred && `${outreach.deferred} held back by the cadence (one email a day per creator)`,
    outreach.ended && `${outreach.ended} ${outreach.ended === 1 ? 'sequence' : 'sequences'} ended`,
  ];
  const problems = outreach.problems.map((problem) => ` ${problem}`).join('');
  return `${parts.filter(Boolean).join(', ')}.${problems}`;
}

export function sendFollowUpsNow(spreadsheet: Spreadsheet): string {
  return describeRun(runFollowUpsRecorded(spreadsheet, 'wait'));
}

/** Marks every `awaiting approval` row of a log approved, in one write of its Status column (found by header). */
function approveAwaiting(sheet: GoogleAppsScript.Spreadsheet.Sheet | undefined, headers: readonly string[]): number {
  const rows = sheet ? sheet.getLastRow() - 1 : 0;
  if (!sheet || rows < 1) return 0;
  const range = sheet.getRange(2, HeaderedTable.of(sheet, headers, headerColumn).column('Status'), rows, 1);
  const statuses: unknown[][] = range.getValues();
  let approved = 0;
  const next = statuses.map(([status]) => {
    if (statusWord(String(status)) !== LOG_STATUS.awaiting) return [status];
    approved++;
    return [LOG_STATUS.approved];
  });
  if (approved > 0) range.setValues(next);
  return approved;
}

/** Approves what waits in the Follow-up log and the Outreach log; the next run sends it. */
export function approveQueuedFollowUps(spreadsheet: Spreadsheet): number {
  return withDocumentLock('Approving follow-ups', () => {
    return (
      approveAwaiting(findOwnedSheet(spreadsheet, FOLLOWUP_LOG_TAB), FOLLOWUP_LOG_HEADERS) +
      approveAwaiting(findOwnedSheet(spreadsheet, OUTREACH_LOG_TAB), OUTREACH_LOG_HEADERS)
    );
  });
}

export function followUpStatus(spreadsheet: Spreadsheet): FollowUpStatus {
  const settings = readFollowUpSettings(new AddOnTabs(spreadsheet), { create: false });
  const { mode, window, senderName } = settings.followUps;
  const lastRun = loadRunReport();
  return {
    on: followUpsAreOn(spreadsheet),
    replyReading: readingState(settings.mail.readReplies),
    mode,
    window: formatSendWindow(window),
    senderName,
    lastRun,
    lastRunText: lastRun && describeRun(lastRun),
  };
}

/** What a run would do now, each email in full, without writing or sending anything. */
export function previewFollowUps(spreadsheet: Spreadsheet, now: Date): FollowUpPreview {
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const tabs = new AddOnTabs(spreadsheet);
  const settings = readFollowUpSettings(tabs, { create: false });
  const state = readFollowUpState(tabs, timeZone, { create: false });
  const actions = planFromTabs(state, settings, timeZone, now);
  const paced = pacedFromPlan(actions, state, settings, timeZone, now);
  const allowance = remainingToday(state.memory, settings.mail.dailyLimit, now);
  const sent = paced.emails.slice(0, allowance);
  const items: PreviewItem[] = [
    ...paced.emails.map((email, i) => emailItem(email, i < allowance ? 'send' : 'wait')),
    ...paced.deferred.map(({ planned, reason }) => plannedItem(planned, 'defer', [reason])),
    ...actions.flatMap((action): PreviewItem[] => {
      if (action.kind === 'expire') return [expireItem(action.entry.key)];
      if (action.kind === 'send') return [];
      return [plannedItem(action, action.kind, action.kind === 'hold' ? [action.status] : [])];
    }),
    // The run's outreach goes after its follow-ups, with what they leave of the daily limit.
    ...outreachPreview(
      tabs,
      { memory: state.memory, doNotContact: state.doNotContact, sent, allowance: allowance - sent.length },
      now,
      timeZone,
    ),
  ];
  const planned = new Set(items.flatMap((item) => item.keys));
  return {
    windowOpen: isInSendWindow(now, timeZone, settings.followUps.window),
    total: items.length,
    items: items.slice(0, PREVIEW_LIMIT),
    held: heldInLog(state).filter((item) => !planned.has(item.key)),
    logTab: state.logSheet?.getName() ?? FOLLOWUP_LOG_TAB,
  };
}

function emailItem(email: FollowUpEmail, action: 'send' | 'wait'): PreviewItem {
  const keys = email.parts.map((part) => part.message.key);
  return {
    action,
    key: keys[0],
    keys,
    rule: [...new Set(email.parts.map((part) => part.message.rule))].join(' + '),
    handle: email.parts[0].context.sample.handle ?? '',
    sampleId: email.parts.map((part) => part.message.sampleId).join(', '),
    to: email.to,
    subject: email.subject,
    body: email.body,
    day: email.parts[0].message.day,
    threadId: email.thread?.threadId ?? '',
    problems: action === 'wait' ? [OVER_DAILY_LIMIT] : [],
  };
}

function plannedItem(planned: Planned, action: PreviewItem['action'], problems: string[]): PreviewItem {
  const { message, context, mail } = planned;
  return {
    action,
    key: message.key,
    keys: [message.key],
    rule: message.rule,
    handle: context.sample.handle ?? '',
    sampleId: message.sampleId,
    to: mail.to,
    subject: mail.subject,
    body: mail.body,
    day: message.day,
    threadId: '',
    problems,
  };
}

function expireItem(key: string): PreviewItem {
  const [rule, sampleId] = key.split('|');
  const blank = { handle: '', to: '', subject: '', body: '', day: '', threadId: '', problems: [] };
  return { action: 'expire', key, keys: [key], rule, sampleId, ...blank };
}

const isHeld = (state: string) => state === LOG_STATUS.held || state === LOG_STATUS.error;

/** Log rows held with a problem or whose send failed: they wait for the operator. */
function heldInLog(state: FollowUpState): HeldItem[] {
  const handles = new Map(state.contexts.map((context) => [context.sample.sampleId, context.sample.handle ?? '']));
  const held: HeldItem[] = [];
  for (const entry of state.log.entries.values()) {
    if (!isHeld(entry.state) && entry.state !== LOG_STATUS.failed) continue;
    const [rule, sampleId = ''] = entry.key.split('|');
    const reason = isHeld(entry.state) ? entry.status.replace(/^(held|error):\s*/i, '') : entry.status;
    held.push({ key: entry.key, rule, handle: handles.get(sampleId) ?? '', sampleId, reason, row: entry.row });
    if (held.length >= PREVIEW_LIMIT) break;
  }
  return held;
}
