/**
 * Reads the columns of a range into typed arrays, one tight loop per column, for the rows asked.
 * Cells Sheets already typed (numbers, Dates, digit IDs) are taken as they are; any other cell goes
 * through the parser Organize uses for that field, with the same column-level decisions
 * (records/table.ts), and repeated texts (handles, statuses, SKUs) are parsed once.
 * Any cell a parser cannot read is an error naming its row and column: a figure that cannot be
 * traced to a readable cell is not reported.
 */
import { columnParser, ColumnParser, fieldSpec } from '../records/table';
import { detectPercentScale, Money } from '../values';
import { isEmptyCell, RangeTable } from './range';

/** Indexes into the range's values. */
export type Rows = readonly number[];

/** Blank amount and number cells read as NaN. */
export interface Amounts {
  values: Float64Array;
  /** The currency a cell named ('£12.50'), by position; absent when no cell named one. */
  currencies?: (string | undefined)[];
}

const DIGITS = /^\d+$/;

export class RangeColumns {
  private readonly parsers = new Map<string, ColumnParser>();

  constructor(
    readonly table: RangeTable,
    private readonly timeZone: string,
  ) {}

  has(field: string): boolean {
    return field in this.table.mapping;
  }

  /** Data rows with a cell in any of `fields` (the fields that identify a record): other rows are blank or notes. */
  rowsWith(...fields: string[]): number[] {
    const { values, start, end } = this.table;
    const columns = fields.map((field) => this.table.mapping[field]).filter((column) => column !== undefined);
    const rows: number[] = [];
    for (let index = start; index < end; index++) {
      const row = values[index];
      for (const column of columns) {
        if (isEmptyCell(row[column])) continue;
        rows.push(index);
        break;
      }
    }
    return rows;
  }

  amounts(field: string, rows: Rows): Amounts {
    const out = new Float64Array(rows.length).fill(NaN);
    const column = this.table.mapping[field];
    if (column === undefined) return { values: out };
    let currencies: (string | undefined)[] | undefined;
    for (let i = 0; i < rows.length; i++) {
      const raw = this.table.values[rows[i]][column];
      if (typeof raw === 'number') out[i] = raw;
      else if (!isEmptyCell(raw)) {
        const money = this.parse(field, rows[i], raw) as Money | null;
        if (money === null) continue;
        out[i] = money.amount;
        if (money.currency) (currencies ??= [])[i] = money.currency;
      }
    }
    return { values: out, currencies };
  }

  /** Whole numbers and percentages (as fractions). */
  numbers(field: string, rows: Rows): Float64Array {
    const out = new Float64Array(rows.length).fill(NaN);
    const column = this.table.mapping[field];
    if (column === undefined) return out;
    const kind = fieldSpec(this.table.kind, field).kind;
    // A percent column with any bare number above 1 writes whole percents: then 0.5 means 0.5%.
    const typedAsIs = kind === 'integer' ? Number.isInteger : detectPercentScale(this.columnValues(column)) === 'fraction' ? isFraction : never;
    for (let i = 0; i < rows.length; i++) {
      const raw = this.table.values[rows[i]][column];
      if (typeof raw === 'number' && typedAsIs(raw)) out[i] = raw;
      else if (!isEmptyCell(raw)) out[i] = (this.parse(field, rows[i], raw) as number | null) ?? NaN;
    }
    return out;
  }

  /** Texts as the field's parser leaves them: normalized handles, canonical statuses, ISO currency codes. */
  texts(field: string, rows: Rows): (string | undefined)[] {
    const out: (string | undefined)[] = new Array(rows.length).fill(undefined);
    const column = this.table.mapping[field];
    if (column === undefined) return out;
    const digitsAsIs = fieldSpec(this.table.kind, field).kind === 'id';
    // null: a cell that reads as blank ('-', 'n/a').
    const parsedBefore = new Map<unknown, string | null>();
    for (let i = 0; i < rows.length; i++) {
      const raw = this.table.values[rows[i]][column];
      if (isEmptyCell(raw)) continue;
      if (digitsAsIs && typeof raw === 'string' && DIGITS.test(raw)) {
        out[i] = raw;
        continue;
      }
      let text = parsedBefore.get(raw);
      if (text === undefined) {
        text = this.parse(field, rows[i], raw) as string | null;
        parsedBefore.set(raw, text);
      }
      if (text !== null) out[i] = text;
    }
    return out;
  }

  /** Instants in ms since the epoch. */
  times(field: string, rows: Rows): Float64Array {
    const out = new Float64Array(rows.length).fill(NaN);
    const column = this.table.mapping[field];
    if (column === undefined) return out;
    for (let i = 0; i < rows.length; i++) {
      const raw = this.table.values[rows[i]][column];
      const typed = raw instanceof Date ? raw.getTime() : NaN;
      if (typed === typed) out[i] = typed;
      else if (!isEmptyCell(raw)) out[i] = (this.parse(field, rows[i], raw) as Date | null)?.getTime() ?? NaN;
    }
    return out;
  }

  /** Yes/no cells: true only where the cell says yes. */
  flags(field: string, rows: Rows): boolean[] {
    const out: boolean[] = new Array(rows.length).fill(false);
    const column = this.table.mapping[field];
    if (column === undefined) return out;
    for (let i = 0; i < rows.length; i++) {
      const raw = this.table.values[rows[i]][column];
      out[i] = raw === true || (raw !== false && !isEmptyCell(raw) && this.parse(field, rows[i], raw) === true);
    }
    return out;
  }

  /** A row as the user counts it: row 1 is the range's header row. */
  rowLabel(row: number): string {
    return `row ${row + 1} of the ${this.table.name} range`;
  }

  private where(row: number, field: string): string {
    const header = String(this.table.values[0][this.table.mapping[field]] ?? '').trim() || field;
    return `${this.rowLabel(row)}, column ${header}`;
  }

  private parse(field: string, row: number, raw: unknown): unknown {
    const parsed = this.parserOf(field)(raw);
    if (parsed.problem) throw new Error(`Cannot read ${this.where(row, field)}: ${parsed.problem}`);
    return parsed.value;
  }

  private parserOf(field: string): ColumnParser {
    let parser = this.parsers.get(field);
    if (!parser) {
      const spec = fieldSpec(this.table.kind, field);
      parser = columnParser(spec.kind, spec, () => this.columnValues(this.table.mapping[field]), { timeZone: this.timeZone });
      this.parsers.set(field, parser);
    }
    return parser;
  }

  private columnValues(column: number): unknown[] {
    const { values, start, end } = this.table;
    const out = new Array(end - start);
    for (let index = start; index < end; index++) out[index - start] = values[index][column];
    return out;
  }
}

function isFraction(n: number): boolean {
  return n >= 0 && n <= 1;
}

function never(): boolean {
  return false;
}
