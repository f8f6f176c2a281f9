/**
 * `npm run bench`: Organize on 100,000 order lines, 10,000 samples and 5,000 creators in the
 * local runtime, and the same at a tenth of the size, in four runs: the first, a re-run with no
 * change, a re-run after appending 1% more order lines, and one after editing 100 scattered
 * cells. For each: wall time, peak memory, service calls by method and cells written. Then the
 * PROFIT_BY_* formulas and a follow-up run (scripts/bench/). The figures go to out/bench.json
 * too (keys in README, "Bench").
 *
 * Each size runs in child processes so its peak memory is its own: one for the pure core, one for
 * the runtime's four runs.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadCoreBundle } from './bench/coreBundle';
import { benchFollowUps } from './bench/followups';
import { middle } from './bench/middle';
import type { ProfitFigures } from './bench/profit';
import { benchProfit } from './bench/profit';
import { appendOrderLines, editScatteredQuantities } from './bench/sourceEdits';
import { generateDemoWorkbook } from './demo/generate';
import type { ReadRecord, Runtime, WriteRecord } from './runtime';
import { createRuntime } from './runtime';
import { valuesOf } from './runtime/workbook';
import { addOn } from './addOn';

const SIZES = {
  full: { creators: 5_000, samples: 10_000, orderLines: 100_000 },
  tenth: { creators: 500, samples: 1_000, orderLines: 10_000 },
};
type SizeLabel = keyof typeof SIZES;
const NOW = new Date('2026-11-23T17:00:00Z');
const SCATTERED_EDITS = 100;
const OUT = path.resolve('out/bench.json');

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

interface CoreFigures {
  /** The median of CORE_RUNS cold runs, each in a fresh process (an Apps Script execution starts cold too). */
  ms: number;
  runsMs: number[];
  /** The child's peak RSS less its RSS once the tabs were in memory: what the core itself held at most. */
  peakAboveInputsMb: number;
  peakRssMb: number;
  heapAfterMb: number;
  /** A bare pass over the same tabs in the same process (gaugePass): the machine's speed at the time. */
  gaugeMs: number;
  /** `ms` over `gaugeMs`, the median of each run's ratio: how the core moved, whatever the machine's speed that day. */
  overGauge: number;
}

interface RunFigures {
  ms: number;
  /** The process's peak RSS so far (it only grows: the first run sets it). */
  peakRssMb: number;
  calls: Record<string, number>;
  /** Cells whose contents were written (setValues, setValue, setFormulas, appendRow), formatted, and cleared. */
  cellsWritten: number;
  formatCellsWritten: number;
  cellsCleared: number;
  /** The writes themselves: Range calls that changed cells. */
  writes: number;
  /** Cells read back from the spreadsheet, by Range method (getValues, getFormulas, getNumberFormats, ...). */
  cellsRead: Record<string, number>;
  workbookCells: number;
}

interface SizeFigures {
  orderLines: number;
  core: CoreFigures;
  runs: { first: RunFigures; rerun: RunFigures; append1pct: RunFigures; edit100: RunFigures };
  appendedLines: number;
}

function timed<T>(work: () => T): [T, number] {
  const start = process.hrtime.bigint();
  const result = work();
  return [result, Number(process.hrtime.bigint() - start) / 1e6];
}

/** Cold runs of the core per size: the machine's noise is large beside one run. */
const CORE_RUNS = 3;

/**
 * What any reading of the tabs costs: every cell touched, every text's characters read, one small
 * object kept per row. Timed after the core, in its process, so the core still runs cold.
 */
function gaugePass(tabs: readonly { values: readonly unknown[][] }[]): number {
  let sum = 0;
  const kept: { row: number; sum: number }[] = [];
  for (const { values } of tabs)
    for (const row of values) {
      for (const cell of row) {
        if (typeof cell === 'string') for (let c = 0; c < cell.length; c++) sum += cell.charCodeAt(c);
        else if (typeof cell === 'number') sum += cell;
      }
      kept.push({ row: kept.length, sum });
    }
  return sum + kept.length;
}

