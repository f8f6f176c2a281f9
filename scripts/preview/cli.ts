/**
 * `npm run preview -- [<workbook.xlsx>] [--port <n>] [--now <ISO date-time>]`
 *
 * Serves the add-on on 127.0.0.1: the workbook's tabs (by default the generated demo workbook) as
 * a sheet view beside the real built sidebar, wired to the built add-on in the local runtime.
 * Prints the URL and runs until Ctrl-C or SIGTERM. `--port 0` takes any free port.
 */
import * as path from 'node:path';
import { loadWorkbook, parseNow, requireValue } from '../cliArgs';
import { createRuntime } from '../runtime';
import { startPreview } from './server';

const USAGE = 'Usage: npm run preview -- [workbook.xlsx] [--port n] [--now ISO]';
const DEFAULT_PORT = 8765;

interface Args {
  input?: string;
  port: number;
  now?: Date;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { port: DEFAULT_PORT };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--port') args.port = parsePort(requireValue(argv, ++i, '--port'));
    else if (arg === '--now') args.now = parseNow(requireValue(argv, ++i, '--now'));
    else if (arg.startsWith('--')) throw new Error(`Unknown option ${arg}. ${USAGE}`);
    else if (args.input !== undefined) throw new Error(`Give one workbook. ${USAGE}`);
    else args.input = arg;
  }
  return args;
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port takes 0 to 65535, not ${text}`);
  return port;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const workbook = await loadWorkbook(args.input);
  const runtime = createRuntime({ workbook, now: args.now ?? new Date() });
  const preview = await startPreview({
    runtime,
    sidebarPath: path.resolve('dist/Sidebar.html'),
    port: args.port,
    fixedClock: args.now !== undefined,
  });
  console.log(`Creator Ops preview of ${args.input ?? 'the demo workbook'}: ${preview.url}`);
  const stop = (signal: string): void => {
    console.log(`\n${signal}: stopping`);
    preview.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
