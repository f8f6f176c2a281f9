/**
 * PROFIT_BY_CREATOR bench: 100,000 order lines, 10,000 samples and 5,000 creators in the managed
 * tabs' shape, for a one-year period. Timed on the pure core in process and as a formula cell of the
 * built Code.js in the local runtime, beside the floor: a bare single-pass loop over the same arrays
 * that computes the same sums (typed cells taken on trust, no parsing, no checks). Then the cold
 * start Sheets pays before every custom-function evaluation: loading Code.js into a fresh context.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { roundCents } from '../../src/core/cents';
import { profitBy } from '../../src/core/profit';
import { COSTS, headersOf, ORDERS, PRODUCTS, SAMPLES } from '../../src/core/schema';
import { Random } from '../demo/random';
import { middle } from './middle';
import { createRuntime } from '../runtime';
import type { CellValue, WorkbookModel } from '../runtime/workbook';
import { sheetFromValues } from '../runtime/workbook';

const SIZE = { orderLines: 100_000, samples: 10_000, creators: 5_000, skus: 300, campaigns: 8, costs: 2_000 };
const TIME_ZONE = 'America/Los_Angeles';
const GBP_RATE = 1.27;
const PERIOD = { start: new Date('2026-01-01T08:00:00Z'), end: new Date('2026-12-31T08:00:00Z') };
const CODE_PATH = path.resolve(__dirname, '../../dist/Code.js');
const CORE_RUNS = 15;
const BUNDLE_RUNS = 3;
const COLD_STARTS = 20;

type Grid = CellValue[][];

interface Tabs {
  orders: Grid;
  samples: Grid;
  products: Grid;
  costs: Grid;
  settings: Grid;
}

const cents = (n: number) => Math.round(n * 100) / 100;

function dayIn2026(rng: Random): Date {
  return new Date(Date.UTC(2026, 0, 1, 8) + rng.int(0, 364) * 86_400_000 + rng.int(0, 86_399) * 1000);
}

/** Orders of one to three lines; 15% unattributed, 5% cancelled, a fifth in GBP; some commission cells, the rest a rate. */
function generateTabs(seed: number): Tabs {
  const rng = new Random(seed);
  const handle = (i: number) => `creator${String(i).padStart(4, '0')}`;
  const orders: Grid = [headersOf(ORDERS)];
  for (let order = 0; orders.length <= SIZE.orderLines; order++) {
    const date = dayIn2026(rng);
    const creator = rng.chance(0.15) ? '' : handle(Math.floor(SIZE.creators * rng.next() ** 2));
    const currency = rng.chance(0.2) ? 'GBP' : 'USD';
    const status = rng.weighted([
      ['completed', 80],
      ['pending', 10],
      ['cancelled', 5],
      ['refunded', 5],
    ] as const);
    const lines = Math.min(rng.int(1, 3), SIZE.orderLines + 1 - orders.length);
    for (let line = 1; line <= lines; line++) {
      const units = rng.int(1, 3);
      const gross = cents((units * rng.int(899, 4999)) / 100);
      const discount = rng.chance(0.3) ? cents(gross * 0.1) : 0;
      const refund = status === 'refunded' ? cents(gross - discount) : 0;
      const net = gross - discount - refund;
      orders.push([
        `576${String(order).padStart(16, '0')}`,
        line,
        date,
        creator,
        `Campaign ${rng.int(1, SIZE.campaigns)}`,
        `SKU-${rng.int(1, SIZE.skus)}`,
        'Product',
        units,
        gross,
        discount,
        refund,
        status,
        creator ? 0.15 : '',
        creator && rng.chance(0.3) ? cents(net * 0.12) : '',
        cents(net * 0.06),
        rng.chance(0.5) ? 4.5 : '',
        currency,
        currency === 'GBP' ? 'UK' : 'US',
        `Orders export!${orders.length + 1}`,
      ]);
    }
  }
  const samples: Grid = [headersOf(SAMPLES)];
  for (let i = 0; i < SIZE.samples; i++) {
    samples.push([
      `S-${i}`,
      handle(i % SIZE.creators),
      `Campaign ${rng.int(1, SIZE.campaigns)}`,
      `SKU-${rng.int(1, SIZE.skus)}`,
      rng.int(1, 2),
      '',
      dayIn2026(rng),
      'UPS',
      `1Z${i}`,
      '',
      '',
      '',
      '',
      '',
      rng.chance(0.05) ? 'cancelled' : 'shipped',
      rng.chance(0.5) ? cents(rng.int(300, 2000) / 100) : '',
      6.5,
      '',
      `Sample log!${i + 2}`,
    ]);
  }
  const products: Grid = [headersOf(PRODUCTS)];
  for (let i = 1; i <= SIZE.skus; i++)
    products.push([`SKU-${i}`, 'Product', cents(rng.int(150, 1500) / 100), i % 10 === 0 ? 'GBP' : 'USD', 'Brand']);
  const costs: Grid = [headersOf(COSTS)];
  for (let i = 0; i < SIZE.costs; i++) {
    costs.push([
      dayIn2026(rng),
      handle(rng.int(0, SIZE.creators - 1)),
      '',
      rng.pick(['retainer', 'flat fee', 'ad spend', 'bonus']),
      rng.int(50, 500),
      'USD',
      '',
    ]);
  }
  const settings: Grid = [
    ['Setting', 'Value', 'Notes'],
    ['Report currency', 'USD', ''],
    ['FX rate GBP', GBP_RATE, ''],
  ];
  return { orders, samples, products, costs, settings };
}

