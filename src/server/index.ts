/**
 * Every function Apps Script may call: simple triggers, menu items, sidebar calls and custom
 * functions. scripts/build.ts gives each export a top-level declaration in dist/Code.js with the
 * same parameters and JSDoc. Nothing else is reachable from Apps Script.
 */
import * as followUps from './followups/commands';
import * as formulas from './formulas';
import { runFollowUpsRecorded } from './followups/run';
import { switchReplyReadingFromMenu } from './mail/readingSwitch';
import { startOutreachFromMenu } from './outreach/menu';
import { buildMenu, fromMenu } from './menu';
import { cellsToCheck } from '../core/wording';
import { organizeSpreadsheet } from './organize';
import { organizeBeforeFollowUps } from './organizeInHourlyRun';
import { continuingNotice } from './organizeContinuation';
import { noteSourceEdit } from './sourceEdits';
import * as sidebar from './sidebar';
import type { SidebarRequest, SidebarResponse } from './api';

/** Builds the add-on menu; runs in any AuthMode. */
export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(SpreadsheetApp.getUi());
}

/** Runs on every edit a person makes: notes an edit of a tab Organize reads (sourceEdits.ts). */
export function onEdit(event?: GoogleAppsScript.Events.SheetsOnEdit): void {
  noteSourceEdit(event, Date.now());
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
  fromMenu('Organize sheets', () => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const summary = organizeSpreadsheet(spreadsheet, new Date());
    if (summary.continuing) {
      spreadsheet.toast(continuingNotice(summary.continuing.text), 'Creator Ops: organizing', 10);
      return;
    }
    const counts = summary.tabs.map((t) => `${t.name}: ${t.rows}`).join(', ');
    const issues = summary.issueCount ? ` ${cellsToCheck(summary.issueCount)} in Import issues.` : '';
    const notices = summary.warnings.map((warning) => ` ${warning}`).join('');
    spreadsheet.toast(`${counts}.${issues}${notices}`, 'Creator Ops: organized', 10);
  });
}

export function previewSources(): SidebarResponse<'previewSources'> {
  return sidebar.previewSources();
}

export function saveSourceMapping(request: SidebarRequest<'saveSourceMapping'>): SidebarResponse<'saveSourceMapping'> {
  return sidebar.saveSourceMapping(request);
}

export function runOrganize(): SidebarResponse<'runOrganize'> {
  return sidebar.runOrganize();
}

export function organizeProgress(): SidebarResponse<'organizeProgress'> {
  return sidebar.organizeProgress();
}

export function autoOrganizeStatus(): SidebarResponse<'autoOrganizeStatus'> {
  return sidebar.autoOrganizeStatus();
}

export function setAutoOrganize(request: SidebarRequest<'setAutoOrganize'>): SidebarResponse<'setAutoOrganize'> {
  return sidebar.setAutoOrganize(request);
}

export function selectCell(request: SidebarRequest<'selectCell'>): SidebarResponse<'selectCell'> {
  return sidebar.selectCell(request);
}

export function todayLists(): SidebarResponse<'todayLists'> {
  return sidebar.todayLists();
}

export function decideFollowUp(request: SidebarRequest<'decideFollowUp'>): SidebarResponse<'decideFollowUp'> {
  return sidebar.decideFollowUp(request);
}

export function setFollowUpsOn(request: SidebarRequest<'setFollowUpsOn'>): SidebarResponse<'setFollowUpsOn'> {
  return sidebar.setFollowUpsOn(request);
}

export function setReplyReading(request: SidebarRequest<'setReplyReading'>): SidebarResponse<'setReplyReading'> {
  return sidebar.setReplyReading(request);
}

export function markAnswer(request: SidebarRequest<'markAnswer'>): SidebarResponse<'markAnswer'> {
  return sidebar.markAnswer(request);
}

export function saveFollowUpSettings(
  request: SidebarRequest<'saveFollowUpSettings'>,
): SidebarResponse<'saveFollowUpSettings'> {
  return sidebar.saveFollowUpSettings(request);
}

export function profitSummary(request: SidebarRequest<'profitSummary'>): SidebarResponse<'profitSummary'> {
  return sidebar.profitSummary(request);
}

export function insertDashboard(): SidebarResponse<'insertDashboard'> {
  return sidebar.insertDashboard();
}

export function outreachOverview(request: SidebarRequest<'outreachOverview'>): SidebarResponse<'outreachOverview'> {
  return sidebar.outreachOverview(request);
}

export function previewEnrolment(request: SidebarRequest<'previewEnrolment'>): SidebarResponse<'previewEnrolment'> {
  return sidebar.previewEnrolment(request);
}

export function enrol(request: SidebarRequest<'enrol'>): SidebarResponse<'enrol'> {
  return sidebar.enrol(request);
}