function measureCore(label: SizeLabel): Omit<CoreFigures, 'runsMs' | 'overGauge'> {
  const { workbook } = generateDemoWorkbook({ ...SIZES[label], seed: 7 });
  const tabs = workbook.sheets.map((sheet) => ({ name: sheet.name, values: valuesOf(sheet) }));
  const { organize } = loadCoreBundle();
  global.gc?.();
  const before = process.memoryUsage().rss;
  const [, ms] = timed(() =>
    organize({ tabs, managed: {}, state: {}, savedMappings: new Map(), timeZone: workbook.timeZone, now: NOW }),
  );
  const figures = {
    ms,
    peakAboveInputsMb: Math.max(0, peakRssMb() - mb(before)),
    peakRssMb: peakRssMb(),
    heapAfterMb: mb(process.memoryUsage().heapUsed),
  };
  global.gc?.();
  const [, gaugeMs] = timed(() => gaugePass(tabs));
  return { ...figures, gaugeMs };
}

const cellsOf = (writes: readonly WriteRecord[], kind: WriteRecord['kind']) =>
  writes.filter((w) => w.kind === kind).reduce((sum, w) => sum + w.cells, 0);

function cellsReadByMethod(reads: readonly ReadRecord[]): Record<string, number> {
  const cells: Record<string, number> = {};
  for (const { method, cells: n } of reads) cells[method] = (cells[method] ?? 0) + n;
  return cells;
}

const totalOf = (counts: Record<string, number>) => Object.values(counts).reduce((sum, n) => sum + n, 0);

function organizeRun(runtime: Runtime): RunFigures {
  runtime.resetCalls();
  const [, ms] = timed(() => addOn(runtime).runOrganize());
  const workbookCells = runtime.workbook.sheets.reduce(
    (sum, sheet) => sum + sheet.rows.reduce((n, row) => n + row.length, 0),
    0,
  );
  return {
    ms,
    peakRssMb: peakRssMb(),
    calls: { ...runtime.calls },
    cellsWritten: cellsOf(runtime.writes, 'values'),
    formatCellsWritten: cellsOf(runtime.writes, 'formats'),
    cellsCleared: cellsOf(runtime.writes, 'clear'),
    writes: runtime.writes.length,
    cellsRead: cellsReadByMethod(runtime.reads),
    workbookCells,
  };
}

function measureRuns(label: SizeLabel): Pick<SizeFigures, 'runs' | 'appendedLines'> {
  const { workbook } = generateDemoWorkbook({ ...SIZES[label], seed: 7 });
  const runtime = createRuntime({ workbook, now: NOW });
  const first = organizeRun(runtime);
  const rerun = organizeRun(runtime);
  const appendedLines = appendOrderLines(workbook, SIZES[label].orderLines / 100);
  const append1pct = organizeRun(runtime);
  editScatteredQuantities(workbook, SCATTERED_EDITS);
  const edit100 = organizeRun(runtime);
  return { runs: { first, rerun, append1pct, edit100 }, appendedLines };
}

