/**
 * Column mappings saved per spreadsheet (document properties, one key per tab), so a mapping the
 * operator corrected in the sidebar is used on every later run while the tab's headers still match.
 */
import * as z from 'zod/mini';
import { fieldsOf, SOURCE_KINDS } from '../core/aliases';
import type { SourceKind } from '../core/aliases';
import type { TabDetection } from '../core/detect';
import { HEADER_ROWS_SCANNED, headerTexts } from '../core/detect';
import { utf8Bytes } from '../core/mail/base64';
import type { SavedMapping } from '../core/organize';

const PREFIX = 'mapping:';
/** A document property holds 9 KB a value; a mapping keeps its header texts only within this. */
const MAX_MAPPING_BYTES = 8 * 1024;
const MAX_HEADERS = 500;
const MAX_HEADER_TEXT = 200;

/** Only fields a tab of that kind has: the field names are keys of the mapping Organize builds. */
function knowsEveryField({ kind, columns }: { kind: SourceKind | 'ignore'; columns: Record<string, string> }): boolean {
  return kind === 'ignore' || Object.keys(columns).every((field) => fieldsOf(kind).includes(field));
}

export const savedMappingSchema = z
  .object({
    kind: z.enum([...SOURCE_KINDS, 'ignore']),
    headerRow: z.number().check(z.int(), z.minimum(0), z.maximum(HEADER_ROWS_SCANNED - 1)),
    columns: z.record(z.string().check(z.maxLength(60)), z.string().check(z.maxLength(MAX_HEADER_TEXT))),
    headers: z.optional(z.array(z.string().check(z.maxLength(MAX_HEADER_TEXT))).check(z.maxLength(MAX_HEADERS))),
  })
  .check(z.refine(knowsEveryField));

export function loadMappings(properties: GoogleAppsScript.Properties.Properties): Map<string, SavedMapping> {
  const mappings = new Map<string, SavedMapping>();
  for (const [key, json] of Object.entries(properties.getProperties())) {
    if (!key.startsWith(PREFIX)) continue;
    try {
      const parsed = savedMappingSchema.safeParse(JSON.parse(json));
      if (parsed.success) mappings.set(key.slice(PREFIX.length), parsed.data);
    } catch {
      // A value that is not JSON was not written by us; detection takes over for that tab.
    }
  }
  return mappings;
}

export function mappingOf(detection: TabDetection, headerRow: readonly unknown[]): SavedMapping | undefined {
  if (!detection.kind) return undefined;
  const headers = headerTexts(headerRow);
  const columns: Record<string, string> = {};
  for (const [field, column] of Object.entries(detection.mapping)) columns[field] = headers[column] ?? '';
  return withHeaders({ kind: detection.kind, headerRow: detection.headerRow, columns }, headerRow);
}

/**
 * The mapping with the header row it was made for (SavedMapping.headers), where those fit a
 * document property; without them (a very wide tab) a column added later is left unread, as before.
 */
export function withHeaders(mapping: SavedMapping, headerRow: readonly unknown[]): SavedMapping {
  const { kind, headerRow: row, columns } = mapping;
  const headers = headerTexts(headerRow);
  const withTexts = { kind, headerRow: row, columns, headers };
  const fits =
    headers.length <= MAX_HEADERS &&
    headers.every((header) => header.length <= MAX_HEADER_TEXT) &&
    utf8Bytes(JSON.stringify(withTexts)).length <= MAX_MAPPING_BYTES;
  return fits ? withTexts : { kind, headerRow: row, columns };
}

export function saveMapping(
  properties: GoogleAppsScript.Properties.Properties,
  tab: string,
  mapping: SavedMapping,
): void {
  properties.setProperty(PREFIX + tab, JSON.stringify(mapping));
}

export function saveMappings(
  properties: GoogleAppsScript.Properties.Properties,
  mappings: ReadonlyMap<string, SavedMapping>,
): void {
  const entries: Record<string, string> = {};
  for (const [tab, mapping] of mappings) entries[PREFIX + tab] = JSON.stringify(mapping);
  properties.setProperties(entries);
}
