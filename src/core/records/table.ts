/**
 * Reads the data rows of a mapped tab into parsed field values, one parser per column, and
 * collects a problem for every cell that cannot be read. Column-level decisions (decimal comma,
 * day-first dates, whole-number percentages) are made once per column from all its values.
 */
import type { SourceKind } from '../aliases';
import { SETTLEMENT_FEE_FIELDS } from '../aliases';
import type { ColumnMapping } from '../detect';
import type { FieldKind, FieldSpec, TabSpec } from '../schema';
import type { Fields } from './fields';
import type { IdColumn } from './damagedIds';
import { DamagedIds } from './damagedIds';
import { COSTS, CREATORS, ORDERS, PRODUCTS, SAMPLES } from '../schema';
import type { ColumnVotes, DateOrder, MoneyStyle, Parsed, PercentScale } from '../values';
import {
  cleanText,
  DateOrderVotes,
  decide,
  errorCellProblem,
  idDamage,
  isBlank,
  MoneyStyleVotes,
  normalizeHandle,
  PaddedIdVotes,
  parseBoolean,
  parseCount,
  parseCurrency,
  parseDate,
  parseEmail,
  parseEnum,
  parseHandleList,
  parseId,
  parseInteger,
  parseMoney,
  parsePercent,
  parseRegion,
  PercentScaleVotes,
  remembered,
  screenCell,
} from '../values';

export interface SourceRef {
  tab: string;
  /** 1-based sheet row. */
  row: number;
}

export interface Issue {
  tab: string;
  row: number;
  column: string;
  value: string;
  problem: string;
}

export interface MappedTable {
  tab: string;
  kind: SourceKind;
  headerRow: number;
  mapping: ColumnMapping;
  values: readonly unknown[][];
}

/**
 * Where each mapped field's value sits in a parsed row's `values`, in the mapping's order. A
 * field without a column reads the slot after the last, which is never set.
 */
export class FieldSlots {
  readonly fields: readonly string[];

  constructor(mapping: ColumnMapping) {
    this.fields = Object.keys(mapping);
  }

  of(field: string): number {
    const slot = this.fields.indexOf(field);
    return slot < 0 ? this.fields.length : slot;
  }

  /** The slot of each named field: `{ orderId: 'Order ID' }` → `{ orderId: 0 }`. */
  ofEach<K extends string>(fields: Record<K, string>): Record<K, number> {
    const slots = {} as Record<K, number>;
    for (const key in fields) slots[key] = this.of(fields[key]);
    return slots;
  }
}

export interface ParsedRow {
  source: SourceRef;
  /** Each mapped field's parsed value by its slot (see FieldSlots); undefined where blank or unreadable, and for a field read on demand. */
  values: unknown[];
  /** Fields whose cell could not be read (already reported as issues); most rows have none. */
  unreadable?: string[];
  /** The value in a slot, a field read on demand (ReadOptions.onDemand) parsed now, its problem reported now. */
  onDemand(slot: number): unknown;
}

export interface ReadOptions {
  timeZone: string;
  /** How numeric dates read in a column whose own values do not settle it (a Seller Center export's shop convention). */
  dateOrder?: DateOrder;
  /**
   * Fields a record needs for some rows only, or none (an order line's shipment, which only a free
   * sample order keeps: orders.ts ON_DEMAND_FIELDS): each cell is parsed, and a problem in it
   * reported, only when a record asks for it (ParsedRow.onDemand). Such a column's decision (date
   * order, decimal comma, ...) is the one its first cells give.
   */
  onDemand?: readonly string[];
}

const TAB_OF_KIND: Record<SourceKind, TabSpec> = {
  creators: CREATORS,
  samples: SAMPLES,
  orders: ORDERS,
  affiliate: ORDERS,
  settlement: ORDERS,
  products: PRODUCTS,
  costs: COSTS,
};

