/**
 * Recalculating custom-function formulas (`=PROFIT_BY_CREATOR(Orders!A:S, ..., B1)`) the way Sheets
 * does: arguments shaped as Sheets passes them (a multi-cell range as a 2-D array of every row up to
 * the sheet's max rows, one cell as its value), errors shown as `#ERROR!`, an array result spilled
 * right and down from the formula's cell (`#REF!` when that would overwrite data), formulas evaluated
 * after the formulas they read. Other formulas (built-ins, nested expressions) keep their value.
 */
import type { Cell, CellValue, SheetModel } from './workbook';
import type { FakeSpreadsheet } from './spreadsheet';
import { a1Of, parseA1 } from './a1';
import { cellAt, dropSpill, hasContent, maxColumnsOf, maxRowsOf, putCell } from './grid';

export interface CustomFunctionCaller {
  /** The top-level function Sheets would call for this name, if any. */
  resolve(name: string): string | undefined;
  /** Calls it as a custom function; throws what it throws, or a time-limit error. */
  call(name: string, args: unknown[]): unknown;
}

export interface FormulaEvaluation {
  evaluated: number;
  /** Messages of the cells showing `#ERROR!` or `#REF!`, keyed `Sheet!A1`. */
  errors: Record<string, string>;
}

interface Rect {
  sheet: SheetModel;
  row: number;
  column: number;
  endRow: number;
  endColumn: number;
}

type Argument = { value: unknown } | { range: Rect };

type ResultCell = Pick<Cell, 'value' | 'error'>;

interface CustomFormula {
  sheet: SheetModel;
  row: number;
  column: number;
  functionName: string;
  args: Argument[];
}

const MAX_PASSES = 10;

const CIRCULAR = 'Circular dependency detected. To resolve with iterative calculation, see File > Settings.';

export function evaluateCustomFunctions(spreadsheet: FakeSpreadsheet, caller: CustomFunctionCaller): FormulaEvaluation {
  const formulas = findCustomFormulas(spreadsheet, caller);
  const { ordered, circular } = dependencyOrder(formulas);
  const errors: Record<string, string> = {};
  for (const formula of circular) writeError(formula, '#REF!', CIRCULAR, errors);

  const evaluated = new Set<CustomFormula>();
  let queue = ordered;
  for (let pass = 0; queue.length > 0 && pass < MAX_PASSES; pass++) {
    const writes: { rect: Rect; step: number }[] = [];
    const stepOf = new Map<CustomFormula, number>();
    queue.forEach((formula, step) => {
      stepOf.set(formula, step);
      evaluated.add(formula);
      writes.push(...evaluate(formula, caller, errors).map((rect) => ({ rect, step })));
    });
    // A formula reading cells that a later formula of this pass spilled into must see the new values.
    queue = ordered.filter((formula) =>
      writes.some(
        ({ rect, step }) =>
          step > (stepOf.get(formula) ?? -1) && rangesOf(formula).some((range) => intersects(range, rect)),
      ),
    );
  }
  return { evaluated: evaluated.size + circular.length, errors };
}

function findCustomFormulas(spreadsheet: FakeSpreadsheet, caller: CustomFunctionCaller): CustomFormula[] {
  const formulas: CustomFormula[] = [];
  for (const sheet of spreadsheet.workbook.sheets) {
    sheet.rows.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        const formula = cell.formula && parseCall(cell.formula, sheet, spreadsheet, caller);
        if (formula) formulas.push({ sheet, row: r + 1, column: c + 1, ...formula });
      }),
    );
  }
  return formulas;
}

/** `=NAME(arg, ...)` with literal or range arguments; undefined for anything else. */
function parseCall(
  formula: string,
  sheet: SheetModel,
  spreadsheet: FakeSpreadsheet,
  caller: CustomFunctionCaller,
): Pick<CustomFormula, 'functionName' | 'args'> | undefined {
  const match = /^=\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\(([\s\S]*)\)\s*$/.exec(formula);
  const functionName = match && caller.resolve(match[1]);
  if (!match || !functionName) return undefined;
  const texts = splitArguments(match[2]);
  if (!texts) return undefined;
  const args: Argument[] = [];
  for (const text of texts) {
    const arg = parseArgument(text, sheet, spreadsheet);
    if (!arg) return undefined;
    args.push(arg);
  }
  return { functionName, args };
}