function inChild<T>(what: string, label: SizeLabel): T {
  const output = execFileSync(process.execPath, ['--expose-gc', ...process.execArgv, __filename, what, label], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(output.trim().split('\n').pop()!) as T;
}

function medianCore(runs: readonly Omit<CoreFigures, 'runsMs' | 'overGauge'>[]): CoreFigures {
  const runsMs = runs.map((run) => run.ms);
  return {
    ms: middle(runsMs),
    runsMs,
    gaugeMs: middle(runs.map((run) => run.gaugeMs)),
    overGauge: middle(runs.map((run) => run.ms / run.gaugeMs)),
    peakAboveInputsMb: Math.max(...runs.map((run) => run.peakAboveInputsMb)),
    peakRssMb: Math.max(...runs.map((run) => run.peakRssMb)),
    heapAfterMb: Math.max(...runs.map((run) => run.heapAfterMb)),
  };
}

function measureSize(label: SizeLabel): SizeFigures {
  return {
    orderLines: SIZES[label].orderLines,
    core: medianCore(Array.from({ length: CORE_RUNS }, () => inChild<CoreFigures>('--measure-core', label))),
    ...inChild<Pick<SizeFigures, 'runs' | 'appendedLines'>>('--measure-runs', label),
  };
}

const RUN_NAMES = { first: 'first run', rerun: 'no change', append1pct: 'append 1%', edit100: '100 edits' } as const;
type RunName = keyof typeof RUN_NAMES;

function printOrganize(figures: Record<SizeLabel, SizeFigures>): void {
  console.log('Organize (built Code.js in the local runtime)');
  for (const [label, f] of Object.entries(figures)) {
    console.log(
      `  ${label.padEnd(6)} ${f.orderLines.toLocaleString('en-US').padStart(7)} order lines: core ${f.core.ms.toFixed(0)} ms ` +
        `(median of ${f.core.runsMs.map((ms) => ms.toFixed(0)).join(', ')}), ` +
        `${f.core.overGauge.toFixed(1)}x a bare pass over the same tabs (${f.core.gaugeMs.toFixed(0)} ms), ` +
        `${f.core.peakAboveInputsMb} MB above its inputs (child peak RSS ${f.core.peakRssMb} MB)`,
    );
    for (const name of Object.keys(RUN_NAMES) as RunName[]) {
      const run = f.runs[name];
      console.log(
        `    ${RUN_NAMES[name].padEnd(10)} ${run.ms.toFixed(0).padStart(6)} ms, peak RSS ${String(run.peakRssMb).padStart(5)} MB, ` +
          `${run.cellsWritten.toLocaleString('en-US').padStart(9)} cells written in ${run.writes} writes ` +
          `(${run.formatCellsWritten.toLocaleString('en-US')} cells formatted, ${run.cellsCleared.toLocaleString('en-US')} cleared), ` +
          `${totalOf(run.cellsRead).toLocaleString('en-US')} cells read`,
      );
    }
  }
  const { full, tenth } = figures;
  console.log(
    `  10x the rows: core ${(full.core.ms / tenth.core.ms).toFixed(1)}x the time, ` +
      `first run in the runtime ${(full.runs.first.ms / tenth.runs.first.ms).toFixed(1)}x`,
  );
  console.log(
    `  append 1% (${full.appendedLines.toLocaleString('en-US')} lines) writes ` +
      `${((100 * full.runs.append1pct.cellsWritten) / full.runs.first.cellsWritten).toFixed(2)}% of the first run's cells`,
  );
  console.log('  service calls by method (tenth: first, no change, append, edits → full: the same)');
  const columns = (['tenth', 'full'] as const).flatMap((label) =>
    (Object.keys(RUN_NAMES) as RunName[]).map((name) => figures[label].runs[name].calls),
  );
  const methods = [...new Set(columns.flatMap((calls) => Object.keys(calls)))].sort();
  const row = (name: string, counts: number[]) =>
    console.log(`    ${name.padEnd(40)} ${counts.map((n) => String(n).padStart(5)).join(' ')}`);
  for (const method of methods)
    row(
      method,
      columns.map((calls) => calls[method] ?? 0),
    );
  row(
    'total',
    columns.map((calls) => Object.values(calls).reduce((a, b) => a + b, 0)),
  );
}

interface BenchFile {
  generatedAt: string;
  node: string;
  organize: Record<SizeLabel, SizeFigures>;
  scaling: { coreRatio: number; firstRunRatio: number };
  profitByCreator: ProfitFigures;
}

function main(): void {
  const [what, label] = process.argv.slice(2) as [string, SizeLabel];
  if (what === '--measure-core') return console.log(JSON.stringify(measureCore(label)));
  if (what === '--measure-runs') return console.log(JSON.stringify(measureRuns(label)));
  const organizeFigures = { full: measureSize('full'), tenth: measureSize('tenth') };
  printOrganize(organizeFigures);
  console.log();
  const profitByCreator = benchProfit();
  console.log();
  benchFollowUps();
  const file: BenchFile = {
    generatedAt: new Date().toISOString(),
    node: process.version,
    organize: organizeFigures,
    scaling: {
      coreRatio: organizeFigures.full.core.ms / organizeFigures.tenth.core.ms,
      firstRunRatio: organizeFigures.full.runs.first.ms / organizeFigures.tenth.runs.first.ms,
    },
    profitByCreator,
  };
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, `${JSON.stringify(file, null, 2)}\n`);
  console.log(`\nFigures written to ${path.relative(process.cwd(), OUT)}`);
}

main();