interface FloorTotals {
  orderIds: Set<string>;
  sums: Float64Array;
}

/**
 * The same table's sums with nothing but the arithmetic: column positions fixed, cells trusted to be
 * typed, one pass per tab. Returns the Total row's Orders and GMV, to check it computes what the core does.
 */
function floor(tabs: Tabs): { orders: number; gmv: number } {
  const [fromMs, untilMs] = [PERIOD.start.getTime(), PERIOD.end.getTime() + 86_400_000];
  const unitCost = new Map<string, number>();
  for (let i = 1; i < tabs.products.length; i++) {
    const p = tabs.products[i];
    unitCost.set(p[0] as string, (p[2] as number) * (p[3] === 'GBP' ? GBP_RATE : 1));
  }
  const groups = new Map<string, FloorTotals>();
  const allOrderIds = new Set<string>();
  const totalsOf = (key: string) => {
    let totals = groups.get(key);
    if (!totals) groups.set(key, (totals = { orderIds: new Set(), sums: new Float64Array(9) }));
    return totals;
  };
  for (let i = 1; i < tabs.orders.length; i++) {
    const r = tabs.orders[i];
    const time = (r[2] as Date).getTime();
    if (r[11] === 'cancelled' || time < fromMs || time >= untilMs) continue;
    const totals = totalsOf((r[3] as string) || '(unattributed)');
    totals.orderIds.add(r[0] as string);
    allOrderIds.add(r[0] as string);
    const rate = r[16] === 'GBP' ? GBP_RATE : 1;
    const gmv = (r[8] as number) - (r[9] as number);
    const net = gmv - (r[10] as number);
    const s = totals.sums;
    s[0] += r[7] as number;
    s[1] += gmv * rate;
    s[2] += (r[10] as number) * rate;
    s[3] += (typeof r[13] === 'number' ? r[13] : typeof r[12] === 'number' ? r[12] * net : 0) * rate;
    s[4] += (r[14] as number) * rate;
    s[5] += (typeof r[15] === 'number' ? r[15] : 0) * rate;
    s[6] += (r[7] as number) * unitCost.get(r[5] as string)!;
  }
  for (let i = 1; i < tabs.samples.length; i++) {
    const r = tabs.samples[i];
    const time = (r[6] as Date).getTime();
    if (r[14] === 'cancelled' || time < fromMs || time >= untilMs) continue;
    const cost = typeof r[15] === 'number' ? r[15] : (r[4] as number) * unitCost.get(r[3] as string)!;
    totalsOf(r[1] as string).sums[7] += cost + (r[16] as number);
  }
  for (let i = 1; i < tabs.costs.length; i++) {
    const r = tabs.costs[i];
    const time = (r[0] as Date).getTime();
    if (time >= fromMs && time < untilMs) totalsOf(r[1] as string).sums[8] += r[4] as number;
  }
  // The Total is the exact sum over every group, rounded once.
  let gmv = 0;
  for (const totals of groups.values()) gmv += totals.sums[1];
  return { orders: allOrderIds.size, gmv: roundCents(gmv) };
}

function core(tabs: Tabs): (string | number)[][] {
  return profitBy('creator', { ...tabs, startDate: PERIOD.start, endDate: PERIOD.end }, { timeZone: TIME_ZONE });
}