/** Fields that only raw exports and operator sheets have, beside the managed tabs' columns. */
const EXTRA_FIELDS: Record<string, FieldSpec> = {
  'SKU ID': { header: 'SKU ID', kind: 'id' },
  'Unit price': { header: 'Unit price', kind: 'money' },
  'Net of discount': { header: 'Net of discount', kind: 'money' },
  'Fully refunded': { header: 'Fully refunded', kind: 'boolean' },
  'Estimated commission': { header: 'Estimated commission', kind: 'money' },
  'Shop Ads commission': { header: 'Shop Ads commission', kind: 'money' },
  'Estimated Shop Ads commission': { header: 'Estimated Shop Ads commission', kind: 'money' },
  'Creator bonus': { header: 'Creator bonus', kind: 'money' },
  'Estimated creator bonus': { header: 'Estimated creator bonus', kind: 'money' },
  'Sample order type': { header: 'Sample order type', kind: 'text' },
  ...Object.fromEntries(SETTLEMENT_FEE_FIELDS.map((field) => [field, { header: field, kind: 'money' as const }])),
  'Commission base': { header: 'Commission base', kind: 'money' },
  'Content type': { header: 'Content type', kind: 'text' },
  'Promo code': { header: 'Promo code', kind: 'text' },
  Shipped: { header: 'Shipped', kind: 'datetime' },
  Delivered: { header: 'Delivered', kind: 'datetime' },
  Tracking: { header: 'Tracking', kind: 'id' },
  Carrier: { header: 'Carrier', kind: 'text' },
};

export function fieldSpec(kind: SourceKind, field: string): FieldSpec {
  const spec = TAB_OF_KIND[kind].fields.find((f) => f.header === field) ?? EXTRA_FIELDS[field];
  if (!spec) throw new Error(`No field "${field}" in a ${kind} tab`);
  return spec;
}

export type ColumnParser = (raw: unknown) => Parsed<unknown>;

function textParser(raw: unknown): Parsed<string> {
  return screenCell(raw) ?? { value: cleanText(raw) };
}

/** What a column decides from all its cells: how ',' reads, which date order, whole percents, padded IDs. */
type ColumnDecision = MoneyStyle | PercentScale | DateOrder | boolean;

/** The votes that make a kind of column's decision, or undefined for a kind that decides nothing. */
function votesFor(kind: FieldKind): ColumnVotes<ColumnDecision> | undefined {
  switch (kind) {
    case 'money':
      return new MoneyStyleVotes();
    case 'percent':
      return new PercentScaleVotes();
    case 'date':
    case 'datetime':
      return new DateOrderVotes();
    case 'id':
      return new PaddedIdVotes();
    default:
      return undefined;
  }
}

/** The parser for one column, with its column-level decisions (decimal comma, day-first dates, whole-number percents) made from all its values. */
export function columnParser(
  kind: FieldKind,
  spec: FieldSpec,
  columnValues: () => readonly unknown[],
  options: ReadOptions,
): ColumnParser {
  const votes = votesFor(kind);
  return parserFor(kind, spec, votes && decide(votes, columnValues()), options);
}

/** The parser for one column given its decision (see votesFor). */
function parserFor(
  kind: FieldKind,
  spec: FieldSpec,
  decision: ColumnDecision | undefined,
  options: ReadOptions,
): ColumnParser {
  // Handle lists are arrays a reader could change, so each cell gets its own.
  if (kind === 'handles') return parseHandleList;
  const parse = oncePerCell(pureColumnParser(kind, spec, decision, options));
  return kind === 'region' ? warningOncePerValue(parse) : parse;
}

/**
 * The parser, reading each distinct text or number once: parsing is by far the costliest step of
 * Organize and its result depends on the cell alone, so rows holding the same cell share one
 * result (never changed afterwards). Zero is left out: a Map holds 0 and -0 as one key.
 */
function oncePerCell(parse: ColumnParser): ColumnParser {
  const rememberedParse = remembered(parse);
  return (raw) =>
    (typeof raw === 'string' || typeof raw === 'number') && raw !== 0 ? rememberedParse(raw) : parse(raw);
}