export function rollWinnerForward(request: SidebarRequest<'rollWinnerForward'>): SidebarResponse<'rollWinnerForward'> {
  return sidebar.rollWinnerForward(request);
}

/** Menu: Start an outreach sequence (the first on the Sequences tab, after a confirmation with the counts). */
export function menuStartOutreach(): void {
  fromMenu('Start an outreach sequence', () => {
    const message = startOutreachFromMenu(SpreadsheetApp.getActiveSpreadsheet(), SpreadsheetApp.getUi(), new Date());
    if (message) SpreadsheetApp.getActiveSpreadsheet().toast(message, 'Creator Ops: outreach', 10);
  });
}

/**
 * The hourly follow-up trigger, and the one-off trigger that continues an Organize that reached its
 * time budget (an add-on holds one clock trigger per user per document: the two share it). Organize
 * comes first (organizeInHourlyRun.ts), follow-ups after. Add-on triggers email nobody when they
 * fail: the follow-up outcome goes to the Follow-up log and the status the sidebar shows.
 */
export function runFollowUps(_event?: GoogleAppsScript.Events.TimeDriven): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (!organizeBeforeFollowUps(spreadsheet, new Date())) return;
  runFollowUpsRecorded(spreadsheet, 'skip');
}

function followUpToast(message: string): void {
  SpreadsheetApp.getActiveSpreadsheet().toast(message, 'Creator Ops: follow-ups', 10);
}

/** Menu: Turn on follow-ups. */
export function menuFollowUpsOn(): void {
  fromMenu('Turn on follow-ups', () => {
    followUpToast(followUps.turnFollowUpsOn(SpreadsheetApp.getActiveSpreadsheet()));
  });
}

/** Menu: Turn off follow-ups. */
export function menuFollowUpsOff(): void {
  fromMenu('Turn off follow-ups', () => {
    followUpToast(followUps.turnFollowUpsOff(SpreadsheetApp.getActiveSpreadsheet()));
  });
}

/** Menu: Send due follow-ups now (the trigger's code path, on demand). */
export function menuSendFollowUps(): void {
  fromMenu('Send due follow-ups now', () => {
    followUpToast(followUps.sendFollowUpsNow(SpreadsheetApp.getActiveSpreadsheet()));
  });
}

/** Menu: Read replies and bounces (asks Google for the permission first). */
export function menuReadReplies(): void {
  fromMenu('Read replies and bounces', () => {
    followUpToast(switchReplyReadingFromMenu(SpreadsheetApp.getActiveSpreadsheet()));
  });
}

/** Menu: Approve queued follow-ups. */
export function menuApproveFollowUps(): void {
  fromMenu('Approve queued follow-ups', () => {
    const approved = followUps.approveQueuedFollowUps(SpreadsheetApp.getActiveSpreadsheet());
    followUpToast(
      approved ? `${approved} approved: they go out with the next run.` : 'Nothing is waiting for approval.',
    );
  });
}

export function followUpStatus(): SidebarResponse<'followUpStatus'> {
  return sidebar.followUpStatus();
}

export function previewFollowUps(): SidebarResponse<'previewFollowUps'> {
  return sidebar.previewFollowUps();
}

/**
 * Profit by creator for a period: orders, units, GMV, refunds, net revenue, commission, platform fees, COGS,
 * shipping, sample cost, other costs, net profit, margin and ROI; one row per creator by net profit, then Total.
 *
 * @param {Array<Array<*>>} orders The orders with their header row: the Orders tab (Orders!A:S) or a raw Seller Center orders or affiliate-orders export.
 * @param {Array<Array<*>>} samples Optional. The samples with their header row, like Samples!A:S; shipped in the period and not cancelled count.
 * @param {Array<Array<*>>} products Optional. SKU, Unit cost and TikTok SKU IDs, like Products!A:F, for COGS; leave out to see profit before product cost.
 * @param {Array<Array<*>>} costs Optional. Creator costs (retainers, fees, ad spend), like Costs!A:G.
 * @param {Date|string} start_date Optional. First day of the period (a date cell or 2026-03-01); blank for no start.
 * @param {Date|string} end_date Optional. Last day of the period, included; blank for no end.
 * @param {Array<Array<*>>} settings Optional. The Settings tab (Settings!A:B): report currency, FX rates and platform fee % by region; without it nothing is converted and blank platform fees count as 0.
 * @return {Array<Array<*>>} The profit table: a header row, one row per creator, then Total.
 * @customfunction
 */
export function PROFIT_BY_CREATOR(
  orders: unknown,
  samples: unknown,
  products: unknown,
  costs: unknown,
  start_date: unknown,
  end_date: unknown,
  settings: unknown,
): (string | number)[][] {
  return formulas.profitTable('creator', {
    orders,
    samples,
    products,
    costs,
    startDate: start_date,
    endDate: end_date,
    settings,
  });
}

