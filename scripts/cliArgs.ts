/** Pieces the command-line scripts share: option values, --now, and the workbook to run on. */
import * as fs from 'node:fs';
import { generateDemoWorkbook } from './demo/generate';
import type { WorkbookModel } from './runtime/workbook';
import { readWorkbook } from './runtime/xlsx';

export function requireValue(argv: readonly string[], index: number, option: string): string {
  const value = argv[index];
  if (!value || value.startsWith('--')) throw new Error(`${option} needs a value`);
  return value;
}

export function parseNow(text: string): Date {
  const now = new Date(text);
  if (Number.isNaN(now.getTime())) throw new Error('--now takes a date-time such as 2026-11-23T10:00:00Z');
  return now;
}

/** The workbook at `input`, or the generated demo workbook when there is none. */
export async function loadWorkbook(input: string | undefined): Promise<WorkbookModel> {
  if (!input) return generateDemoWorkbook().workbook;
  if (!fs.existsSync(input)) throw new Error(`No workbook at ${input}`);
  return readWorkbook(input);
}
