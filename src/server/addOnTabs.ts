/** The values of one of the add-on's tabs, found by its marker (one read), or none when it is not there. */
import type { SheetValue } from '../core/cells';
import type { AddonTabRole } from '../core/schema';
import { findOwnedSheet } from './ownership';
import { readValues } from './sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function addOnTabValues(spreadsheet: Spreadsheet, role: AddonTabRole): SheetValue[][] {
  const sheet = findOwnedSheet(spreadsheet, role);
  return sheet ? readValues(sheet) : [];
}