/** The column's parser, a function of the cell alone. */
function pureColumnParser(
  kind: Exclude<FieldKind, 'handles'>,
  spec: FieldSpec,
  decision: ColumnDecision | undefined,
  options: ReadOptions,
): ColumnParser {
  switch (kind) {
    case 'id':
      return parseId;
    case 'handle':
      return normalizeHandle;
    case 'email':
      return parseEmail;
    case 'count':
      return parseCount;
    case 'integer':
      return parseInteger;
    case 'currency':
      return parseCurrency;
    case 'boolean':
      return parseBoolean;
    case 'region':
      return parseRegion;
    case 'money': {
      const style = decision as MoneyStyle;
      return (raw) => parseMoney(raw, style);
    }
    case 'percent': {
      const scale = decision as PercentScale;
      return (raw) => parsePercent(raw, scale);
    }
    case 'date':
    case 'datetime': {
      const detected = decision as DateOrder;
      const order = detected === 'ambiguous' ? (options.dateOrder ?? detected) : detected;
      return (raw) => parseDate(raw, { timeZone: options.timeZone, order });
    }
    case 'enum':
      return (raw) => lenientEnum(parseEnum(raw, spec.values ?? []), raw, spec);
    case 'url':
    case 'text':
      return textParser;
  }
}

/** The parser, with a warning about a value given at the first cell that holds it only. */
function warningOncePerValue(parse: ColumnParser): ColumnParser {
  const warned = new Set<string>();
  return (raw) => {
    const result = parse(raw);
    if (!result.warning) return result;
    const value = String(result.value).toLowerCase();
    if (warned.has(value)) return { value: result.value };
    warned.add(value);
    return result;
  };
}

/**
 * An unrecognised word in a column the operator owns is kept as written, and one in a column with
 * a fallback reads as the fallback; both are pointed out. Elsewhere it is a problem.
 */
function lenientEnum(result: Parsed<string>, raw: unknown, spec: FieldSpec): Parsed<string> {
  if (!result.problem || errorCellProblem(raw)) return result;
  const text = cleanText(raw);
  if (spec.operatorOwned) return { value: text, warning: `${result.problem}; kept as written` };
  if (spec.fallback) return { value: spec.fallback, warning: `${result.problem}; read as '${spec.fallback}'` };
  return result;
}

function isBlankRow(row: readonly unknown[]): boolean {
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    // A number or TRUE/FALSE is never blank: no text need be made of it.
    if (typeof cell === 'number' || typeof cell === 'boolean' || !isBlank(cell)) return false;
  }
  return true;
}

/** Kinds of field whose cells hold digits in every data row. */
const DIGIT_FIELD_KINDS: ReadonlySet<FieldKind> = new Set<FieldKind>([
  'id',
  'money',
  'percent',
  'integer',
  'count',
  'date',
  'datetime',
]);
/** Words with a space and no digit: 'Platform unique order ID.' */
const PHRASE = /^[^\d]*\p{L}[^\d]*\s[^\d]*$/u;

/**
 * Seller Center's affiliate export puts a row of field descriptions right under the header
 * ("Unique ID of the order.", "Units bought."): phrases where IDs, amounts and dates should be.
 * It takes two such cells and none that reads like data, so a first order whose SKU is
 * "Lip Oil" is still an order.
 */
export function isDescriptionRow(row: readonly unknown[], mapping: ColumnMapping, kind: SourceKind): boolean {
  let phrases = 0;
  for (const [field, column] of Object.entries(mapping)) {
    if (!DIGIT_FIELD_KINDS.has(fieldSpec(kind, field).kind)) continue;
    const text = cleanText(row[column]);
    if (text === '') continue;
    if (!PHRASE.test(text)) return false;
    phrases++;
  }
  return phrases >= 2;
}

/**
 * Rows of one identity hash compared with a row before its whole row is hashed too: a tab where
 * many rows share the cells a record is known by (and differ elsewhere) must not compare each row
 * with all the others.
 */
const CROWD = 8;

/**
 * A tab's rows read so far, to find a row that repeats an earlier one cell for cell. Each row read
 * is filed by position in an open-addressing table under a hash of its cells, and compared only
 * with rows of the same hash: no key string, no object and no Map entry per row. The hash is of
 * the cells the record is known by (identityHash); once CROWD rows share one, a row of that hash
 * is filed under a hash of its whole row as well.
 */
class RowSightings {
  /** Slot → 1 + the position of the row filed there, or 0 for an empty slot. */
  private readonly filed: Int32Array;
  private readonly hashes: Int32Array;
  private readonly mask: number;
  /** Of the last probe: the empty slot it ended at, and how many filed rows had its hash. */
  private emptySlot = 0;
  private sharing = 0;

  constructor(private readonly rows: readonly (readonly unknown[])[]) {
    // At most half full: a probe ends at an empty slot within a few steps.
    const size = 2 ** Math.ceil(Math.log2(2 * rows.length + 2));
    this.filed = new Int32Array(size);
    this.hashes = new Int32Array(size);
    this.mask = size - 1;
  }

