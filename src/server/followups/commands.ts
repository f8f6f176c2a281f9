/**
 * What the operator does with follow-ups from the menu or the sidebar: turn them on or off, send
 * now, approve what is queued, see the last run and a preview. Results cross google.script.run,
 * so they hold strings and numbers only.
 */
import { LOG_COLUMN, LOG_STATUS, statusWord } from '../../core/followups/log';
import { formatSendWindow, isInSendWindow } from '../../core/followups/window';
import { FOLLOWUP_LOG_TAB } from '../../core/schema';
import { ensureFollowUpTabs, readFollowUpSettings, readFollowUpState } from './tabs';
import { followUpsAreOn, installFollowUpTrigger, removeFollowUpTriggers } from './triggers';
import { planFromTabs, runFollowUpsRecorded } from './run';
import type { RunReport } from './status';
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

export interface FollowUpStatus {
  on: boolean;
  mode: string;
  window: string;
  lastRun?: RunReport;
  lastRunText?: string;
}

export function followUpStatus(spreadsheet: Spreadsheet): FollowUpStatus {
  const { mode, window } = readFollowUpSettings(spreadsheet, { create: false }).followUps;
  const lastRun = loadRunReport();
  return {
    on: followUpsAreOn(spreadsheet),
    mode,
    window: formatSendWindow(window),
    lastRun,
    lastRunText: lastRun && describeRun(lastRun),
  };
}

export interface PreviewItem {
  action: 'send' | 'queue' | 'hold' | 'expire';
  rule: string;
  handle: string;
  sampleId: string;
  to: string;
  subject: string;
  /** First day it may go out, 'YYYY-MM-DD'. */
  day: string;
  problems: string[];
}

export interface FollowUpPreview {
  windowOpen: boolean;
  total: number;
  items: PreviewItem[];
}

/** What a run would do now, without writing or sending anything. */
export function previewFollowUps(spreadsheet: Spreadsheet, now: Date): FollowUpPreview {
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const settings = readFollowUpSettings(spreadsheet, { create: false }).followUps;
  const state = readFollowUpState(spreadsheet, timeZone, { create: false });
  const actions = planFromTabs(state, settings, timeZone, now);
  const items = actions.slice(0, PREVIEW_LIMIT).map((action): PreviewItem => {
    if (action.kind === 'expire') {
      const [rule, sampleId] = action.entry.key.split('|');
      return { action: action.kind, rule, handle: '', sampleId, to: '', subject: '', day: '', problems: [] };
    }
    const { message, context, mail } = action;
    return {
      action: action.kind,
      rule: message.rule,
      handle: context.sample.handle ?? '',
      sampleId: message.sampleId,
      to: mail.to,
      subject: mail.subject,
      day: message.day,
      problems: mail.problems,
    };
  });
  return { windowOpen: isInSendWindow(now, timeZone, settings.window), total: actions.length, items };
}
