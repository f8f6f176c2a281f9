/**
 * `npm start [-- <workbook.xlsx>] [--out <path.xlsx>] [--now <ISO date-time>]`
 *
 * Runs the built add-on (dist/Code.js) in the local runtime on a workbook — by default the
 * generated demo workbook — the way a seller would use it: Organize, insert the Profit dashboard,
 * a follow-up dry run. Prints a summary and writes the resulting workbook.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadWorkbook, parseNow, requireValue } from './cliArgs';
import { createRuntime } from './runtime';
import { writeWorkbook } from './runtime/xlsx';
import { runDemoSteps } from './startSteps';

interface Args {
  input?: string;
  out: string;
  now: Date;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { out: 'out/demo.xlsx', now: new Date() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--out') args.out = requireValue(argv, ++i, '--out');
    else if (arg === '--now') args.now = parseNow(requireValue(argv, ++i, '--now'));
    else if (arg.startsWith('--'))
      throw new Error(`Unknown option ${arg}. Usage: npm start -- [workbook.xlsx] [--out path.xlsx] [--now ISO]`);
    else args.input = arg;
  }
  return args;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const workbook = await loadWorkbook(args.input);
  const runtime = createRuntime({ workbook, now: args.now });
  console.log(
    `Creator Ops on ${args.input ?? 'the demo workbook'} (${workbook.sheets.length} tabs, time zone ${workbook.timeZone})\n`,
  );
  runDemoSteps(runtime, (line) => console.log(line));
  fs.mkdirSync(path.dirname(path.resolve(args.out)), { recursive: true });
  await writeWorkbook(workbook, args.out);
  console.log(`\nWrote ${args.out}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