  /**
   * The position of a row identical to the one at `position`, or undefined (and files this one).
   * `identity` is the same for identical rows (identityHash).
   */
  earlierCopy(position: number, identity: number): number | undefined {
    const row = this.rows[position];
    let hash = identity;
    let seen = this.probe(row, hash);
    if (seen < 0 && this.sharing >= CROWD) {
      hash = (Math.imul(identity ^ rowHash(row), FNV_PRIME) ^ CROWD) & 0x3fffffff;
      seen = this.probe(row, hash);
    }
    if (seen >= 0) return seen;
    this.filed[this.emptySlot] = position + 1;
    this.hashes[this.emptySlot] = hash;
    return undefined;
  }

  /** The position of a filed row identical to `row` under `hash`, or -1. */
  private probe(row: readonly unknown[], hash: number): number {
    let sharing = 0;
    let slot = hash & this.mask;
    for (; this.filed[slot] !== 0; slot = (slot + 1) & this.mask) {
      if (this.hashes[slot] !== hash) continue;
      const seen = this.filed[slot] - 1;
      if (sameCells(this.rows[seen], row)) return seen;
      sharing++;
    }
    this.emptySlot = slot;
    this.sharing = sharing;
    return -1;
  }
}

/**
 * Rows that repeat earlier ones cell for cell, reported a run at a time: an export pasted again
 * below itself is one Import issue, not one per row. A run is rows one after another that repeat
 * rows one after another; each issue is pushed before any of a later row.
 */
class RepeatedRows {
  private run: { first: number; firstCopied: number; length: number } | undefined;

  constructor(
    private readonly tab: string,
    private readonly issues: Issue[],
  ) {}

  /** Sheet row `row` repeats sheet row `copied`. */
  note(row: number, copied: number): void {
    const { run } = this;
    if (run && row === run.first + run.length && copied === run.firstCopied + run.length) {
      run.length++;
      return;
    }
    this.report();
    this.run = { first: row, firstCopied: copied, length: 1 };
  }

  /** Reports the run so far. */
  report(): void {
    const { run } = this;
    if (!run) return;
    this.run = undefined;
    const last = run.length - 1;
    const problem =
      last === 0
        ? `repeats row ${run.firstCopied} cell for cell; imported once`
        : `rows ${run.first}-${run.first + last} repeat rows ${run.firstCopied}-${run.firstCopied + last} cell for cell; imported once`;
    this.issues.push({ tab: this.tab, row: run.first, column: '', value: '', problem });
  }
}

/** Cells are the same when they are of one type and read the same (dates: the same instant). */
function sameCell(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) {
    if (!(a instanceof Date && b instanceof Date)) return false;
    const [at, bt] = [a.getTime(), b.getTime()];
    return at === bt || (Number.isNaN(at) && Number.isNaN(bt));
  }
  return typeof a === typeof b && (a === b || String(a) === String(b));
}

function sameCells(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((cell, i) => sameCell(cell, b[i]));
}

const FNV_PRIME = 0x01000193;
const [STRING_TAG, NUMBER_TAG, DATE_TAG, BOOLEAN_TAG, BLANK_TAG, OTHER_TAG] = [1, 2, 3, 4, 5, 6];

/**
 * A number's integer part (both halves of its 53 bits) and fraction. `| 0` reads 0, -0 and NaN
 * alike, as sameCell does.
 */
function numberHash(hash: number, n: number): number {
  hash = Math.imul(hash ^ (n | 0), FNV_PRIME);
  hash = Math.imul(hash ^ ((n / 0x100000000) | 0), FNV_PRIME);
  return Math.imul(hash ^ (((n - Math.trunc(n)) * 0x9e3779b1) | 0), FNV_PRIME);
}

/** Text past this length is hashed by its length and the characters at both ends, where IDs and names differ. */
const HASHED_ENDS = 16;