/** Splits on top-level commas, respecting "strings" and 'quoted sheet names'; undefined when nested calls appear. */
function splitArguments(text: string): string[] | undefined {
  if (text.trim() === '') return [];
  const parts: string[] = [];
  let current = '';
  let quote: string | undefined;
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(' || ch === ')' || ch === '{' || ch === '}') return undefined;
    else if (ch === ',') {
      parts.push(current.trim());
      current = '';
      continue;
    }
    current += ch;
  }
  parts.push(current.trim());
  return parts;
}

function parseArgument(text: string, sheet: SheetModel, spreadsheet: FakeSpreadsheet): Argument | undefined {
  if (text === '') return { value: '' };
  if (/^"(?:[^"]|"")*"$/.test(text)) return { value: text.slice(1, -1).replace(/""/g, '"') };
  if (/^(TRUE|FALSE)$/i.test(text)) return { value: text.toUpperCase() === 'TRUE' };
  const number = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)(%?)$/.exec(text);
  if (number) return { value: Number(number[1]) / (number[2] ? 100 : 1) };
  try {
    const ref = parseA1(text);
    const target = ref.sheetName === undefined ? sheet : spreadsheet.sheets.named(ref.sheetName)?.model;
    if (!target) return undefined;
    return {
      range: {
        sheet: target,
        row: ref.row,
        column: ref.column,
        endRow: ref.endRow ?? maxRowsOf(target),
        endColumn: ref.endColumn ?? maxColumnsOf(target),
      },
    };
  } catch {
    return undefined;
  }
}

function rangesOf(formula: CustomFormula): Rect[] {
  return formula.args.flatMap((arg) => ('range' in arg ? [arg.range] : []));
}

function contains(rect: Rect, sheet: SheetModel, row: number, column: number): boolean {
  return (
    rect.sheet === sheet && row >= rect.row && row <= rect.endRow && column >= rect.column && column <= rect.endColumn
  );
}

function intersects(a: Rect, b: Rect): boolean {
  return (
    a.sheet === b.sheet && a.row <= b.endRow && b.row <= a.endRow && a.column <= b.endColumn && b.column <= a.endColumn
  );
}

/** Formulas after the formulas whose cells they read; those in (or behind) a cycle are circular. */
function dependencyOrder(formulas: CustomFormula[]): { ordered: CustomFormula[]; circular: CustomFormula[] } {
  const dependencies = new Map(
    formulas.map((formula) => [
      formula,
      formulas.filter((other) =>
        rangesOf(formula).some((range) => contains(range, other.sheet, other.row, other.column)),
      ),
    ]),
  );
  const ordered: CustomFormula[] = [];
  const done = new Set<CustomFormula>();
  let progressed = true;
  while (progressed) {
    progressed = false;
    for (const formula of formulas) {
      if (!done.has(formula) && dependencies.get(formula)!.every((dependency) => done.has(dependency))) {
        done.add(formula);
        ordered.push(formula);
        progressed = true;
      }
    }
  }
  return { ordered, circular: formulas.filter((formula) => !done.has(formula)) };
}

/** Evaluates one formula and writes its result; returns the areas it wrote. */
function evaluate(formula: CustomFormula, caller: CustomFunctionCaller, errors: Record<string, string>): Rect[] {
  const previous = clearSpill(formula);
  delete errors[cellName(formula)];
  let result: unknown;
  try {
    result = caller.call(formula.functionName, formula.args.map(argumentValue));
  } catch (error) {
    return [...previous, writeError(formula, '#ERROR!', messageOf(error), errors)];
  }
  const values = toGrid(result);
  if (values.length === 0 || values[0].length === 0)
    return [...previous, writeError(formula, '#N/A', 'The result was empty.', errors)];
  const area: Rect = {
    sheet: formula.sheet,
    row: formula.row,
    column: formula.column,
    endRow: formula.row + values.length - 1,
    endColumn: formula.column + values[0].length - 1,
  };
  const blocked = spillBlocker(area);
  if (blocked) return [...previous, writeError(formula, '#REF!', blocked, errors)];
  values.forEach((row, r) =>
    row.forEach((result, c) => {
      const current = cellAt(formula.sheet, formula.row + r, formula.column + c);
      const cell: Cell = r === 0 && c === 0 ? { ...current!, ...result } : { ...current, ...result, spilled: true };
      if (!result.error) delete cell.error;
      putCell(formula.sheet, formula.row + r, formula.column + c, cell);
    }),
  );
  const anchor = cellAt(formula.sheet, formula.row, formula.column)!;
  if (values.length > 1 || values[0].length > 1) anchor.spill = { rows: values.length, columns: values[0].length };
  return [...previous, area];
}

