/**
 * IDs a spreadsheet already rounded (`5.76837E+17`, 15 digits then zeros, a number past 15 digits)
 * are gone for good: Organize never imports a record under one. A file with thousands of them gets
 * one Import issue per column, with the count, the first rows and how to import the file again.
 */
import type { IdDamage } from '../values';
import { cleanText } from '../values';
import { grouped, rowList } from '../wording';
import type { Issue } from './table';

export interface IdColumn {
  index: number;
  name: string;
  /** The row is not imported (the ID is what the record is known by), rather than the cell read as blank. */
  dropsRow: boolean;
  damage?: (raw: unknown) => IdDamage | undefined;
}

const REIMPORT =
  'The digits cannot be recovered from this tab. Import the export again as plain text: in Google Sheets, ' +
  'File → Import, upload the file from Seller Center and uncheck "Convert text to numbers, dates and formulas". ' +
  'If the file was opened and saved in Excel first, download it again from Seller Center.';

interface DamagedColumn {
  name: string;
  /** The row is not imported (the ID is what the record is known by), rather than the cell read as blank. */
  dropsRow: boolean;
  rows: number[];
  /** The first damaged cell as it holds it: a number cell as all its digits, never as `1.72938E+18`. */
  firstValue: string;
}

export class DamagedIds {
  private readonly columns = new Map<number, DamagedColumn>();

  /** Remembers a damaged cell of an ID column (one with a `damage` test); true when it was one. */
  note(column: IdColumn, raw: unknown, row: number): boolean {
    if (!column.damage?.(raw)) return false;
    let damaged = this.columns.get(column.index);
    if (!damaged) {
      damaged = { name: column.name, dropsRow: column.dropsRow, rows: [], firstValue: cleanText(raw) };
      this.columns.set(column.index, damaged);
    }
    damaged.rows.push(row);
    return true;
  }

  issues(tab: string): Issue[] {
    return [...this.columns.values()].map(({ name, dropsRow, rows, firstValue }) => ({
      tab,
      row: rows[0],
      column: name,
      value: firstValue,
      problem:
        `${grouped(rows.length)} ${name} ${rows.length === 1 ? 'cell has' : 'cells have'} lost the digits past the 15th ` +
        `(a spreadsheet read them as numbers), so ${dropsRow ? 'those rows were not imported' : 'those cells were read as blank'}: ` +
        `${rowList(rows)}. ${REIMPORT}`,
    }));
  }
}