function stringHash(hash: number, text: string): number {
  const { length } = text;
  hash = Math.imul(hash ^ length, FNV_PRIME);
  if (length <= 2 * HASHED_ENDS) {
    for (let c = 0; c < length; c++) hash = Math.imul(hash ^ text.charCodeAt(c), FNV_PRIME);
    return hash;
  }
  for (let c = 0; c < HASHED_ENDS; c++) hash = Math.imul(hash ^ text.charCodeAt(c), FNV_PRIME);
  for (let c = length - HASHED_ENDS; c < length; c++) hash = Math.imul(hash ^ text.charCodeAt(c), FNV_PRIME);
  return hash;
}

/** FNV-1a over a cell's type and contents, run on from `hash`, as sameCell compares them. */
function cellHash(hash: number, cell: unknown): number {
  if (typeof cell === 'string') return stringHash(Math.imul(hash ^ STRING_TAG, FNV_PRIME), cell);
  if (typeof cell === 'number') return numberHash(Math.imul(hash ^ NUMBER_TAG, FNV_PRIME), cell);
  if (cell instanceof Date) return numberHash(Math.imul(hash ^ DATE_TAG, FNV_PRIME), cell.getTime());
  if (typeof cell === 'boolean') return Math.imul(hash ^ (BOOLEAN_TAG + (cell ? 8 : 0)), FNV_PRIME);
  return Math.imul(hash ^ (cell === null || cell === undefined ? BLANK_TAG : OTHER_TAG), FNV_PRIME);
}

/** Of every cell of the row: same cells, same hash. 30 bits, as a small integer. */
function rowHash(row: readonly unknown[]): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < row.length; i++) hash = cellHash(hash, row[i]);
  return hash & 0x3fffffff;
}

/**
 * Of the cells a record is known by (an order line's Order ID and SKU ID, as trimmed), when the tab
 * has them and none is blank; else rowHash. Rows that repeat each other cell for cell repeat these
 * too, and few other rows share them, so a row's other cells are compared with those few rows only,
 * and hashed not at all: most of a large export's text is in those other cells.
 */
function identityHash(row: readonly unknown[], recordIds: readonly number[], cells: readonly unknown[]): number {
  if (recordIds.length === 0) return rowHash(row);
  let hash = 0x811c9dc5;
  for (const slot of recordIds) {
    const cell = cells[slot];
    if (cell === '' || cell === null || cell === undefined) return rowHash(row);
    hash = cellHash(hash, cell);
  }
  return hash & 0x3fffffff;
}

/** ID fields a record is known by: a row where one lost its digits is not imported, never under a made-up ID. */
const RECORD_IDS: Record<SourceKind, readonly string[]> = {
  creators: [],
  samples: ['Sample ID'],
  orders: ['Order ID', 'SKU ID'],
  affiliate: ['Order ID', 'SKU ID'],
  settlement: ['Order ID', 'SKU ID'],
  products: ['SKU'],
  costs: [],
};

interface ReadColumn extends IdColumn {
  field: string;
  parse: ColumnParser;
  /** Text cells are trimmed once, before they are weighed and parsed: exports end every ID and time with a tab. */
  trimmed: boolean;
  /** The column's decision from all its cells, weighed as the rows are read; undefined for a kind that makes none or is read on demand. */
  votes: ColumnVotes<ColumnDecision> | undefined;
  /** Parsed only when a record asks (ReadOptions.onDemand). */
  onDemand: boolean;
}

/** Kinds whose parsers read a trimmed text as the text itself, and whose cells are read twice (weighed, then parsed). */
const TRIMMED_ONCE: ReadonlySet<FieldKind> = new Set<FieldKind>(['id', 'date', 'datetime']);

/** What reading a tab found besides its rows. */
export interface TableRead {
  issues: Issue[];
  /** Rows left out because an ID that identifies them was damaged. */
  refusedRows: number[];
  /** Data rows visited (blank rows and exact copies of an earlier row are not). */
  visited: number;
}

/** A row's values by field name. */
export function fieldsOf(row: ParsedRow, slots: FieldSlots): Fields {
  return Object.fromEntries(slots.fields.map((field, slot) => [field, row.values[slot]]));
}

/**
 * A column's decision is guessed from its first cells that have a say, this many, or from all its
 * cells down to the first this many without one (amounts that are numbers, IDs of usual length).
 */
const GUESSED_FROM_VOTES = 64;
const GUESSED_FROM_SILENT_CELLS = 1024;

