/**
 * `npm run followups -- <workbook.xlsx> --from <ISO date-time> --days <N> [--mode send|review] [--out <dir>]`
 * (--from without an offset, like 2026-03-01 or 2026-03-01T08:00, is time in the workbook's zone)
 *
 * Shows a stretch of follow-up automation before anyone turns it on: the built add-on runs in the
 * local runtime on the workbook (organized first when it has no Samples and Creators tabs), its
 * hourly trigger fires once an hour from --from for --days days, and every email is written to
 * <out>/outbox.jsonl (and, in review mode, what would wait for approval to <out>/queued.jsonl),
 * with the resulting workbook as <out>/followups.xlsx.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CREATORS, SAMPLES } from '../src/core/schema';
import { parseDate } from '../src/core/values';
import type { SimulatedMessage } from './followupSimulation';
import { localIso, simulateFollowUps } from './followupSimulation';
import type { Runtime } from './runtime';
import { createRuntime } from './runtime';
import { readWorkbook, writeWorkbook } from './runtime/xlsx';
import { addOn } from './addOn';

const DAILY_MAIL_QUOTA = 100;
const USAGE =
  'Usage: npm run followups -- <workbook.xlsx> --from <ISO date-time> --days <N> [--mode send|review] [--out <dir>]';

interface Args {
  input: string;
  /** As typed; a time without an offset is wall-clock time in the workbook's zone. */
  from: string;
  days: number;
  mode?: 'send' | 'review';
  out: string;
}

function parseArgs(argv: readonly string[]): Args {
  const options: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (!argv[i].startsWith('--')) positional.push(argv[i]);
    else if (['--from', '--days', '--mode', '--out'].includes(argv[i]) && argv[i + 1] !== undefined)
      options[argv[i]] = argv[++i];
    else throw new Error(`${argv[i]} is not an option or has no value. ${USAGE}`);
  }
  const from = options['--from'];
  const days = Number(options['--days']);
  const mode = options['--mode'];
  if (positional.length !== 1) throw new Error(`Give one workbook. ${USAGE}`);
  if (from === undefined) throw new Error(`--from is needed. ${USAGE}`);
  if (!Number.isInteger(days) || days < 1 || days > 366)
    throw new Error(`--days takes a whole number of days from 1 to 366. ${USAGE}`);
  if (mode !== undefined && mode !== 'send' && mode !== 'review') throw new Error(`--mode is send or review. ${USAGE}`);
  return { input: positional[0], from, days, mode, out: options['--out'] ?? 'out/followups' };
}

function organizeIfNeeded(runtime: Runtime, print: (line: string) => void): void {
  const names = new Set(runtime.workbook.sheets.map((s) => s.name));
  if (names.has(SAMPLES.name) && names.has(CREATORS.name)) return;
  print('No Samples and Creators tabs yet: running Organize first.');
  addOn(runtime).runOrganize();
}

function writeJsonl(file: string, messages: readonly object[]): void {
  fs.writeFileSync(file, messages.map((m) => JSON.stringify(m)).join('\n') + (messages.length ? '\n' : ''));
}

function printMessages(title: string, messages: readonly SimulatedMessage[], print: (line: string) => void): void {
  print(`\n${title}: ${messages.length}`);
  for (const m of messages)
    print(
      `  ${m.time.slice(0, 16).replace('T', ' ')}  ${m.rule.padEnd(13)} ${m.sample.padEnd(12)} @${m.handle.padEnd(20)} → ${m.to}: ${m.subject}`,
    );
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(args.input)) throw new Error(`No workbook at ${args.input}`);
  const workbook = await readWorkbook(args.input);
  const from = parseDate(args.from, { timeZone: workbook.timeZone, order: 'ambiguous' }).value;
  if (!from)
    throw new Error(
      `--from takes a date or date-time such as 2026-03-01 or 2026-03-01T08:00, got "${args.from}". ${USAGE}`,
    );
  // A consumer account's 100 recipients a day; the runtime's quota counts a rolling 24 hours like Apps Script's.
  const runtime = createRuntime({ workbook, now: from, mailQuota: DAILY_MAIL_QUOTA });
  const print = (line: string) => console.log(line);
  print(
    `Follow-ups on ${args.input}, ${args.days} days from ${localIso(from, workbook.timeZone)} (${workbook.timeZone})`,
  );
  addOn(runtime).onOpen();
  organizeIfNeeded(runtime, print);
  const result = simulateFollowUps(runtime, { from, days: args.days, mode: args.mode });
  const mode = addOn(runtime).followUpStatus();
  print(
    `Mode: ${mode.mode}${mode.mode === 'review' ? ' (nothing is sent until approved; showing what would be queued)' : ''}`,
  );
  printMessages('Sent', result.sent, print);
  if (result.queued.length || mode.mode === 'review') printMessages('Queued for approval', result.queued, print);
  if (result.held.length) {
    print(`\nHeld with a problem (not sent): ${result.held.length}`);
    for (const h of result.held) print(`  ${h.rule.padEnd(13)} ${h.sample.padEnd(12)} @${h.handle}: ${h.problem}`);
  }
  if (result.unmatched.length) {
    print(`\nMail and log disagree (${result.unmatched.length}):`);
    for (const line of result.unmatched) print(`  ${line}`);
  }
  fs.mkdirSync(args.out, { recursive: true });
  writeJsonl(path.join(args.out, 'outbox.jsonl'), result.sent);
  if (mode.mode === 'review') writeJsonl(path.join(args.out, 'queued.jsonl'), result.queued);
  await writeWorkbook(workbook, path.join(args.out, 'followups.xlsx'));
  print(
    `\nWrote ${path.join(args.out, 'outbox.jsonl')}${mode.mode === 'review' ? ', queued.jsonl' : ''} and followups.xlsx`,
  );
  if (result.unmatched.length) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
