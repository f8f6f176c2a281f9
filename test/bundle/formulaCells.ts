/** Tabs for formula tests in the local runtime: plain values, and formula cells the runtime evaluates. */
import type { Cell, CellValue, SheetModel } from '../../scripts/runtime/workbook';

export function sheet(name: string, rows: (CellValue | Cell)[][]): SheetModel {
  return {
    name,
    frozenRows: 1,
    rows: rows.map((row) =>
      row.map((item) => (typeof item === 'object' && !(item instanceof Date) ? item : { value: item })),
    ),
  };
}

export const formula = (text: string): Cell => ({ value: '', formula: text });
