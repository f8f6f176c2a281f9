/** The values of one of the add-on's tabs, found by its marker (one read), or none when it is not there. */
import type { SheetValue } from '../core/cells';
import type { AddonTabRole } from '../core/schema';
import { headersOf, MANAGED_TABS } from '../core/schema';
import type { ColumnPositions } from './managedColumns';
import { inContractColumns } from './managedColumns';
import { findOwnedSheet } from './ownership';
import { readValues } from './sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function addOnTabValues(spreadsheet: Spreadsheet, role: AddonTabRole): SheetValue[][] {
  const sheet = findOwnedSheet(spreadsheet, role);
  return sheet ? ownTabValues(sheet, role).values : [];
}

/**
 * A tab of the add-on's as its readers take it: a managed tab (Creators, Samples, ...) in the
 * contract's column order, found by marker, so a column the operator inserted or moved (even one
 * they headed `Email` or `Due`) is never read as the add-on's; `positions` says where each is.
 */
export function ownTabValues(
  sheet: Sheet,
  role: AddonTabRole,
): { values: SheetValue[][]; positions?: ColumnPositions } {
  const values = readValues(sheet);
  const managed = MANAGED_TABS.find((spec) => spec.name === role);
  return managed ? inContractColumns(sheet, headersOf(managed), values) : { values };
}
