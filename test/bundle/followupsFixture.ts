/** A small seller workbook with managed Samples, Creators and Products tabs, for runs of the built bundle. */
import * as path from 'path';
import { setSetting } from '../../scripts/followupSimulation';
import type { Runtime } from '../../scripts/runtime';
import { createRuntime } from '../../scripts/runtime';
import type { CellValue, WorkbookModel } from '../../scripts/runtime/workbook';
import { sheetNamed, valuesOf } from '../../scripts/runtime/workbook';
import type { ManagedTabName } from '../../src/core/schema';
import { CREATORS, headersOf, PRODUCTS, SAMPLES } from '../../src/core/schema';
import { addOnTab } from '../../scripts/addOn';
import { wallClockToInstant } from '../../src/core/values';
import { addOn } from '../../scripts/addOn';

export const TZ = 'America/Los_Angeles';
export const CODE_PATH = path.resolve(__dirname, '../../dist/Code.js');
/** The copy of the add-on that may read replies: its manifest declares gmail.metadata. */
export const READING_CODE_PATH = path.resolve(__dirname, '../../dist-reading/Code.js');

/** An instant given as wall-clock time in the workbook's zone: at('2026-03-02', 9). */
export function at(day: string, hour = 0, minute = 0): Date {
  const [year, month, date] = day.split('-').map(Number);
  return wallClockToInstant({ year, month, day: date, hour, minute, second: 0 }, TZ);
}

export type Row = Record<string, CellValue>;

function tab(name: ManagedTabName, headers: readonly string[], rows: readonly Row[]) {
  return addOnTab(name, [headers.slice(), ...rows.map((row) => headers.map((h) => row[h] ?? ''))]);
}

export const CREATOR_ROWS: Row[] = [
  { Handle: 'jane.doe', Name: 'Jane Doe', Email: 'jane@example.com', Owner: 'dana@shop.example' },
  { Handle: 'omar.k', Name: 'Omar Khan', Email: 'omar@example.com', Owner: 'dana@shop.example' },
  { Handle: 'lee.makes', Name: 'Lee', Email: 'lee@example.com' },
  { Handle: 'kim.glow', Name: 'Kim Park', Email: 'kim@example.com' },
  { Handle: 'bad.email', Name: 'Bo', Email: 'bo@' },
];

export const SAMPLE_ROWS: Row[] = [
  // Brief, Delivered (fills Due = Mar 12), Reminder, Overdue, Second nudge.
  {
    'Sample ID': 'S-1',
    Handle: 'jane.doe',
    SKU: 'GLOW-1',
    Units: 1,
    Shipped: at('2026-03-02'),
    Carrier: 'UPS',
    Tracking: '1Z001',
    Delivered: at('2026-03-05'),
  },
  // Requested, never shipped: a ship reminder to the owner.
  { 'Sample ID': 'S-2', Handle: 'omar.k', SKU: 'GLOW-1', Units: 1, Requested: at('2026-03-01') },
  // Posted before the month: nothing.
  {
    'Sample ID': 'S-3',
    Handle: 'lee.makes',
    SKU: 'GLOW-1',
    Shipped: at('2026-02-20'),
    'Brief sent': at('2026-02-20'),
    Delivered: at('2026-02-24'),
    Due: at('2026-03-06'),
    Posted: at('2026-03-05'),
  },
  // A Due the operator set: Brief, then Reminder and Overdue around Mar 25.
  {
    'Sample ID': 'S-4',
    Handle: 'kim.glow',
    SKU: 'GLOW-1',
    Shipped: at('2026-03-09'),
    Tracking: 'LX123',
    Carrier: 'Royal Mail',
    Due: at('2026-03-25'),
  },
  // Cancelled: nothing.
  { 'Sample ID': 'S-5', Handle: 'jane.doe', SKU: 'GLOW-1', Shipped: at('2026-03-03'), Status: 'cancelled' },
  // The creator's address is unusable: held in the log with the reason, never sent.
  { 'Sample ID': 'S-6', Handle: 'bad.email', SKU: 'GLOW-1', Shipped: at('2026-03-04') },
];

export function fixtureWorkbook(samples: Row[] = SAMPLE_ROWS, creators: Row[] = CREATOR_ROWS): WorkbookModel {
  return {
    timeZone: TZ,
    sheets: [
      tab(CREATORS.name, headersOf(CREATORS), creators),
      tab(SAMPLES.name, headersOf(SAMPLES), samples),
      tab(PRODUCTS.name, headersOf(PRODUCTS), [{ SKU: 'GLOW-1', Product: 'Glow Serum', Brand: 'Lumi' }]),
    ],
  };
}

export function startRuntime(
  workbook: WorkbookModel,
  options: {
    now?: Date;
    mailQuota?: number;
    gmailSendingLimit?: number;
    codePath?: string;
    withheldScopes?: string[];
  } = {},
): Runtime {
  const runtime = createRuntime({
    workbook,
    now: options.now ?? at('2026-03-01'),
    mailQuota: options.mailQuota,
    gmailSendingLimit: options.gmailSendingLimit,
    userEmail: 'dana@shop.example',
    codePath: options.codePath ?? CODE_PATH,
    withheldScopes: options.withheldScopes,
  });
  addOn(runtime).onOpen();
  return runtime;
}

export function sheetValues(runtime: Runtime, name: string): CellValue[][] {
  return valuesOf(sheetNamed(runtime.workbook, name));
}

/** Fires the user's follow-up trigger once, at `time`. */
export function fireAt(runtime: Runtime, time: Date): void {
  const trigger = runtime.triggers.find((t) => t.handler === 'runFollowUps' && t.owner === runtime.userEmail);
  if (!trigger) throw new Error('follow-ups are not on');
  runtime.clock.set(time);
  runtime.fireTrigger(trigger);
}

/** The Follow-up log's rows (header first) as `Rule | Sample ID | To | Status | Key` lines. */
export function logLines(runtime: Runtime): string[] {
  return sheetValues(runtime, 'Follow-up log')
    .slice(1)
    .map((row) => [row[1], row[3], row[4], row[6], row[8]].join(' | '));
}

export function lastRun(runtime: Runtime): Record<string, unknown> {
  return JSON.parse(runtime.properties.document['followUps:lastRun'] ?? 'null');
}

/** Turns follow-ups on from the menu, in the given mode. */
export function turnOn(runtime: Runtime, mode: 'send' | 'review'): void {
  runtime.ui.clickMenuItem('Turn on follow-ups');
  setSetting(runtime, 'Follow-up mode', mode);
}

/** Types a value into a cell of the row whose first cell is `key`, in the column headed `header`. */
export function editCell(runtime: Runtime, tabName: string, key: string, header: string, value: CellValue): void {
  const sheet = sheetNamed(runtime.workbook, tabName);
  const column = sheet.rows[0].findIndex((cell) => cell.value === header);
  const row = sheet.rows.find((r) => r[0]?.value === key);
  if (!row || column < 0) throw new Error(`no ${header} cell for ${key} in ${tabName}`);
  row[column] = { value };
}

/** Sets the Status cell of the log row with this key, as the operator approving it would. */
export function setLogStatus(runtime: Runtime, key: string, status: string): void {
  const row = sheetNamed(runtime.workbook, 'Follow-up log').rows.find((r) => r[8]?.value === key);
  if (!row) throw new Error(`no log row ${key}`);
  row[6] = { value: status };
}
