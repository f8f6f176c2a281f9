/**
 * The one place the sidebar's server calls find the tabs the add-on writes. Today a tab is found
 * by its contract name; when tabs carry a developer-metadata marker, only this lookup changes.
 */
import type { SheetValue } from '../core/cells';
import type { ManagedTabName } from '../core/schema';
import type { FOLLOWUP_LOG_TAB, PROFIT_TAB, SETTINGS_TAB } from '../core/schema';
import { readValues } from './sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type AddOnTabName = ManagedTabName | typeof SETTINGS_TAB | typeof FOLLOWUP_LOG_TAB | typeof PROFIT_TAB;

export function addOnTab(spreadsheet: Spreadsheet, name: AddOnTabName): Sheet | undefined {
  return spreadsheet.getSheetByName(name) ?? undefined;
}

/** The tab's values (one read), or none when the tab is not there. */
export function addOnTabValues(spreadsheet: Spreadsheet, name: AddOnTabName): SheetValue[][] {
  const sheet = addOnTab(spreadsheet, name);
  return sheet ? readValues(sheet) : [];
}
