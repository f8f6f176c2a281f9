/**
 * A seller workbook already organized (managed Creators, Samples, Orders, Products and Costs tabs)
 * on 2026-03-20, with hostile text in the cells the panels show, for the sidebar's panel tests.
 */
import type { Browser } from 'playwright-core';
import { addOn } from '../../scripts/addOn';
import type { Runtime } from '../../scripts/runtime';
import { createRuntime } from '../../scripts/runtime';
import type { CellValue, SheetModel, WorkbookModel } from '../../scripts/runtime/workbook';
import { sheetNamed, valuesOf } from '../../scripts/runtime/workbook';
import { addOnTab } from '../../scripts/addOn';
import type { TabSpec } from '../../src/core/schema';
import { COSTS, CREATORS, headersOf, ORDERS, PRODUCTS, SAMPLES } from '../../src/core/schema';
import { wallClockToInstant } from '../../src/core/values';
import type { OpenedSidebar } from './harness';
import { openSidebar } from './harness';

export const TZ = 'America/Los_Angeles';
export const HOSTILE = '<img src=x onerror="window.__pwned=1">';
export const SCRIPT_URL = 'javascript:window.__pwned=1';

/** Midnight, or the given hour, of a day in the workbook's zone. */
export function at(day: string, hour = 0): Date {
  const [year, month, date] = day.split('-').map(Number);
  return wallClockToInstant({ year, month, day: date, hour, minute: 0, second: 0 }, TZ);
}

export const TODAY = '2026-03-20';
export const NOW = at(TODAY, 10);

type Row = Record<string, CellValue>;

function managedTab(spec: TabSpec, rows: readonly Row[]): SheetModel {
  const headers = headersOf(spec);
  return addOnTab(spec.name, [headers, ...rows.map((row) => headers.map((h) => row[h] ?? ''))]);
}

export const CREATOR_ROWS: Row[] = [
  {
    Handle: 'jane.doe',
    Name: HOSTILE,
    Email: 'jane@example.com',
    'Profile URL': 'https://www.tiktok.com/@jane.doe',
    Status: 'replied',
    'Last contacted': at('2026-03-10'),
  },
  { Handle: 'omar.k', Name: 'Omar Khan', Email: 'omar@example.com', 'Profile URL': SCRIPT_URL, Status: 'replied' },
  { Handle: 'kim.glow', Name: 'Kim Park', Email: 'kim@example.com', Status: 'active' },
  { Handle: 'lee.makes', Name: 'Lee', Email: 'lee@example.com', Status: 'active' },
];

export const SAMPLE_ROWS: Row[] = [
  // Delivered Mar 5, due Mar 12: overdue by 8 days on Mar 20; its Video URL is a script.
  {
    'Sample ID': 'S-1',
    Handle: 'jane.doe',
    SKU: 'GLOW-1',
    Units: 1,
    Shipped: at('2026-03-02'),
    'Brief sent': at('2026-03-02'),
    Delivered: at('2026-03-05'),
    Due: at('2026-03-12'),
    'Video URL': SCRIPT_URL,
  },
  // Requested Mar 15, not shipped.
  { 'Sample ID': 'S-2', Handle: 'omar.k', SKU: 'GLOW-1', Units: 1, Requested: at('2026-03-15') },
  // Due tomorrow, with a real video link already.
  {
    'Sample ID': 'S-4',
    Handle: 'kim.glow',
    SKU: 'GLOW-1',
    Units: 1,
    Shipped: at('2026-03-09'),
    'Brief sent': at('2026-03-09'),
    Due: at('2026-03-21'),
    'Video URL': 'https://www.tiktok.com/@kim.glow/video/1',
    Notes: HOSTILE,
  },
  // Posted: not on Today.
  {
    'Sample ID': 'S-3',
    Handle: 'lee.makes',
    SKU: 'GLOW-1',
    Units: 1,
    Shipped: at('2026-02-20'),
    Delivered: at('2026-02-24'),
    Due: at('2026-03-06'),
    Posted: at('2026-03-05'),
  },
];

export const ORDER_ROWS: Row[] = [
  {
    'Order ID': '5001',
    Line: 1,
    Date: at('2026-03-03', 12),
    Handle: 'jane.doe',
    SKU: 'GLOW-1',
    Units: 4,
    'Gross sales': 100,
    Commission: 10,
    Status: 'completed',
    Currency: 'USD',
  },
  {
    'Order ID': '5002',
    Line: 1,
    Date: at('2026-03-10', 12),
    Handle: 'kim.glow',
    SKU: 'GLOW-1',
    Units: 1,
    'Gross sales': 25,
    Commission: 2.5,
    Status: 'completed',
    Currency: 'USD',
  },
  {
    'Order ID': '5003',
    Line: 1,
    Date: at('2026-02-15', 12),
    Handle: 'omar.k',
    SKU: 'GLOW-1',
    Units: 2,
    'Gross sales': 60,
    Commission: 6,
    Status: 'completed',
    Currency: 'USD',
  },
];

export function organizedWorkbook(): WorkbookModel {
  return {
    timeZone: TZ,
    sheets: [
      managedTab(CREATORS, CREATOR_ROWS),
      managedTab(SAMPLES, SAMPLE_ROWS),
      managedTab(ORDERS, ORDER_ROWS),
      managedTab(PRODUCTS, [{ SKU: 'GLOW-1', Product: `Glow ${HOSTILE} Serum`, 'Unit cost': 5, Currency: 'USD' }]),
      managedTab(COSTS, []),
    ],
  };
}

export function runtimeOn(workbook: WorkbookModel, now = NOW): Runtime {
  const runtime = createRuntime({ workbook, now, userEmail: 'dana@shop.example' });
  addOn(runtime).onOpen();
  return runtime;
}

export function tabValues(runtime: Runtime, name: string): CellValue[][] {
  return valuesOf(sheetNamed(runtime.workbook, name));
}

/** The range the add-on last selected, as `Tab!A1`. */
export function selection(runtime: Runtime): string {
  const range = runtime.spreadsheet.getActiveRange();
  return range ? `${range.getSheet().getName()}!${range.getA1Notation()}` : '';
}

/** Opens the sidebar on a panel, by clicking its tab. */
export async function openPanel(
  browser: Browser,
  runtime: Runtime,
  tab: 'Organize' | 'Today' | 'Follow-ups' | 'Profit',
  options: Parameters<typeof openSidebar>[2] = {},
): Promise<OpenedSidebar> {
  const opened = await openSidebar(browser, runtime, options);
  await opened.page.getByRole('tab', { name: tab }).click();
  return opened;
}
