/**
 * The Extensions → Creator Ops menu. onOpen may run in AuthMode.NONE, where nothing but building
 * the menu is allowed, so it does exactly that.
 */
import { errorMessage } from '../core/errors';
import type { EntryPointName } from './entryPoints';
import { replyReadingAvailable } from './mail/replyReading';

export const MENU_ITEMS: readonly (readonly [string, EntryPointName])[] = [
  ['Open sidebar', 'showSidebar'],
  ['Organize sheets', 'menuOrganize'],
  ['Insert profit dashboard', 'menuInsertProfitDashboard'],
  ['Turn on follow-ups', 'menuFollowUpsOn'],
  ['Turn off follow-ups', 'menuFollowUpsOff'],
  ['Send due follow-ups now', 'menuSendFollowUps'],
  ['Approve queued follow-ups', 'menuApproveFollowUps'],
  ['Start an outreach sequence', 'menuStartOutreach'],
];

/** Only in the copy of the add-on that may read replies (dist-reading). */
export const READING_MENU_ITEM: readonly [string, EntryPointName] = ['Read replies and bounces', 'menuReadReplies'];

export function buildMenu(ui: GoogleAppsScript.Base.Ui): void {
  const menu = ui.createAddonMenu();
  const items = replyReadingAvailable() ? [...MENU_ITEMS, READING_MENU_ITEM] : MENU_ITEMS;
  for (const [label, handler] of items) menu.addItem(label, handler);
  menu.addToUi();
}

/**
 * Runs a menu item, showing what went wrong in words the operator can act on: their own problem
 * says what to fix, a busy spreadsheet says to wait, anything else is named as the add-on's fault.
 */
export function fromMenu(title: string, work: () => void): void {
  try {
    work();
  } catch (error) {
    const ui = SpreadsheetApp.getUi();
    ui.alert(`Creator Ops: ${title}`, errorMessage(error), ui.ButtonSet.OK);
  }
}
