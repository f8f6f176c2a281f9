/**
 * `npm run outreach -- <workbook.xlsx> --from <ISO date-time> --days <N> [--out <dir>] [--config <file.json>]
 *   [--seed <n>] [--reply A=0.15,B=0.35] [--opt-out A=0.02,B=0.02] [--bounce A=0.03,B=0.03] [--active A=0.25,B=0.45]`
 *
 * Watches a whole outreach experiment offline: the built add-on runs on the workbook (organized
 * first when it has no Creators tab), enrols its first sequence (the default one when the workbook
 * has none), and its hourly trigger fires for --days days while simulated creators answer at the
 * rates of their variant. Prints each day's progress and the guard or verdict, then the
 * OUTREACH_RESULTS table; writes <out>/outbox.jsonl (every email, with its body) and
 * <out>/outreach.xlsx.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CREATORS } from '../src/core/schema';
import { parseDate } from '../src/core/values';
import { localIso } from './followupSimulation';
import type { OutreachSimulationConfig, VariantBehaviour } from './outreachSimulation';
import { DEFAULT_OUTREACH_CONFIG, simulateOutreach } from './outreachSimulation';
import { createRuntime } from './runtime';
import { readWorkbook, writeWorkbook } from './runtime/xlsx';
import { addOn } from './addOn';

const USAGE =
  'Usage: npm run outreach -- <workbook.xlsx> --from <ISO date-time> --days <N> [--out <dir>] [--config <file.json>] [--seed <n>] [--reply A=0.15,B=0.35] [--opt-out …] [--bounce …] [--active …]';
const READING_CODE = path.resolve('dist-reading/Code.js');
const RATE_FLAGS: Record<string, keyof VariantBehaviour> = {
  '--reply': 'reply',
  '--opt-out': 'optOut',
  '--bounce': 'bounce',
  '--active': 'active',
};
const OPTIONS = ['--from', '--days', '--out', '--config', '--seed', ...Object.keys(RATE_FLAGS)];

interface Args {
  input: string;
  from: string;
  days: number;
  out: string;
  config: OutreachSimulationConfig;
}

function rates(flag: string, text: string): [string, number][] {
  return text.split(',').map((part) => {
    const [variant, value] = part.split('=').map((s) => s.trim());
    const rate = Number(value);
    if (!/^[A-Z]$/i.test(variant ?? '') || !(rate >= 0 && rate <= 1))
      throw new Error(`${flag} takes variant=rate pairs with rates from 0 to 1, like A=0.15,B=0.35. ${USAGE}`);
    return [variant.toUpperCase(), rate];
  });
}

function readConfig(file: string | undefined): OutreachSimulationConfig {
  if (!file) return structuredClone(DEFAULT_OUTREACH_CONFIG);
  const given = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<OutreachSimulationConfig>;
  return {
    ...structuredClone(DEFAULT_OUTREACH_CONFIG),
    ...given,
    settings: { ...DEFAULT_OUTREACH_CONFIG.settings, ...given.settings },
  };
}

function parseArgs(argv: readonly string[]): Args {
  const options: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (!argv[i].startsWith('--')) positional.push(argv[i]);
    else if (OPTIONS.includes(argv[i]) && argv[i + 1] !== undefined) options[argv[i]] = argv[++i];
    else throw new Error(`${argv[i]} is not an option or has no value. ${USAGE}`);
  }
  if (positional.length !== 1) throw new Error(`Give one workbook. ${USAGE}`);
  if (options['--from'] === undefined) throw new Error(`--from is needed. ${USAGE}`);
  const days = Number(options['--days']);
  if (!Number.isInteger(days) || days < 1 || days > 366)
    throw new Error(`--days takes a whole number of days from 1 to 366. ${USAGE}`);
  const config = readConfig(options['--config']);
  if (options['--seed'] !== undefined) {
    config.seed = Number(options['--seed']);
    if (!Number.isInteger(config.seed)) throw new Error(`--seed takes a whole number. ${USAGE}`);
  }
  for (const [flag, field] of Object.entries(RATE_FLAGS)) {
    if (options[flag] === undefined) continue;
    for (const [variant, rate] of rates(flag, options[flag])) {
      const behaviour = (config.variants[variant] ??= { reply: 0, optOut: 0, bounce: 0, active: 0 });
      behaviour[field] = rate;
    }
  }
  return { input: positional[0], from: options['--from'], days, out: options['--out'] ?? 'out/outreach', config };
}

function table(rows: readonly (string | number)[][]): string[] {
  const text = rows.map((row) =>
    row.map((cell) => (typeof cell === 'number' && !Number.isInteger(cell) ? cell.toFixed(2) : String(cell))),
  );
  const widths = text[0].map((_, c) => Math.max(...text.map((row) => (row[c] ?? '').length)));
  return text.map((row) =>
    row
      .map((cell, c) => cell.padEnd(widths[c]))
      .join('  ')
      .trimEnd(),
  );
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(args.input)) throw new Error(`No workbook at ${args.input}`);
  if (!fs.existsSync(READING_CODE)) throw new Error(`No ${READING_CODE}: run npm run build first`);
  const workbook = await readWorkbook(args.input);
  const from = parseDate(args.from, { timeZone: workbook.timeZone, order: 'ambiguous' }).value;
  if (!from) throw new Error(`--from takes a date or date-time such as 2026-03-01T08:00, got "${args.from}". ${USAGE}`);
  const runtime = createRuntime({ workbook, now: from, mailQuota: 2000, codePath: READING_CODE });
  const print = (line: string) => console.log(line);
  print(
    `Outreach on ${args.input}, ${args.days} days from ${localIso(from, workbook.timeZone)} (${workbook.timeZone})`,
  );
  print(`Seed ${args.config.seed}; creators answer per variant: ${JSON.stringify(args.config.variants)}`);
  print(`Settings typed in: ${JSON.stringify(args.config.settings)}`);
  addOn(runtime).onOpen();
  if (!workbook.sheets.some((s) => s.name === CREATORS.name)) {
    print('No Creators tab yet: running Organize first.');
    addOn(runtime).runOrganize();
  }
  const result = simulateOutreach(runtime, {
    from,
    days: args.days,
    config: args.config,
    onDay: (day) => {
      const arms = day.arms.map((a) => `${a.variant} ${a.replied}/${a.contacted}`).join(', ');
      const verdict = day.arms[0]?.verdict ?? '';
      print(
        `${day.day}  sent ${String(day.sent).padStart(3)}  replies ${day.replies}  stops ${day.optOuts}  bounces ${day.bounces}  active ${day.becameActive}  |  ${arms}  ${verdict}`,
      );
    },
  });
  print(`\n${result.enrolMessage}`);
  print('\nOUTREACH_RESULTS');
  for (const line of table(result.results)) print(`  ${line}`);
  fs.mkdirSync(args.out, { recursive: true });
  const outbox = result.sent.map((m) => ({
    time: localIso(m.time, workbook.timeZone),
    to: m.to,
    subject: m.subject,
    threadId: m.threadId,
    body: m.body,
  }));
  fs.writeFileSync(path.join(args.out, 'outbox.jsonl'), outbox.map((m) => JSON.stringify(m)).join('\n') + '\n');
  await writeWorkbook(workbook, path.join(args.out, 'outreach.xlsx'));
  print(`\nWrote ${path.join(args.out, 'outbox.jsonl')} (${outbox.length} emails) and outreach.xlsx`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
