/**
 * A range argument of the PROFIT formulas as a mapped table: its first row is the header row,
 * columns are found by header through the one alias table, and trailing blank rows (open-ended
 * ranges like Orders!A:S bring thousands) are cut off before any per-row work.
 */
import type { SourceKind } from '../aliases';
import { ALIASES, headerColumn, normalizeHeader } from '../aliases';
import { columnLetters } from '../a1';
import { mapHeaders } from '../detect';
import { cleanText } from '../values';
import type { MappedTable } from '../records/table';
import { isDescriptionRow } from '../records/table';

export type RangeName = 'orders' | 'samples' | 'products' | 'costs';

export interface RangeTable extends MappedTable {
  /** The argument's name in error messages. */
  name: RangeName;
  /** Index in `values` of the first data row. */
  start: number;
  /** Index in `values` just after the last row that is not blank. */
  end: number;
}

/** Fields of which at least one must have a column. */
export type Requirement = readonly string[];

/** A range argument as rows: a single cell arrives as a scalar, an omitted argument as undefined or ''. */
export function rowsOf(arg: unknown): readonly unknown[][] | undefined {
  if (arg === undefined || arg === null || arg === '') return undefined;
  return Array.isArray(arg) ? (arg as unknown[][]) : [[arg]];
}

export function isEmptyCell(cell: unknown): boolean {
  return cell === '' || cell === null || cell === undefined;
}

function endOfData(values: readonly unknown[][]): number {
  let end = values.length;
  while (end > 1 && values[end - 1].every(isEmptyCell)) end--;
  return end;
}

/**
 * An affiliate-orders export read as 'orders' loses its export-only columns and the SKU ID fallback;
 * an operator's orders sheet read as 'affiliate' loses Refund and Seller discount. The kind whose
 * aliases name more of the columns wins; a tie is our own Orders tab.
 */
function ordersKind(header: readonly unknown[]): SourceKind {
  const asAffiliate = Object.keys(mapHeaders('affiliate', header)).length;
  const asOrders = Object.keys(mapHeaders('orders', header)).length;
  return asAffiliate > asOrders ? 'affiliate' : 'orders';
}

/** The header texts that name a field, the canonical one first. */
export function acceptedHeaders(kind: SourceKind, field: string): string[] {
  const seen = new Set<string>();
  return [field, ...(ALIASES[kind][field] ?? [])].filter((header) => {
    const key = normalizeHeader(header);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The error for a range without a column it needs: which range, which header, and the names it is known by. */
export function missingColumn(name: RangeName, kind: SourceKind, requirement: Requirement): Error {
  const [field, ...alternatives] = requirement;
  const others = alternatives
    .map((other) => ` (or a ${other} column: ${acceptedHeaders(kind, other).join(', ')})`)
    .join('');
  return new Error(
    `The ${name} range has no ${field} column. Its first row must be the header row, with one of these headers: ` +
      `${acceptedHeaders(kind, field).join(', ')}${others}.`,
  );
}

/**
 * The mapping with each field read from the column headed by its own name where the range has one:
 * an operator's `Order total` left of the Orders tab's `Gross sales` is an alias, and must not win.
 */
function preferringContractHeaders(
  header: readonly unknown[],
  mapping: Record<string, number>,
): Record<string, number> {
  for (const field of Object.keys(mapping)) {
    const own = headerColumn(header, field);
    if (own >= 0) mapping[field] = own;
  }
  return mapping;
}

/**
 * A column read for a field whose header another column repeats: an operator's own `Commission`
 * beside the add-on's, say. Which one the figures add up cannot be told, so none is guessed.
 */
function headerTwice(name: RangeName, header: readonly unknown[], mapping: Record<string, number>): Error | undefined {
  for (const [field, column] of Object.entries(mapping)) {
    const text = normalizeHeader(header[column]);
    const other = header.findIndex((cell, c) => c !== column && normalizeHeader(cell) === text);
    if (other < 0) continue;
    const [first, second] = [column, other].sort((a, b) => a - b).map((c) => columnLetters(c + 1));
    return new Error(
      `Columns ${first} and ${second} of the ${name} range are both headed "${cleanText(header[column])}": the figures cannot tell which holds the ${field}. Rename or move the one that is yours.`,
    );
  }
  return undefined;
}

/** Maps the range's header row for `kind` ('orders' chooses between our Orders tab and the affiliate export). */
export function rangeTable(
  name: RangeName,
  values: readonly unknown[][],
  kind: SourceKind,
  requirements: readonly Requirement[],
): RangeTable {
  const header = values[0] ?? [];
  const tableKind = kind === 'orders' ? ordersKind(header) : kind;
  const mapping = preferringContractHeaders(header, mapHeaders(tableKind, header));
  const unmet = requirements.find((requirement) => !requirement.some((field) => field in mapping));
  if (unmet) throw missingColumn(name, tableKind, unmet);
  const twice = headerTwice(name, header, mapping);
  if (twice) throw twice;
  const end = endOfData(values);
  const start = end > 1 && isDescriptionRow(values[1], mapping, tableKind) ? 2 : 1;
  return { tab: name, name, kind: tableKind, headerRow: 0, mapping, values, start, end };
}