function milliseconds(work: () => unknown): number {
  const start = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(work: () => unknown, runs: number): number {
  return middle(Array.from({ length: runs }, () => milliseconds(work)));
}

/** Medians of two pieces of work run in turns, and the median of their ratio per turn: load that comes and goes hits both alike. */
function pairedMedians(
  work: () => unknown,
  floorWork: () => unknown,
  runs: number,
): { ms: number; floorMs: number; ratio: number } {
  const pairs = Array.from({ length: runs }, () => [milliseconds(work), milliseconds(floorWork)]);
  return {
    ms: middle(pairs.map(([ms]) => ms)),
    floorMs: middle(pairs.map(([, ms]) => ms)),
    ratio: middle(pairs.map(([ms, floorMs]) => ms / floorMs)),
  };
}

function workbookOf(tabs: Tabs): WorkbookModel {
  const args = 'Orders!A:S, Samples!A:S, Products!A:F, Costs!A:G, B1, B2, Settings!A:B';
  const report = sheetFromValues('Profit', [
    ['Start', PERIOD.start],
    ['End', PERIOD.end],
  ]);
  report.rows.push([{ value: '', formula: `=PROFIT_BY_CREATOR(${args})` }]);
  report.maxRows = SIZE.creators + 100;
  return {
    timeZone: TIME_ZONE,
    sheets: [
      sheetFromValues('Orders', tabs.orders, 1),
      sheetFromValues('Samples', tabs.samples, 1),
      sheetFromValues('Products', tabs.products, 1),
      sheetFromValues('Costs', tabs.costs, 1),
      sheetFromValues('Settings', tabs.settings, 1),
      report,
    ],
  };
}

/** Median ms of evaluating the formula cell in the runtime, and the Total row it wrote. */
function throughBundle(tabs: Tabs): { ms: number; total: CellValue[] } {
  const runtime = createRuntime({ workbook: workbookOf(tabs), codePath: CODE_PATH });
  const ms = median(() => runtime.evaluateFormulas(), BUNDLE_RUNS);
  const error = Object.values(runtime.formulaErrors)[0];
  if (error) throw new Error(`PROFIT_BY_CREATOR failed in the runtime: ${error}`);
  const rows = runtime.workbook.sheets[5].rows;
  return { ms, total: rows[rows.length - 1].map((cell) => cell.value) };
}

/**
 * Median ms of PROFIT_BY_CREATOR in Code.js loaded into a bare vm context, the ranges built inside
 * that context beforehand: the bundle's own time, without the runtime passing 1.9 million cells in.
 */
function inBareContext(code: string, tabs: Tabs): number {
  const spreadsheet = { getSpreadsheetTimeZone: () => TIME_ZONE };
  const context = vm.createContext({
    SpreadsheetApp: { getActiveSpreadsheet: () => spreadsheet },
    tabsJson: JSON.stringify(tabs),
  });
  new vm.Script(code).runInContext(context);
  vm.runInContext(
    'var tabs = JSON.parse(tabsJson, function (k, v) { return /^\\d{4}-\\d\\d-\\d\\dT/.test(v) ? new Date(v) : v; });',
    context,
  );
  const call = new vm.Script(
    `PROFIT_BY_CREATOR(tabs.orders, tabs.samples, tabs.products, tabs.costs, new Date(${PERIOD.start.getTime()}), ` +
      `new Date(${PERIOD.end.getTime()}), tabs.settings)`,
  );
  return median(() => call.runInContext(context), CORE_RUNS);
}

function coldStartMs(code: string): number {
  return median(() => new vm.Script(code, { filename: 'Code.js' }).runInContext(vm.createContext({})), COLD_STARTS);
}

export interface ProfitFigures {
  coreMs: number;
  floorMs: number;
  coreOverFloor: number;
  bareContextMs: number;
  runtimeFormulaMs: number;
  coldStartMs: number;
}

export function benchProfit(): ProfitFigures {
  const tabs = generateTabs(11);
  const table = core(tabs);
  const total = table[table.length - 1];
  const floorTotal = floor(tabs);
  if (floorTotal.orders !== total[1] || floorTotal.gmv !== total[3]) {
    throw new Error(
      `The floor loop (${JSON.stringify(floorTotal)}) does not compute what the core does (orders ${total[1]}, GMV ${total[3]})`,
    );
  }

  const {
    ms: coreMs,
    floorMs,
    ratio,
  } = pairedMedians(
    () => core(tabs),
    () => floor(tabs),
    CORE_RUNS,
  );
  const bundle = throughBundle(tabs);
  if (JSON.stringify(bundle.total) !== JSON.stringify(total))
    throw new Error('The built Code.js and the core disagree on the Total row');
  const code = fs.readFileSync(CODE_PATH, 'utf8');
  const bareMs = inBareContext(code, tabs);

  console.log(
    `PROFIT_BY_CREATOR: ${SIZE.orderLines.toLocaleString('en-US')} order lines, ${SIZE.samples.toLocaleString('en-US')} samples, ` +
      `${SIZE.creators.toLocaleString('en-US')} creators, one-year period (${table.length - 2} creator rows)`,
  );
  console.log(`  core, in process (median of ${CORE_RUNS}, in turns with the floor): ${coreMs.toFixed(1)} ms`);
  console.log(`  floor, a bare single-pass loop over the same arrays:        ${floorMs.toFixed(1)} ms`);
  console.log(`  core / floor (median of the ratio per turn):                ${ratio.toFixed(2)}x`);
  console.log(
    `  built Code.js in a bare vm context (median of ${CORE_RUNS}):  ${bareMs.toFixed(1)} ms, ${(bareMs / floorMs).toFixed(2)}x the floor`,
  );
  console.log(
    `  built Code.js as a formula cell in the local runtime (median of ${BUNDLE_RUNS}, passing the ranges into the vm included): ` +
      `${bundle.ms.toFixed(0)} ms`,
  );
  const coldMs = coldStartMs(code);
  console.log(
    `Cold start: Code.js is ${Buffer.byteLength(code).toLocaleString('en-US')} bytes; ` +
      `loading it into a fresh vm context takes ${coldMs.toFixed(1)} ms (median of ${COLD_STARTS})`,
  );
  return {
    coreMs,
    floorMs,
    coreOverFloor: ratio,
    bareContextMs: bareMs,
    runtimeFormulaMs: bundle.ms,
    coldStartMs: coldMs,
  };
}

if (require.main === module) {
  benchProfit();
}
