/**
 * The add-on's tabs as their readers take them: found by marker, read in one getValues each, a
 * managed tab in the contract's column order.
 */
import type { SheetValue } from '../core/cells';
import type { AddonTabRole } from '../core/schema';
import { headersOf, MANAGED_TABS } from '../core/schema';
import type { ColumnPositions } from './managedColumns';
import { inContractColumns } from './managedColumns';
import type { OwnedSheetOptions } from './ownership';
import { ownedSheet, ownedSheets } from './ownership';
import { readValues } from './sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The add-on's tabs of a spreadsheet, found by their markers in one metadata search, for a request
 * that reads several of them (each look-up of a tab by marker is a search of its own). A tab the
 * request makes is made through it (make, sheetOptions), and known from then on.
 */
export class AddOnTabs {
  private readonly owned: Map<AddonTabRole, Sheet>;

  constructor(readonly spreadsheet: Spreadsheet) {
    this.owned = ownedSheets(spreadsheet);
  }

  /** The tab, made when missing (ownership.ownedSheet). */
  make(role: AddonTabRole, options: Omit<OwnedSheetOptions, 'owned'> = {}): Sheet {
    return ownedSheet(this.spreadsheet, role, { ...options, owned: this.owned });
  }

  /** For a function that makes a tab itself (settingsTab.ts): it makes it through these tabs. */
  get sheetOptions(): OwnedSheetOptions {
    return { owned: this.owned };
  }

  sheet(role: AddonTabRole): Sheet | undefined {
    return this.owned.get(role);
  }

  /** The tab's values (see ownTabValues), or none when it is not there. */
  values(role: AddonTabRole): SheetValue[][] {
    const sheet = this.sheet(role);
    return sheet ? ownTabValues(sheet, role).values : [];
  }
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
