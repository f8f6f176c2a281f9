/**
 * Reads cells of a range argument, one at a time, for the single pass the report makes over it.
 * Cells Sheets already typed (numbers, Dates, digit IDs) are taken as they are; any other cell goes
 * through the parser Organize uses for that field, with the same column-level decisions
 * (records/table.ts), and a repeated text (handle, status, SKU) is parsed once.
 * A cell its parser cannot read is an error naming its row and column: a figure that cannot be
 * traced to readable cells is not reported.
 */
import type { ColumnParser } from '../records/table';
import { columnParser, fieldSpec } from '../records/table';
import type { FieldKind } from '../schema';
import type { Money } from '../cells';
import type { Parsed } from '../values';
import { detectPercentScale, parseId } from '../values';
import type { RangeTable } from './range';
import { isEmptyCell } from './range';

/** A field's column in the range; `index` is -1 when the range has none, and every cell then reads as blank. */
export class Column {
  /** Made when a cell first needs it: the column-level decisions read the whole column. */
  parser: ColumnParser | undefined = undefined;
  /** Texts parsed before, by cell value; null for a cell that reads as blank ('-', 'n/a'). */
  readonly parsedTexts = new Map<unknown, string | null>();
  /** The last text cell read and what it read as: neighbouring rows often repeat an order, a status, a currency. */
  lastRaw: unknown = undefined;
  lastText: string | null = null;
  /** For percent columns: whether a bare number is a fraction (0.15) rather than a whole percent (15); undefined until needed. */
  fractions: boolean | undefined = undefined;

  constructor(
    readonly field: string,
    readonly index: number,
    readonly kind: FieldKind,
  ) {}
}

const DIGITS = /^\d+$/;
const ID_SEPARATOR = /[,;\s]+/;

export class RangeReader {
  private readonly known = new Map<string, Column>();

  constructor(
    readonly table: RangeTable,
    private readonly timeZone: string,
  ) {}

  /** Index of the first data row. */
  get start(): number {
    return this.table.start;
  }

  /** Index after the last data row. */
  get end(): number {
    return this.table.end;
  }

  column(field: string): Column {
    let column = this.known.get(field);
    if (!column) {
      column = new Column(field, this.table.mapping[field] ?? -1, fieldSpec(this.table.kind, field).kind);
      this.known.set(field, column);
    }
    return column;
  }

  /** Columns by name: `columns({ sku: 'SKU' })` → `{ sku: <the SKU column> }`. */
  columns<Name extends string>(fields: Record<Name, string>): Record<Name, Column> {
    const found = {} as Record<Name, Column>;
    for (const name of Object.keys(fields) as Name[]) found[name] = this.column(fields[name]);
    return found;
  }

  isEmpty(column: Column, row: number): boolean {
    return column.index < 0 || isEmptyCell(this.table.values[row][column.index]);
  }

  /** An amount; NaN when blank. */
  amount(column: Column, row: number): number {
    if (column.index < 0) return NaN;
    const raw = this.table.values[row][column.index];
    if (typeof raw === 'number') return raw;
    if (isEmptyCell(raw)) return NaN;
    return (this.parse(column, row, raw) as Money | null)?.amount ?? NaN;
  }

  /** The currency an amount cell names ('£12.50'), if any. */
  currencyNamedBy(column: Column, row: number): string | undefined {
    if (column.index < 0) return undefined;
    const raw = this.table.values[row][column.index];
    if (typeof raw !== 'string' || isEmptyCell(raw)) return undefined;
    return (this.parse(column, row, raw) as Money | null)?.currency;
  }

  /** A whole number, or a percentage as a fraction; NaN when blank. */
  number(column: Column, row: number): number {
    if (column.index < 0) return NaN;
    const raw = this.table.values[row][column.index];
    if (typeof raw === 'number' && (column.kind === 'integer' ? Number.isInteger(raw) : this.isFraction(column, raw)))
      return raw;
    if (isEmptyCell(raw)) return NaN;
    return (this.parse(column, row, raw) as number | null) ?? NaN;
  }

  /** Text as the field's parser leaves it: a normalized handle, a canonical status, an ISO currency code. */
  text(column: Column, row: number): string | undefined {
    if (column.index < 0) return undefined;
    const raw = this.table.values[row][column.index];
    if (isEmptyCell(raw)) return undefined;
    if (raw === column.lastRaw) return column.lastText ?? undefined;
    let text: string | null | undefined =
      column.kind === 'id' && typeof raw === 'string' && DIGITS.test(raw) ? raw : column.parsedTexts.get(raw);
    if (text === undefined) {
      text = this.parse(column, row, raw) as string | null;
      column.parsedTexts.set(raw, text);
    }
    column.lastRaw = raw;
    column.lastText = text;
    return text ?? undefined;
  }

  /**
   * IDs listed in one cell ('1729…01, 1729…02'), each as exact text; a number cell is one ID, unless
   * it lost digits on the way into the spreadsheet, which is an error naming the cell.
   */
  idList(column: Column, row: number): string[] {
    if (column.index < 0) return [];
    const raw = this.table.values[row][column.index];
    if (isEmptyCell(raw)) return [];
    const pieces = typeof raw === 'string' ? raw.split(ID_SEPARATOR).filter((piece) => piece.trim() !== '') : [raw];
    return pieces.map((piece) => this.checked(column, row, parseId(piece, 'SKU ID')) ?? '').filter(Boolean);
  }

  /** An instant in ms since the epoch; NaN when blank. */
  time(column: Column, row: number): number {
    if (column.index < 0) return NaN;
    const raw = this.table.values[row][column.index];
    if (raw instanceof Date) {
      const time = raw.getTime();
      if (time === time) return time;
    }
    if (isEmptyCell(raw)) return NaN;
    return (this.parse(column, row, raw) as Date | null)?.getTime() ?? NaN;
  }

  /** True only where a yes/no cell says yes. */
  flag(column: Column, row: number): boolean {
    if (column.index < 0) return false;
    const raw = this.table.values[row][column.index];
    if (typeof raw === 'boolean') return raw;
    return !isEmptyCell(raw) && this.parse(column, row, raw) === true;
  }

  /** A row as the user counts it: row 1 is the range's header row. */
  rowLabel(row: number): string {
    return `row ${row + 1} of the ${this.table.name} range`;
  }

  private isFraction(column: Column, n: number): boolean {
    // A percent column with any bare number above 1 writes whole percents: there 0.5 means 0.5%.
    column.fractions ??= detectPercentScale(this.columnValues(column.index)) === 'fraction';
    return column.fractions && n >= 0 && n <= 1;
  }

  private parse(column: Column, row: number, raw: unknown): unknown {
    column.parser ??= columnParser(
      column.kind,
      fieldSpec(this.table.kind, column.field),
      () => this.columnValues(column.index),
      {
        timeZone: this.timeZone,
      },
    );
    return this.checked(column, row, column.parser(raw));
  }

  private checked<T>(column: Column, row: number, parsed: Parsed<T>): T | null {
    if (parsed.problem) {
      const header = String(this.table.values[0][column.index] ?? '').trim() || column.field;
      throw new Error(`Cannot read ${this.rowLabel(row)}, column ${header}: ${parsed.problem}`);
    }
    return parsed.value;
  }

  private columnValues(index: number): unknown[] {
    const { values, start, end } = this.table;
    const out = new Array(end - start);
    for (let row = start; row < end; row++) out[row - start] = values[row][index];
    return out;
  }
}
