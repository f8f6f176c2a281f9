/** The Settings tab: created with every default when missing, else given only the rows it lacks. */
import type { SheetValue } from '../core/cells';
import { toCellInput } from '../core/cells';
import { headerColumn, normalizeHeader } from '../core/aliases';
import { SETTINGS_TAB } from '../core/schema';
import { defaultSettingsRows, SETTINGS_HEADERS, settingsColumns } from '../core/settings';
import type { OwnedSheetOptions } from './ownership';
import { findOwnedSheet, ownedSheet } from './ownership';
import { HeaderedTable } from './headeredTable';
import { readValues, writeTab } from './sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Settings as the operator left them (`values`), with any of `wanted` they do not have yet appended;
 * a missing Settings tab is created with every default, in `reportCurrency`.
 */
export function ensureSettingsRows(
  spreadsheet: Spreadsheet,
  values: SheetValue[][],
  wanted: readonly (readonly [string, string | number, string])[],
  reportCurrency = 'USD',
  options: OwnedSheetOptions = {},
): SheetValue[][] {
  if (values.length === 0) {
    const rows = defaultSettingsRows(reportCurrency).map((row) => row.slice());
    writeTab(ownedSheet(spreadsheet, SETTINGS_TAB, options), { headers: SETTINGS_HEADERS, rows });
    return [SETTINGS_HEADERS.slice(), ...rows];
  }
  const [nameColumn] = settingsColumns(values[0]);
  const present = new Set(values.map((row) => normalizeHeader(row[nameColumn])));
  const missing = wanted.filter(([name]) => !present.has(normalizeHeader(name))).map((row) => row.slice());
  if (missing.length === 0) return values;
  // Under the headers Settings is read by, whatever columns the operator inserted or moved.
  const sheet = ownedSheet(spreadsheet, SETTINGS_TAB, options);
  const table = HeaderedTable.of(sheet, SETTINGS_HEADERS, headerColumn);
  table.writeRows(values.length + 1, missing);
  return [...values, ...missing.map((cells) => table.rowOf(cells))];
}

/** Sets the Value of Settings rows by name; `wanted` are added first where the tab lacks them. */
export function setSettingValues(
  spreadsheet: Spreadsheet,
  values: readonly (readonly [string, string | number])[],
  wanted: readonly (readonly [string, string | number, string])[],
): void {
  const existing = findOwnedSheet(spreadsheet, SETTINGS_TAB);
  const rows = ensureSettingsRows(spreadsheet, existing ? readValues(existing) : [], wanted);
  const sheet = ownedSheet(spreadsheet, SETTINGS_TAB);
  const [nameColumn, valueColumn] = settingsColumns(rows[0]);
  for (const [name, value] of values) {
    const index = rows.findIndex((row) => normalizeHeader(row[nameColumn]) === normalizeHeader(name));
    if (index < 0) throw new Error(`Settings has no "${name}" row.`);
    sheet.getRange(index + 1, valueColumn + 1).setValue(toCellInput(value));
  }
}
