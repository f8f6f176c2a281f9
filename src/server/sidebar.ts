/**
 * The sidebar and the server calls it makes (their types are in api.ts). Every one of them can be
 * called from the browser through google.script.run, so each request is checked against its schema
 * first; a problem comes back as an error whose message the sidebar shows as it is.
 */
import { detectSources } from '../core/organize';
import type {
  AutoOrganizeStatus,
  DetectionSummary,
  EnrolmentPreview,
  OutreachOverview,
  FollowUpPreview,
  FollowUpStatus,
  Notice,
  OrganizeProgress,
  OrganizeSummary,
  ProfitSummary,
  TodayLists,
} from './api';
import { parseRequest } from './api';
import * as followUps from './followups/commands';
import { decideQueuedFollowUp } from './followups/queue';
import { saveFollowUpSettings as saveSettingsRows } from './followups/settings';
import { insertProfitDashboard } from './dashboard';
import { withDocumentLock } from './lock';
import { loadMappings, saveMapping, withHeaders } from './mappings';
import { describeDetection, organizeSpreadsheet, readWorkbook } from './organize';
import { profitSummary as summarizeProfit } from './profitSummary';
import { currentProgress } from './progress';
import { autoOrganizeStatus as readAutoOrganize, setAutoOrganize as saveAutoOrganize } from './autoOrganize';
import { selectCell as select } from './selection';
import { todayLists as listToday } from './today';
import { markThreadAnswer } from './mail/markAnswer';
import type { ReadingSwitched } from './mail/readingSwitch';
import { switchReplyReading } from './mail/readingSwitch';
import * as enrolment from './outreach/enrol';
import * as outreach from './outreach/overview';

const active = () => SpreadsheetApp.getActiveSpreadsheet();

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Creator Ops');
  SpreadsheetApp.getUi().showSidebar(html);
}

/** What Organize would read from each tab, with any saved overrides applied. */
export function previewSources(): DetectionSummary[] {
  const saved = loadMappings(PropertiesService.getDocumentProperties());
  const { sources } = readWorkbook(active());
  const values = new Map(sources.map((s) => [s.name, s.values]));
  return detectSources(sources, saved).map((d) => describeDetection(d, values.get(d.tab) ?? []));
}

/** Saves the operator's correction of what a tab holds and which column is which. */
export function saveSourceMapping(input: unknown): DetectionSummary[] {
  const { tab, mapping } = parseRequest('saveSourceMapping', input);
  const sheet = active().getSheetByName(tab);
  if (!sheet) throw new Error(`There is no tab named "${tab}".`);
  // The headers the operator chose among: a column added after this is new, one left "not used" is not.
  const headerRow =
    mapping.headerRow < sheet.getLastRow()
      ? sheet.getRange(mapping.headerRow + 1, 1, 1, Math.max(1, sheet.getLastColumn())).getValues()[0]
      : [];
  saveMapping(PropertiesService.getDocumentProperties(), tab, withHeaders(mapping, headerRow));
  return previewSources();
}

export function runOrganize(): OrganizeSummary {
  return organizeSpreadsheet(active(), new Date());
}

export function organizeProgress(): OrganizeProgress | null {
  return currentProgress();
}

export function autoOrganizeStatus(): AutoOrganizeStatus {
  return readAutoOrganize(active());
}

export function setAutoOrganize(input: unknown): AutoOrganizeStatus {
  const { on } = parseRequest('setAutoOrganize', input);
  return saveAutoOrganize(active(), on);
}

export function selectCell(input: unknown): Notice {
  return select(active(), parseRequest('selectCell', input));
}

export function todayLists(): TodayLists {
  return listToday(active(), new Date());
}

export function decideFollowUp(input: unknown): TodayLists {
  const { key, decision } = parseRequest('decideFollowUp', input);
  decideQueuedFollowUp(active(), key, decision);
  return todayLists();
}

export function followUpStatus(): FollowUpStatus {
  return followUps.followUpStatus(active());
}

export function previewFollowUps(): FollowUpPreview {
  return followUps.previewFollowUps(active(), new Date());
}

export function setFollowUpsOn(input: unknown): Notice {
  const { on } = parseRequest('setFollowUpsOn', input);
  return { message: on ? followUps.turnFollowUpsOn(active()) : followUps.turnFollowUpsOff(active()) };
}

export function setReplyReading(input: unknown): ReadingSwitched {
  return switchReplyReading(active(), parseRequest('setReplyReading', input).on);
}

export function markAnswer(input: unknown): TodayLists {
  const { threadId, answer } = parseRequest('markAnswer', input);
  markThreadAnswer(active(), threadId, answer);
  return todayLists();
}

export function saveFollowUpSettings(input: unknown): FollowUpStatus {
  saveSettingsRows(active(), parseRequest('saveFollowUpSettings', input));
  return followUpStatus();
}

export function profitSummary(input: unknown): ProfitSummary {
  return summarizeProfit(active(), parseRequest('profitSummary', input), new Date());
}

/** Inserts the Profit tab or refreshes it (the menu item and the Profit panel). */
export function insertDashboard(): Notice {
  withDocumentLock('Inserting the profit dashboard', () => insertProfitDashboard(active(), new Date()));
  return { message: 'The Profit tab is ready. Set the period in B2 and B3; every table, chart and decision follows.' };
}

export function outreachOverview(input: unknown): OutreachOverview {
  return outreach.outreachOverview(active(), parseRequest('outreachOverview', input).sequence, new Date());
}

export function previewEnrolment(input: unknown): EnrolmentPreview {
  return enrolment.previewEnrolment(active(), parseRequest('previewEnrolment', input).sequence, new Date());
}

/** Enrols the sequence's reach (creating the outreach tabs with defaults on first use). */
export function enrol(input: unknown): OutreachOverview & Notice {
  const { sequence } = parseRequest('enrol', input);
  const done = enrolment.enrol(active(), sequence, new Date());
  return { message: done.message, ...outreach.outreachOverview(active(), done.preview.sequence, new Date()) };
}

export function rollWinnerForward(input: unknown): OutreachOverview & Notice {
  const { sequence, step } = parseRequest('rollWinnerForward', input);
  const message = outreach.rollWinnerForward(active(), sequence, step);
  return { message, ...outreach.outreachOverview(active(), sequence, new Date()) };
}