/**
 * Profit by campaign for a period, with the columns of PROFIT_BY_CREATOR; what names no campaign is under (unallocated).
 *
 * @param {Array<Array<*>>} orders The orders with their header row: the Orders tab (Orders!A:S) or a raw Seller Center orders or affiliate-orders export.
 * @param {Array<Array<*>>} samples Optional. The samples with their header row, like Samples!A:S; shipped in the period and not cancelled count.
 * @param {Array<Array<*>>} products Optional. SKU, Unit cost and TikTok SKU IDs, like Products!A:F, for COGS; leave out to see profit before product cost.
 * @param {Array<Array<*>>} costs Optional. Creator costs (retainers, fees, ad spend), like Costs!A:G.
 * @param {Date|string} start_date Optional. First day of the period (a date cell or 2026-03-01); blank for no start.
 * @param {Date|string} end_date Optional. Last day of the period, included; blank for no end.
 * @param {Array<Array<*>>} settings Optional. The Settings tab (Settings!A:B): report currency, FX rates and platform fee % by region; without it nothing is converted and blank platform fees count as 0.
 * @return {Array<Array<*>>} The profit table: a header row, one row per campaign, then Total.
 * @customfunction
 */
export function PROFIT_BY_CAMPAIGN(
  orders: unknown,
  samples: unknown,
  products: unknown,
  costs: unknown,
  start_date: unknown,
  end_date: unknown,
  settings: unknown,
): (string | number)[][] {
  return formulas.profitTable('campaign', {
    orders,
    samples,
    products,
    costs,
    startDate: start_date,
    endDate: end_date,
    settings,
  });
}

/**
 * Profit by SKU for a period, with the columns of PROFIT_BY_CREATOR; creator costs, which name no SKU, are under (unallocated).
 *
 * @param {Array<Array<*>>} orders The orders with their header row: the Orders tab (Orders!A:S) or a raw Seller Center orders or affiliate-orders export.
 * @param {Array<Array<*>>} samples Optional. The samples with their header row, like Samples!A:S; shipped in the period and not cancelled count.
 * @param {Array<Array<*>>} products Optional. SKU, Unit cost and TikTok SKU IDs, like Products!A:F, for COGS; leave out to see profit before product cost.
 * @param {Array<Array<*>>} costs Optional. Creator costs (retainers, fees, ad spend), like Costs!A:G.
 * @param {Date|string} start_date Optional. First day of the period (a date cell or 2026-03-01); blank for no start.
 * @param {Date|string} end_date Optional. Last day of the period, included; blank for no end.
 * @param {Array<Array<*>>} settings Optional. The Settings tab (Settings!A:B): report currency, FX rates and platform fee % by region; without it nothing is converted and blank platform fees count as 0.
 * @return {Array<Array<*>>} The profit table: a header row, one row per SKU, then Total.
 * @customfunction
 */
export function PROFIT_BY_SKU(
  orders: unknown,
  samples: unknown,
  products: unknown,
  costs: unknown,
  start_date: unknown,
  end_date: unknown,
  settings: unknown,
): (string | number)[][] {
  return formulas.profitTable('sku', {
    orders,
    samples,
    products,
    costs,
    startDate: start_date,
    endDate: end_date,
    settings,
  });
}

/**
 * Net profit of one creator for a period: net revenue less commission, platform fees, COGS, shipping, sample cost and other costs.
 *
 * @param {string} handle The creator's TikTok handle, like @jane.doe or a profile link.
 * @param {Array<Array<*>>} orders The orders with their header row: the Orders tab (Orders!A:S) or a raw Seller Center orders or affiliate-orders export.
 * @param {Array<Array<*>>} samples Optional. The samples with their header row, like Samples!A:S; shipped in the period and not cancelled count.
 * @param {Array<Array<*>>} products Optional. SKU, Unit cost and TikTok SKU IDs, like Products!A:F, for COGS; leave out to see profit before product cost.
 * @param {Array<Array<*>>} costs Optional. Creator costs (retainers, fees, ad spend), like Costs!A:G.
 * @param {Date|string} start_date Optional. First day of the period (a date cell or 2026-03-01); blank for no start.
 * @param {Date|string} end_date Optional. Last day of the period, included; blank for no end.
 * @param {Array<Array<*>>} settings Optional. The Settings tab (Settings!A:B): report currency, FX rates and platform fee % by region; without it nothing is converted and blank platform fees count as 0.
 * @return {number} The creator's net profit in the report currency; 0 without activity in the period.
 * @customfunction
 */
export function CREATOR_PROFIT(
  handle: unknown,
  orders: unknown,
  samples: unknown,
  products: unknown,
  costs: unknown,
  start_date: unknown,
  end_date: unknown,
  settings: unknown,
): number {
  return formulas.oneCreatorProfit(handle, {
    orders,
    samples,
    products,
    costs,
    startDate: start_date,
    endDate: end_date,
    settings,
  });
}

