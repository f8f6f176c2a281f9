/**
 * `npm run bench`: Organize on 100,000 order lines, 10,000 samples and 5,000 creators in the
 * local runtime, and the same at a tenth of the size: wall time, peak memory and service calls
 * by method, so anyone can see that the calls do not grow with rows. Then the PROFIT_BY_*
 * formulas and a follow-up run (scripts/bench/).
 *
 * Each size runs in a child process so its peak memory is its own.
 */
import { execFileSync } from 'node:child_process';
import { benchFollowUps } from './bench/followups';
import { benchProfit } from './bench/profit';
import { generateDemoWorkbook } from './demo/generate';
import { organize } from '../src/core/organize';
import { createRuntime } from './runtime';
import { valuesOf } from './runtime/workbook';
import { addOn } from './addOn';

interface OrganizeFigures {
  label: string;
  orderLines: number;
  /** The pure core alone (src/core/organize) on the same tabs, without the runtime's emulated I/O. */
  coreMs: number;
  organizeMs: number;
  rerunMs: number;
  peakRssMb: number;
  calls: Record<string, number>;
  rerunCalls: Record<string, number>;
}

const SIZES = {
  full: { creators: 5_000, samples: 10_000, orderLines: 100_000 },
  tenth: { creators: 500, samples: 1_000, orderLines: 10_000 },
};

function timed<T>(work: () => T): [T, number] {
  const start = process.hrtime.bigint();
  const result = work();
  return [result, Number(process.hrtime.bigint() - start) / 1e6];
}

function measureOrganize(label: keyof typeof SIZES): OrganizeFigures {
  const { workbook } = generateDemoWorkbook({ ...SIZES[label], seed: 7 });
  const now = new Date('2026-11-23T17:00:00Z');
  const tabs = workbook.sheets.map((sheet) => ({ name: sheet.name, values: valuesOf(sheet) }));
  const [, coreMs] = timed(() =>
    organize({ tabs, managed: {}, state: {}, savedMappings: new Map(), timeZone: workbook.timeZone, now }),
  );
  const runtime = createRuntime({ workbook, now });
  runtime.resetCalls();
  const [, organizeMs] = timed(() => addOn(runtime).runOrganize());
  const calls = { ...runtime.calls };
  runtime.resetCalls();
  const [, rerunMs] = timed(() => addOn(runtime).runOrganize());
  return {
    label,
    orderLines: SIZES[label].orderLines,
    coreMs,
    organizeMs,
    rerunMs,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    calls,
    rerunCalls: { ...runtime.calls },
  };
}

function inChild(label: string): OrganizeFigures {
  const output = execFileSync(process.execPath, [...process.execArgv, __filename, '--measure', label], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(output.trim().split('\n').pop()!) as OrganizeFigures;
}

function printOrganize(figures: OrganizeFigures[]): void {
  console.log('Organize (built Code.js in the local runtime)');
  for (const f of figures) {
    console.log(
      `  ${f.label.padEnd(6)} ${String(f.orderLines).padStart(7)} order lines: core ${f.coreMs.toFixed(0)} ms; in the runtime first run ` +
        `${f.organizeMs.toFixed(0)} ms, re-run ${f.rerunMs.toFixed(0)} ms; peak RSS ${f.peakRssMb.toFixed(0)} MB`,
    );
  }
  const [full, tenth] = figures;
  console.log(`  time ratio full/tenth: ${(full.organizeMs / tenth.organizeMs).toFixed(1)}x for 10x the rows`);
  console.log('  service calls by method (first run: tenth → full; re-run: tenth → full)');
  const methods = [
    ...new Set([...Object.keys(full.calls), ...Object.keys(tenth.calls), ...Object.keys(full.rerunCalls)]),
  ].sort();
  for (const method of methods) {
    const cells = [
      tenth.calls[method] ?? 0,
      full.calls[method] ?? 0,
      tenth.rerunCalls[method] ?? 0,
      full.rerunCalls[method] ?? 0,
    ];
    console.log(`    ${method.padEnd(40)} ${cells.map((n) => String(n).padStart(5)).join('  ')}`);
  }
  const total = (calls: Record<string, number>) => Object.values(calls).reduce((a, b) => a + b, 0);
  console.log(
    `    ${'total'.padEnd(40)} ${[tenth.calls, full.calls, tenth.rerunCalls, full.rerunCalls].map((c) => String(total(c)).padStart(5)).join('  ')}`,
  );
}

function main(): void {
  const measureIndex = process.argv.indexOf('--measure');
  if (measureIndex >= 0) {
    console.log(JSON.stringify(measureOrganize(process.argv[measureIndex + 1] as keyof typeof SIZES)));
    return;
  }
  printOrganize([inChild('full'), inChild('tenth')]);
  console.log();
  benchProfit();
  console.log();
  benchFollowUps();
}

main();
