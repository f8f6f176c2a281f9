/**
 * The Extensions → Creator Ops menu. onOpen may run in AuthMode.NONE, where nothing but building
 * the menu is allowed, so it does exactly that.
 */
import type { EntryPointName } from './entryPoints';

export const MENU_ITEMS: readonly (readonly [string, EntryPointName])[] = [
  ['Open sidebar', 'showSidebar'],
  ['Organize sheets', 'menuOrganize'],
  ['Insert profit dashboard', 'menuInsertProfitDashboard'],
  ['Turn on follow-ups', 'menuFollowUpsOn'],
  ['Turn off follow-ups', 'menuFollowUpsOff'],
  ['Send due follow-ups now', 'menuSendFollowUps'],
  ['Approve queued follow-ups', 'menuApproveFollowUps'],
];

export function buildMenu(ui: GoogleAppsScript.Base.Ui): void {
  const menu = ui.createAddonMenu();
  for (const [label, handler] of MENU_ITEMS) menu.addItem(label, handler);
  menu.addToUi();
}
