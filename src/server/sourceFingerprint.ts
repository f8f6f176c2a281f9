/**
 * A cheap fingerprint of what Organize reads (each source tab and Settings): per tab its name, its
 * size and its rows. The tabs follow-ups mail from (the last Organize read them as samples,
 * creators or products) and Settings give every row: a ship date, an address or a product name
 * changed anywhere in them, by a person, a script or an import, is a change. The others (order
 * exports, the bulk of the cells) give a few sampled rows (the header, the last row, two between),
 * a few calls per tab whatever the rows: an append, a new, removed, renamed or resized tab and an
 * edit in a sampled row show; a person's edit elsewhere is noted by onEdit (sourceEdits.ts), and a
 * script's, which fires no onEdit, waits for the Organize button.
 */
import { shortHash } from '../core/hash';
import { SETTINGS_TAB } from '../core/schema';
import type { AddonTabRole } from '../core/schema';
import type { SourceKind } from '../core/aliases';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const KEY = 'organize:sources';

/** Kinds of tab follow-ups mail from: small beside the order exports, and read whole. */
const MAILED_FROM: ReadonlySet<SourceKind | 'ignore' | null> = new Set<SourceKind | 'ignore' | null>([
  'samples',
  'creators',
  'products',
]);

/** The names of the tabs fingerprinted row by row: of `kinds` (tab → what it was read as), those follow-ups mail from, and Settings. */
export function tabsReadWhole(
  kinds: Iterable<readonly [string, SourceKind | 'ignore' | null]>,
  settings?: Sheet,
): Set<string> {
  const names = new Set<string>();
  for (const [tab, kind] of kinds) if (MAILED_FROM.has(kind)) names.add(tab);
  if (settings) names.add(settings.getName());
  return names;
}

/** 1-based rows sampled from a tab of `lastRow` rows. */
function sampledRows(lastRow: number): number[] {
  const rows = [1, Math.ceil(lastRow / 3), Math.ceil((2 * lastRow) / 3), lastRow].filter((row) => row >= 1);
  return [...new Set(rows)];
}

const everyRow = (lastRow: number): number[] => Array.from({ length: lastRow }, (_, i) => i + 1);

const cellText = (cell: unknown): string =>
  cell instanceof Date ? `d${cell.getTime()}` : `${typeof cell}:${String(cell)}`;

function tabFingerprint(
  name: string,
  lastRow: number,
  lastColumn: number,
  rows: readonly number[],
  rowAt: (row: number) => unknown[],
): string {
  const texts = lastColumn === 0 ? [] : rows.map((row) => rowAt(row).map(cellText).join('\u0001'));
  return shortHash([name, lastRow, lastColumn, ...texts].join('\u0002'));
}

/** From the values Organize read (one getValues of each tab's data range); `whole` from tabsReadWhole. */
export function fingerprintOfValues(
  tabs: readonly { name: string; values: readonly unknown[][] }[],
  whole: ReadonlySet<string>,
): string {
  return tabs
    .map(({ name, values }) => {
      const rows = whole.has(name) ? everyRow(values.length) : sampledRows(values.length);
      return tabFingerprint(name, values.length, values[0]?.length ?? 0, rows, (row) => values[row - 1]);
    })
    .join(',');
}

/** The same fingerprint read from the tabs themselves: one read of a tab in `whole`, a few sampled rows of any other. */
export function fingerprintOfSheets(sheets: readonly Sheet[], whole: ReadonlySet<string>): string {
  return sheets
    .map((sheet) => {
      const name = sheet.getName();
      const lastRow = sheet.getLastRow();
      const lastColumn = lastRow === 0 ? 0 : sheet.getLastColumn();
      if (!whole.has(name) || lastColumn === 0)
        return tabFingerprint(
          name,
          lastRow,
          lastColumn,
          sampledRows(lastRow),
          (row) => sheet.getRange(row, 1, 1, lastColumn).getValues()[0],
        );
      const values = sheet.getRange(1, 1, lastRow, lastColumn).getValues();
      return tabFingerprint(name, lastRow, lastColumn, everyRow(lastRow), (row) => values[row - 1]);
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
