/**
 * A cheap fingerprint of what Organize reads (each source tab and Settings): per tab its name, its
 * size and a few sampled rows (the header, the last row, two between). Reading it costs a few calls
 * per tab whatever the rows, where Organize reads every cell; it shows an append, a new, removed,
 * renamed or resized tab and an edit in a sampled row, not an edit elsewhere in the middle: a
 * person's edits there are noted by onEdit (sourceEdits.ts); a script's, which fire no onEdit, wait
 * for the Organize button.
 */
import { shortHash } from '../core/hash';
import { SETTINGS_TAB } from '../core/schema';
import type { AddonTabRole } from '../core/schema';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const KEY = 'organize:sources';

/** 1-based rows sampled from a tab of `lastRow` rows. */
function sampledRows(lastRow: number): number[] {
  const rows = [1, Math.ceil(lastRow / 3), Math.ceil((2 * lastRow) / 3), lastRow].filter((row) => row >= 1);
  return [...new Set(rows)];
}

const cellText = (cell: unknown): string =>
  cell instanceof Date ? `d${cell.getTime()}` : `${typeof cell}:${String(cell)}`;

function tabFingerprint(name: string, lastRow: number, lastColumn: number, rowAt: (row: number) => unknown[]): string {
  const rows = lastColumn === 0 ? [] : sampledRows(lastRow).map((row) => rowAt(row).map(cellText).join('\u0001'));
  return shortHash([name, lastRow, lastColumn, ...rows].join('\u0002'));
}

/** From the values Organize read (one getValues of each tab's data range). */
export function fingerprintOfValues(tabs: readonly { name: string; values: readonly unknown[][] }[]): string {
  return tabs
    .map(({ name, values }) => tabFingerprint(name, values.length, values[0]?.length ?? 0, (row) => values[row - 1]))
    .join(',');
}

/** The same fingerprint read from the tabs themselves, sampling rows instead of reading every cell. */
export function fingerprintOfSheets(sheets: readonly Sheet[]): string {
  return sheets
    .map((sheet) => {
      const lastRow = sheet.getLastRow();
      const lastColumn = lastRow === 0 ? 0 : sheet.getLastColumn();
      return tabFingerprint(
        sheet.getName(),
        lastRow,
        lastColumn,
        (row) => sheet.getRange(row, 1, 1, lastColumn).getValues()[0],
      );
    })
    .join(',');
}

/** What Organize reads, in the order it reads it: the seller's tabs, then Settings. */
export function inputSheets(spreadsheet: Spreadsheet, owned: ReadonlyMap<AddonTabRole, Sheet>): Sheet[] {
  const ownedIds = new Set([...owned.values()].map((sheet) => sheet.getSheetId()));
  const sources = spreadsheet.getSheets().filter((sheet) => !ownedIds.has(sheet.getSheetId()));
  const settings = owned.get(SETTINGS_TAB);
  return settings ? [...sources, settings] : sources;
}

/** The fingerprint of the last Organize that finished. */
export function lastOrganizedFingerprint(): string | null {
  return PropertiesService.getDocumentProperties().getProperty(KEY);
}

export function saveOrganizedFingerprint(fingerprint: string): void {
  PropertiesService.getDocumentProperties().setProperty(KEY, fingerprint);
}
