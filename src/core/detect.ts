/**
 * Works out what a tab holds and which column is which field, from its headers and values.
 */
import type { SourceKind } from './aliases';
import { fieldForHeader, SIGNATURES, SOURCE_KINDS, TAB_NAME_HINTS } from './aliases';

/** Field name → 0-based column index. */
export type ColumnMapping = Record<string, number>;

export interface TabDetection {
  tab: string;
  kind: SourceKind | null;
  /** 0-based index of the header row in the tab's values. */
  headerRow: number;
  mapping: ColumnMapping;
  score: number;
  /** Why the tab was left alone, when kind is null. */
  reason?: string;
}

/** Rows a header may sit in: statements put up to five banner rows above theirs. */
export const HEADER_ROWS_SCANNED = 10;
const TAB_NAME_BONUS = 2;
const SNIFF_SAMPLE = 50;
const SNIFF_SHARE = 0.6;

const HANDLE_LIKE = /^\s*(@[\w.]{2,24}|(https?:\/\/)?(www\.|m\.)?tiktok\.com\/@[\w.]+)/i;

/** Maps a header row's cells to fields; the first column that names a field wins it. */
export function mapHeaders(kind: SourceKind, headers: readonly unknown[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  headers.forEach((header, column) => {
    const field = fieldForHeader(kind, header);
    if (field && !(field in mapping)) mapping[field] = column;
  });
  return mapping;
}

/** Finds a Handle column by its values (@names, TikTok profile URLs) when no header names one. */
function sniffHandleColumn(
  values: readonly unknown[][],
  headerRow: number,
  mapping: ColumnMapping,
): number | undefined {
  if ('Handle' in mapping) return undefined;
  const claimed = new Set(Object.values(mapping));
  const rows = values.slice(headerRow + 1, headerRow + 1 + SNIFF_SAMPLE);
  const width = values[headerRow]?.length ?? 0;
  for (let column = 0; column < width; column++) {
    if (claimed.has(column)) continue;
    const filled = rows.map((row) => row[column]).filter((v) => typeof v === 'string' && v.trim() !== '') as string[];
    if (filled.length === 0) continue;
    if (filled.filter((v) => HANDLE_LIKE.test(v)).length / filled.length >= SNIFF_SHARE) return column;
  }
  return undefined;
}

function scoreMapping(kind: SourceKind, mapping: ColumnMapping, tabName: string): number {
  const signature = SIGNATURES[kind];
  const satisfied = signature.required.every((group) => group.some((field) => field in mapping));
  if (!satisfied) return 0;
  let score = 0;
  for (const field of Object.keys(mapping)) score += signature.weights[field] ?? 0.25;
  if (TAB_NAME_HINTS[kind].test(tabName)) score += TAB_NAME_BONUS;
  return score;
}

/** Kinds whose Handle column may be found by its values when no header names it. */
const HANDLE_SNIFFED: ReadonlySet<SourceKind> = new Set<SourceKind>(['creators', 'samples', 'costs']);

function candidate(tab: string, values: readonly unknown[][], kind: SourceKind, headerRow: number): TabDetection {
  const mapping = mapHeaders(kind, values[headerRow] ?? []);
  const sniffed = HANDLE_SNIFFED.has(kind) ? sniffHandleColumn(values, headerRow, mapping) : undefined;
  if (sniffed !== undefined) mapping.Handle = sniffed;
  return { tab, kind, headerRow, mapping, score: scoreMapping(kind, mapping, tab) };
}

/** Analyses one tab. Tabs the add-on writes itself are never sources. */
export function detectTab(tab: string, values: readonly unknown[][]): TabDetection {
  const none = (reason: string): TabDetection => ({ tab, kind: null, headerRow: 0, mapping: {}, score: 0, reason });
  let best: TabDetection | undefined;
  const scanned = Math.min(HEADER_ROWS_SCANNED, values.length);
  for (let headerRow = 0; headerRow < scanned; headerRow++) {
    if (!values[headerRow].some((cell) => typeof cell === 'string' && cell.trim() !== '')) continue;
    for (const kind of SOURCE_KINDS) {
      const found = candidate(tab, values, kind, headerRow);
      if (found.score > 0 && (!best || found.score > best.score)) best = found;
    }
  }
  return (
    best ??
    none('no header row names the fields of a creator list, sample log, orders export, product costs or creator costs')
  );
}

/**
 * Re-applies a saved mapping (by header text) to the tab's current header row; a saved kind without
 * columns maps the headers for that kind. Undefined when a saved header is gone. A column added since
 * the mapping was saved (its header is not among `saved.headers`) is mapped as detection maps it, to
 * a field the mapping lacks: a seller who adds a Creator column to their orders sheet gets it read,
 * while a column the operator set to "not used" stays unused.
 */
export function applySavedMapping(
  tab: string,
  values: readonly unknown[][],
  saved: { kind: SourceKind; headerRow: number; columns: Record<string, string>; headers?: readonly string[] },
): TabDetection | undefined {
  const headers = headerTexts(values[saved.headerRow] ?? []);
  if (Object.keys(saved.columns).length === 0) return candidate(tab, values, saved.kind, saved.headerRow);
  const mapping: ColumnMapping = {};
  for (const [field, header] of Object.entries(saved.columns)) {
    const column = headers.indexOf(header.trim());
    if (column < 0) return undefined;
    mapping[field] = column;
  }
  if (saved.headers) {
    const known = new Set(saved.headers);
    const mapped = new Set(Object.values(mapping));
    const detected = candidate(tab, values, saved.kind, saved.headerRow).mapping;
    for (const [field, column] of Object.entries(detected))
      if (!(field in mapping) && !mapped.has(column) && !known.has(headers[column])) mapping[field] = column;
  }
  return { tab, kind: saved.kind, headerRow: saved.headerRow, mapping, score: scoreMapping(saved.kind, mapping, tab) };
}

/** A header row's cells as the texts a saved mapping names them by. */
export function headerTexts(row: readonly unknown[]): string[] {
  return row.map((header) => String(header ?? '').trim());
}
