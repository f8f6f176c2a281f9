/**
 * Every function Apps Script may call: simple triggers, menu items, sidebar calls and custom
 * functions. scripts/build.ts gives each export a top-level declaration in dist/Code.js with the
 * same parameters and JSDoc. Nothing else is reachable from Apps Script.
 */
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