function argumentValue(arg: Argument): unknown {
  if ('value' in arg) return arg.value;
  const { sheet, row, column, endRow, endColumn } = arg.range;
  const valueAt = (r: number, c: number): CellValue => {
    const value = cellAt(sheet, r, c)?.value ?? '';
    return value instanceof Date ? new Date(value.getTime()) : value;
  };
  if (row === endRow && column === endColumn) return valueAt(row, column);
  return Array.from({ length: endRow - row + 1 }, (_, r) =>
    Array.from({ length: endColumn - column + 1 }, (_, c) => valueAt(row + r, column + c)),
  );
}

/** A result as rows of cells: a 1-D array is a column, ragged rows are padded with blanks. */
function toGrid(result: unknown): ResultCell[][] {
  if (!Array.isArray(result)) return [[cellValueOf(result)]];
  const rows = result.map((row) => (Array.isArray(row) ? row.map(cellValueOf) : [cellValueOf(row)]));
  const width = Math.max(0, ...rows.map((row) => row.length));
  return rows.map((row) => [...row, ...Array.from({ length: width - row.length }, () => ({ value: '' }))]);
}

/** What a returned value shows: Infinity and NaN show the error #NUM!; a string is text, even `#N/A`. */
function cellValueOf(value: unknown): ResultCell {
  if (value === null || value === undefined) return { value: '' };
  if (typeof value === 'number') return Number.isFinite(value) ? { value } : { value: '#NUM!', error: true };
  if (typeof value === 'string' || typeof value === 'boolean') return { value };
  if (value instanceof Date) return { value: new Date(value.getTime()) };
  return { value: String(value) };
}

/** Empties the cells the formula spilled into last time, so its own old values never block it. */
function clearSpill(formula: CustomFormula): Rect[] {
  const spill = dropSpill(formula.sheet, formula.row, formula.column);
  if (!spill) return [];
  return [
    {
      sheet: formula.sheet,
      row: formula.row,
      column: formula.column,
      endRow: formula.row + spill.rows - 1,
      endColumn: formula.column + spill.columns - 1,
    },
  ];
}

function spillBlocker(area: Rect): string | undefined {
  if (area.endRow > maxRowsOf(area.sheet)) {
    return `Result was not automatically expanded, please insert more rows (${area.endRow - maxRowsOf(area.sheet)}).`;
  }
  if (area.endColumn > maxColumnsOf(area.sheet)) {
    return `Result was not automatically expanded, please insert more columns (${area.endColumn - maxColumnsOf(area.sheet)}).`;
  }
  for (let r = area.row; r <= area.endRow; r++) {
    for (let c = area.column; c <= area.endColumn; c++) {
      if ((r !== area.row || c !== area.column) && hasContent(cellAt(area.sheet, r, c))) {
        return `Array result was not expanded because it would overwrite data in ${a1Of(r, c)}.`;
      }
    }
  }
  return undefined;
}

function writeError(formula: CustomFormula, value: string, message: string, errors: Record<string, string>): Rect {
  const anchor = cellAt(formula.sheet, formula.row, formula.column)!;
  anchor.value = value;
  anchor.error = true;
  errors[cellName(formula)] = message;
  return {
    sheet: formula.sheet,
    row: formula.row,
    column: formula.column,
    endRow: formula.row,
    endColumn: formula.column,
  };
}

function cellName(formula: CustomFormula): string {
  return `${formula.sheet.name}!${a1Of(formula.row, formula.column)}`;
}

function messageOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'message' in error
    ? String((error as Error).message)
    : String(error);
}