function guessedDecision(votes: ColumnVotes<ColumnDecision>, data: readonly (readonly unknown[])[], index: number) {
  let said = 0;
  let silent = 0;
  for (let i = 0; i < data.length && said < GUESSED_FROM_VOTES && silent < GUESSED_FROM_SILENT_CELLS; i++) {
    const cell = data[i][index];
    if (votes.weigh(cell)) said++;
    else if (!isBlank(cell)) silent++;
  }
  return votes.decision();
}

/**
 * Parses every data row of a mapped table and hands each to the visitor `begin` returns as it is
 * read: no list of parsed rows is held. The row and its `values` are reused for the next row, so
 * a visitor keeps values, never the row. Values are in the slots of `new FieldSlots(table.mapping)`;
 * unreadable cells become issues.
 *
 * A column's decision (decimal comma, date order, ...) weighs all its cells, and would take a pass
 * over the column before its first row is read. Instead it is guessed from its first cells (see
 * guessedDecision) and weighed as the rows are read, all cells of a row at once. Where all the
 * cells decide otherwise, the rows are read again with what they decided: `begin` is called again
 * and starts over.
 */
export function readRows(table: MappedTable, options: ReadOptions, begin: () => (row: ParsedRow) => void): TableRead {
  let firstData = table.headerRow + 1;
  if (firstData < table.values.length && isDescriptionRow(table.values[firstData], table.mapping, table.kind))
    firstData++;
  const data = table.values.slice(firstData);
  const guessed = Object.entries(table.mapping).map(([field, index]) => {
    const votes = votesFor(fieldSpec(table.kind, field).kind);
    return votes && guessedDecision(votes, data, index);
  });
  const first = readAllRows(table, firstData, data, guessed, options, begin());
  if (first.decisions.every((decision, slot) => decision === guessed[slot])) return first.read;
  return readAllRows(table, firstData, data, first.decisions, options, begin()).read;
}

/**
 * The row being read: its cells by slot (trimmed where the column's are, but for a field read on
 * demand), parsed into `values` as readAllRows asks and, for a field read on demand, as its record
 * asks. One per tab, reused row after row.
 */
class RowReading implements ParsedRow {
  source: SourceRef;
  readonly values: unknown[];
  unreadable: string[] | undefined = undefined;
  readonly cells: unknown[];
  /** Slots of fields read on demand, and which of them this row has read. */
  private readonly demandable: readonly number[];
  private readonly demanded: Uint8Array;

  constructor(
    tab: string,
    private readonly columns: readonly ReadColumn[],
    private readonly issues: Issue[],
    private readonly damaged: DamagedIds,
  ) {
    this.source = { tab, row: 0 };
    this.cells = new Array<unknown>(columns.length).fill(undefined);
    this.values = new Array<unknown>(columns.length + 1).fill(undefined);
    this.demandable = columns.flatMap((column, slot) => (column.onDemand ? [slot] : []));
    this.demanded = new Uint8Array(columns.length);
  }

  /** Starts the row at `source`: nothing of it parsed yet. */
  begin(source: SourceRef): void {
    this.source = source;
    this.unreadable = undefined;
    for (const slot of this.demandable) {
      this.demanded[slot] = 0;
      this.values[slot] = undefined;
    }
  }

  /** Parses the cell in `slot` into `values`, reporting its problem or warning. */
  parse(slot: number): void {
    const { columns, cells, values, source } = this;
    const column = columns[slot];
    const raw = cells[slot];
    if (column.damage && !column.dropsRow && this.damaged.note(column, raw, source.row)) {
      (this.unreadable ??= []).push(column.field);
      values[slot] = undefined;
      return;
    }
    const parsed = column.parse(raw);
    if (parsed.problem) {
      this.issues.push({ ...source, column: column.name, value: cleanText(raw), problem: parsed.problem });
      (this.unreadable ??= []).push(column.field);
    } else if (parsed.warning)
      this.issues.push({ ...source, column: column.name, value: cleanText(raw), problem: parsed.warning });
    values[slot] = parsed.value ?? undefined;
  }

  onDemand(slot: number): unknown {
    if (slot < this.columns.length && this.columns[slot].onDemand && !this.demanded[slot]) {
      this.demanded[slot] = 1;
      const raw = this.cells[slot];
      if (this.columns[slot].trimmed && typeof raw === 'string') this.cells[slot] = cleanText(raw);
      this.parse(slot);
    }
    return this.values[slot];
  }
}

