/**
 * Writes the demo seller workbook (the source tabs, before Organize) to .xlsx.
 *   tsx scripts/demo/cli.ts [--out out/demo-source.xlsx] [--seed N] [--creators N] [--prospects N] [--samples N]
 *                           [--order-lines N] [--time-zone Area/City] [--start YYYY-MM-DD] [--months N]
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { writeWorkbook } from '../runtime/xlsx';
import type { DemoOptions } from './generate';
import { DEMO_DEFAULTS, generateDemoWorkbook } from './generate';
import { instantOf, wallTime } from './wallClock';

function optionsFromArgs(args: string[]): { out: string; options: DemoOptions } {
  const { values } = parseArgs({
    args,
    options: {
      out: { type: 'string', default: 'out/demo-source.xlsx' },
      seed: { type: 'string' },
      creators: { type: 'string' },
      prospects: { type: 'string' },
      samples: { type: 'string' },
      'order-lines': { type: 'string' },
      'time-zone': { type: 'string' },
      start: { type: 'string' },
      months: { type: 'string' },
    },
  });
  const count = (name: string, text: string | undefined): number | undefined => {
    if (text === undefined) return undefined;
    const value = Number(text);
    if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number, got "${text}"`);
    return value;
  };
  const timeZone = values['time-zone'];
  return {
    out: values.out,
    options: {
      seed: count('seed', values.seed),
      creators: count('creators', values.creators),
      prospects: count('prospects', values.prospects),
      samples: count('samples', values.samples),
      orderLines: count('order-lines', values['order-lines']),
      timeZone,
      start: values.start === undefined ? undefined : startOf(values.start, timeZone ?? DEMO_DEFAULTS.timeZone),
      months: count('months', values.months),
    },
  };
}

function startOf(text: string, timeZone: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) throw new Error(`--start must look like 2026-07-01, got "${text}"`);
  return instantOf(wallTime(Number(match[1]), Number(match[2]), Number(match[3])), timeZone);
}

async function main(): Promise<void> {
  const { out, options } = optionsFromArgs(process.argv.slice(2));
  const { workbook, truth } = generateDemoWorkbook(options);
  mkdirSync(dirname(out), { recursive: true });
  await writeWorkbook(workbook, out);
  const tabs = workbook.sheets.map((sheet) => `${sheet.name} (${sheet.rows.length - 1} rows)`).join(', ');
  console.log(`Wrote ${out}: ${tabs}`);
  console.log(
    `Truth: ${truth.creators.length} creators, ${truth.sampleCount} samples, ${truth.orderLines.length} order lines, ${truth.brokenRows.length} broken cells.`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
