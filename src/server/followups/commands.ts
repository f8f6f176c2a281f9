/**
 * What the operator does with follow-ups from the menu or the sidebar: turn them on or off, send
 * now, approve what is queued, see the last run and a preview. Results cross google.script.run,
 * so they hold strings and numbers only.
 */
import { LOG_COLUMN, LOG_STATUS, statusWord } from '../../core/followups/log';
import { formatSendWindow, isInSendWindow } from '../../core/followups/window';
import { FOLLOWUP_LOG_TAB } from '../../core/schema';
import type { FollowUpState } from './tabs';
import { ensureFollowUpTabs, readFollowUpSettings, readFollowUpState } from './tabs';
import { followUpsAreOn, installFollowUpTrigger, removeFollowUpTriggers } from './triggers';
import { planFromTabs, runFollowUpsRecorded } from './run';
import type { FollowUpPreview, FollowUpStatus, HeldItem, PreviewItem, RunReport } from '../api';
import { loadRunReport } from './status';
import { withDocumentLock } from '../lock';
import { findOwnedSheet } from '../ownership';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const PREVIEW_LIMIT = 200;

export function turnFollowUpsOn(spreadsheet: Spreadsheet): string {
  ensureFollowUpTabs(spreadsheet);
  const installed = installFollowUpTrigger(spreadsheet);
  const { mode, window } = readFollowUpSettings(spreadsheet, { create: false }).followUps;
  const how = mode === 'review' ? 'due messages wait in the Follow-up log for your approval' : 'due messages are sent';
  return `${installed ? 'Follow-ups are on' : 'Follow-ups were already on'}: every hour between ${formatSendWindow(window)}, ${how}.`;
}

export function turnFollowUpsOff(spreadsheet: Spreadsheet): string {
  return removeFollowUpTriggers(spreadsheet) > 0
    ? 'Follow-ups are off: nothing more is sent.'
    : 'Follow-ups were already off.';
}

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
      `${report.waiting} waiting for the next run (${report.outcome === 'stopped at the mail quota' ? 'daily mail quota used up' : 'time limit reached'})`,
    report.unconfirmed.length &&
      `${report.unconfirmed.length} left at "sending" by an interrupted run: check your Sent mail`,
  ];
  return `${parts.filter(Boolean).join(', ')}.`;
}

export function sendFollowUpsNow(spreadsheet: Spreadsheet): string {
  return describeRun(runFollowUpsRecorded(spreadsheet, 'wait'));
}

/** Marks every `awaiting approval` message approved, in one write of the Status column; the next run sends them. */
export function approveQueuedFollowUps(spreadsheet: Spreadsheet): number {
  return withDocumentLock('Approving follow-ups', () => {
    const sheet = findOwnedSheet(spreadsheet, FOLLOWUP_LOG_TAB);
    const rows = sheet ? sheet.getLastRow() - 1 : 0;
    if (!sheet || rows < 1) return 0;
    const range = sheet.getRange(2, LOG_COLUMN.Status, rows, 1);
    const statuses: unknown[][] = range.getValues();
    let approved = 0;
    const next = statuses.map(([status]) => {
      if (statusWord(String(status)) !== LOG_STATUS.awaiting) return [status];
      approved++;
      return [LOG_STATUS.approved];
    });
    if (approved > 0) range.setValues(next);
    return approved;
  });
}

export function followUpStatus(spreadsheet: Spreadsheet): FollowUpStatus {
  const { mode, window, senderName } = readFollowUpSettings(spreadsheet, { create: false }).followUps;
  const lastRun = loadRunReport();
  return {
    on: followUpsAreOn(spreadsheet),
    mode,
    window: formatSendWindow(window),
    senderName,
    lastRun,
    lastRunText: lastRun && describeRun(lastRun),
  };
}

/** What a run would do now, without writing or sending anything. */
export function previewFollowUps(spreadsheet: Spreadsheet, now: Date): FollowUpPreview {
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const settings = readFollowUpSettings(spreadsheet, { create: false }).followUps;
  const state = readFollowUpState(spreadsheet, timeZone, { create: false });
  const actions = planFromTabs(state, settings, timeZone, now);
  const items = actions.slice(0, PREVIEW_LIMIT).map((action): PreviewItem => {
    if (action.kind === 'expire') {
      const { key } = action.entry;
      const [rule, sampleId] = key.split('|');
      return {
        action: action.kind,
        key,
        rule,
        handle: '',
        sampleId,
        to: '',
        subject: '',
        body: '',
        day: '',
        problems: [],
      };
    }
    const { message, context, mail } = action;
    return {
      action: action.kind,
      key: message.key,
      rule: message.rule,
      handle: context.sample.handle ?? '',
      sampleId: message.sampleId,
      to: mail.to,
      subject: mail.subject,
      body: mail.body,
      day: message.day,
      problems: mail.problems,
    };
  });
  const planned = new Set(items.map((item) => item.key));
  return {
    windowOpen: isInSendWindow(now, timeZone, settings.window),
    total: actions.length,
    items,
    held: heldInLog(state).filter((item) => !planned.has(item.key)),
    logTab: state.logSheet?.getName() ?? FOLLOWUP_LOG_TAB,
  };
}

/** Log rows held with a problem (`error`) or whose send failed: they wait for the operator. */
function heldInLog(state: FollowUpState): HeldItem[] {
  const handles = new Map(state.contexts.map((context) => [context.sample.sampleId, context.sample.handle ?? '']));
  const held: HeldItem[] = [];
  for (const entry of state.log.entries.values()) {
    if (entry.state !== LOG_STATUS.error && entry.state !== LOG_STATUS.failed) continue;
    const [rule, sampleId = ''] = entry.key.split('|');
    const reason = entry.state === LOG_STATUS.error ? entry.status.replace(/^error:\s*/i, '') : entry.status;
    held.push({ key: entry.key, rule, handle: handles.get(sampleId) ?? '', sampleId, reason, row: entry.row });
    if (held.length >= PREVIEW_LIMIT) break;
  }
  return held;
}