/** readRows with each column's decision given; also what all the cells decided. */
function readAllRows(
  table: MappedTable,
  firstData: number,
  data: readonly (readonly unknown[])[],
  decisions: readonly (ColumnDecision | undefined)[],
  options: ReadOptions,
  visit: (row: ParsedRow) => void,
): { read: TableRead; decisions: (ColumnDecision | undefined)[] } {
  const header = table.values[table.headerRow] ?? [];
  const columns = Object.entries(table.mapping).map(([field, index], slot): ReadColumn => {
    const spec = fieldSpec(table.kind, field);
    const decision = decisions[slot];
    const dropsRow = RECORD_IDS[table.kind].includes(field);
    const onDemand = !dropsRow && (options.onDemand?.includes(field) ?? false);
    return {
      field,
      index,
      name: cleanText(header[index]) || field,
      parse: parserFor(spec.kind, spec, decision, options),
      damage: spec.kind === 'id' ? (raw) => idDamage(raw, decision as boolean) : undefined,
      dropsRow,
      trimmed: TRIMMED_ONCE.has(spec.kind),
      votes: onDemand ? undefined : votesFor(spec.kind),
      onDemand,
    };
  });
  const recordIds = columns.flatMap((column, slot) => (column.dropsRow ? [slot] : []));
  const read: TableRead = { issues: [], refusedRows: [], visited: 0 };
  const { issues } = read;
  const damaged = new DamagedIds();
  const sightings = new RowSightings(data);
  const reading = new RowReading(table.tab, columns, issues, damaged);
  const repeated = new RepeatedRows(table.tab, issues);
  const { cells } = reading;
  for (let index = 0; index < data.length; index++) {
    const row = data[index];
    for (let slot = 0; slot < columns.length; slot++) {
      const column = columns[slot];
      const raw = row[column.index];
      const cell = column.trimmed && !column.onDemand && typeof raw === 'string' ? cleanText(raw) : raw;
      cells[slot] = cell;
      column.votes?.weigh(cell);
    }
    if (isBlankRow(row)) continue;
    const sheetRow = firstData + index + 1;
    let lostRecordId = false;
    for (const slot of recordIds) if (damaged.note(columns[slot], cells[slot], sheetRow)) lostRecordId = true;
    if (lostRecordId) {
      read.refusedRows.push(sheetRow);
      continue;
    }
    const copyOf = sightings.earlierCopy(index, identityHash(row, recordIds, cells));
    if (copyOf !== undefined) {
      repeated.note(sheetRow, firstData + copyOf + 1);
      continue;
    }
    repeated.report();
    reading.begin({ tab: table.tab, row: sheetRow });
    for (let slot = 0; slot < columns.length; slot++) if (!columns[slot].onDemand) reading.parse(slot);
    read.visited++;
    visit(reading);
  }
  repeated.report();
  issues.push(...damaged.issues(table.tab));
  return {
    read,
    decisions: columns.map((column, slot) => (column.onDemand ? decisions[slot] : column.votes?.decision())),
  };
}

/** A row kept after reading: its fields by name. */
export interface KeptRow {
  source: SourceRef;
  fields: Fields;
}

/** Every data row of a small mapped table, kept, with its fields by name. */
export function readTable(
  table: MappedTable,
  options: ReadOptions,
): { rows: KeptRow[]; issues: Issue[]; refusedRows: number[] } {
  const rows: KeptRow[] = [];
  const slots = new FieldSlots(table.mapping);
  const { issues, refusedRows } = readRows(table, options, () => {
    rows.length = 0;
    return (row) => rows.push({ source: row.source, fields: fieldsOf(row, slots) });
  });
  return { rows, issues, refusedRows };
}

export function sourceLabel(source: SourceRef): string {
  return `${source.tab}!${source.row}`;
}

/** Reports a row skipped for a missing field, unless its cell was already reported as unreadable. */
export function reportMissing(issues: Issue[], row: ParsedRow, field: string, problem: string): void {
  if (!row.unreadable?.includes(field)) issues.push({ ...row.source, column: field, value: '', problem });
}

/** One kind's record of a parsed row, or undefined (with an issue saying why, where there is one). */
export type RecordReader<T> = (row: ParsedRow, issues: Issue[]) => T | undefined;
