/** The Settings tab: created with every default when missing, else given only the rows it lacks. */
import type { SheetValue } from '../core/cells';
import { normalizeHeader } from '../core/aliases';
import { SETTINGS_TAB } from '../core/schema';
import { defaultSettingsRows, SETTINGS_HEADERS } from '../core/settings';
import type { OwnedSheetOptions } from './ownership';
import { ownedSheet } from './ownership';
import { ensureSize, writeRows, writeTab } from './sheets';

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
  const present = new Set(values.map((row) => normalizeHeader(row[0])));
  const missing = wanted.filter(([name]) => !present.has(normalizeHeader(name))).map((row) => row.slice());
  if (missing.length === 0) return values;
  const sheet = ownedSheet(spreadsheet, SETTINGS_TAB, options);
  ensureSize(sheet, values.length + missing.length, SETTINGS_HEADERS.length);
  writeRows(sheet, values.length + 1, missing);
  return [...values, ...missing];
}