/**
 * One figure of one creator for a period: any column of PROFIT_BY_CREATOR, by its header.
 *
 * @param {string} handle The creator's TikTok handle, like @jane.doe or a profile link.
 * @param {string} metric A column of PROFIT_BY_CREATOR: Orders, Units, GMV, Refunds, Net revenue, Commission, Platform fees, COGS, Shipping, Sample cost, Other costs, Net profit, Margin or ROI.
 * @param {Array<Array<*>>} orders The orders with their header row: the Orders tab (Orders!A:S) or a raw Seller Center orders or affiliate-orders export.
 * @param {Array<Array<*>>} samples Optional. The samples with their header row, like Samples!A:S; shipped in the period and not cancelled count.
 * @param {Array<Array<*>>} products Optional. SKU, Unit cost and TikTok SKU IDs, like Products!A:F, for COGS; leave out to see profit before product cost.
 * @param {Array<Array<*>>} costs Optional. Creator costs (retainers, fees, ad spend), like Costs!A:G.
 * @param {Date|string} start_date Optional. First day of the period (a date cell or 2026-03-01); blank for no start.
 * @param {Date|string} end_date Optional. Last day of the period, included; blank for no end.
 * @param {Array<Array<*>>} settings Optional. The Settings tab (Settings!A:B): report currency, FX rates and platform fee % by region; without it nothing is converted and blank platform fees count as 0.
 * @return {number|string} The figure; Margin and ROI are fractions, blank where undefined.
 * @customfunction
 */
export function CREATOR_METRIC(
  handle: unknown,
  metric: unknown,
  orders: unknown,
  samples: unknown,
  products: unknown,
  costs: unknown,
  start_date: unknown,
  end_date: unknown,
  settings: unknown,
): number | string {
  return formulas.oneCreatorMetric(handle, metric, {
    orders,
    samples,
    products,
    costs,
    startDate: start_date,
    endDate: end_date,
    settings,
  });
}

/**
 * A next step per creator, beside the PROFIT_BY_CREATOR table: Pause, Send more samples, Retainer candidate,
 * Raise commission, Watch or Keep, each with its reason, by the Decision rows of Settings.
 *
 * @param {Array<Array<*>>} profit_table The PROFIT_BY_CREATOR table from its header row down, like A25:O.
 * @param {Array<Array<*>>} samples The samples with their header row, like Samples!A:S: samples sent, posts and missed deadlines.
 * @param {Array<Array<*>>} settings Optional. The Settings tab (Settings!A:B) with the Decision thresholds.
 * @return {Array<Array<string>>} A Decision header, then one decision per row of the table, blank for rows that are no creator.
 * @customfunction
 */
export function CREATOR_DECISION(profit_table: unknown, samples: unknown, settings: unknown): string[][] {
  return formulas.creatorDecisions(profit_table, samples, settings);
}

/**
 * Outreach A/B results per sequence, step and variant: contacted, replied, reply rate, became active, samples,
 * posted, GMV and net profit since first contact, net profit per contact, and the verdict.
 *
 * @param {Array<Array<*>>} outreach_log The Outreach log with its header row, like 'Outreach log'!A:J.
 * @param {Array<Array<*>>} creators The Creators tab with its header row, like Creators!A:Q: Status and earlier handles.
 * @param {Array<Array<*>>} orders Optional. The orders with their header row, like Orders!A:S; without them the verdict is on reply rate.
 * @param {Array<Array<*>>} samples Optional. The samples with their header row, like Samples!A:S: samples, posts and sample cost.
 * @param {Array<Array<*>>} products Optional. SKU, Unit cost and TikTok SKU IDs, like Products!A:F, for COGS.
 * @param {Array<Array<*>>} costs Optional. Creator costs (retainers, fees, ad spend), like Costs!A:G.
 * @param {Array<Array<*>>} settings Optional. The Settings tab (Settings!A:B): the Outreach guard (minimum detectable lift, power, significance), report currency and FX rates.
 * @return {Array<Array<*>>} A header row, then one row per sequence, step and variant.
 * @customfunction
 */
export function OUTREACH_RESULTS(
  outreach_log: unknown,
  creators: unknown,
  orders: unknown,
  samples: unknown,
  products: unknown,
  costs: unknown,
  settings: unknown,
): (string | number)[][] {
  return formulas.outreachTable({ outreachLog: outreach_log, creators, orders, samples, products, costs, settings });
}

/** Menu: Insert profit dashboard. */
export function menuInsertProfitDashboard(): void {
  fromMenu('Insert profit dashboard', () => {
    const { message } = sidebar.insertDashboard();
    SpreadsheetApp.getActiveSpreadsheet().toast(message, 'Creator Ops: Profit dashboard', 10);
  });
}
