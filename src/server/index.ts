/**
 * Every function Apps Script may call: simple triggers, menu items, sidebar calls and custom
 * functions. scripts/build.ts gives each export a top-level declaration in dist/Code.js with the
 * same parameters and JSDoc. Nothing else is reachable from Apps Script.
 */
import * as followUps from './followupCommands';
import { runFollowUpsRecorded } from './followups';
import { buildMenu } from './menu';
import { organizeSpreadsheet } from './organize';
import * as sidebar from './sidebar';

/** Builds the add-on menu; runs in any AuthMode. */
export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(SpreadsheetApp.getUi());
}

/** Runs when the add-on is installed: the menu must appear without reopening the file. */
export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

export function showSidebar(): void {
  sidebar.showSidebar();
}

/** Menu: Organize sheets. */
export function menuOrganize(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const summary = organizeSpreadsheet(spreadsheet, new Date());
  const counts = summary.tabs.map((t) => `${t.name}: ${t.rows}`).join(', ');
  const issues = summary.issueCount ? ` ${summary.issueCount} rows need a look in Import issues.` : '';
  spreadsheet.toast(`${counts}.${issues}`, 'Creator Ops: organized', 10);
}

export function previewSources(): ReturnType<typeof sidebar.previewSources> {
  return sidebar.previewSources();
}

export function saveSourceMapping(input: unknown): ReturnType<typeof sidebar.saveSourceMapping> {
  return sidebar.saveSourceMapping(input);
}

export function runOrganize(): ReturnType<typeof sidebar.runOrganize> {
  return sidebar.runOrganize();
}

/**
 * The hourly follow-up trigger. Add-on triggers email nobody when they fail, so nothing is thrown:
 * the outcome goes to the Follow-up log and the status the sidebar shows.
 */
export function runFollowUps(_event?: GoogleAppsScript.Events.TimeDriven): void {
  runFollowUpsRecorded(SpreadsheetApp.getActiveSpreadsheet(), 'skip');
}

function followUpToast(message: string): void {
  SpreadsheetApp.getActiveSpreadsheet().toast(message, 'Creator Ops: follow-ups', 10);
}

/** Menu: Turn on follow-ups. */
export function menuFollowUpsOn(): void {
  followUpToast(followUps.turnFollowUpsOn(SpreadsheetApp.getActiveSpreadsheet()));
}

/** Menu: Turn off follow-ups. */
export function menuFollowUpsOff(): void {
  followUpToast(followUps.turnFollowUpsOff(SpreadsheetApp.getActiveSpreadsheet()));
}

/** Menu: Send due follow-ups now (the trigger's code path, on demand). */
export function menuSendFollowUps(): void {
  followUpToast(followUps.sendFollowUpsNow(SpreadsheetApp.getActiveSpreadsheet()));
}

/** Menu: Approve queued follow-ups. */
export function menuApproveFollowUps(): void {
  const approved = followUps.approveQueuedFollowUps(SpreadsheetApp.getActiveSpreadsheet());
  followUpToast(approved ? `${approved} approved: they go out with the next run.` : 'Nothing is waiting for approval.');
}

export function followUpStatus(): followUps.FollowUpStatus {
  return followUps.followUpStatus(SpreadsheetApp.getActiveSpreadsheet());
}

export function previewFollowUps(): followUps.FollowUpPreview {
  return followUps.previewFollowUps(SpreadsheetApp.getActiveSpreadsheet(), new Date());
}
