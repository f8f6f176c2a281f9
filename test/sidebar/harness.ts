/**
 * The built sidebar (dist/Sidebar.html) in headless Chromium, with the preview's google.script
 * shim: each google.script.run call is posted to an intercepted address and run by the built
 * add-on in the local runtime (scripts/preview/scriptRun.ts), which refuses Dates and functions
 * and answers as JSON, as Apps Script does.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Runtime } from '../../scripts/runtime';
import { googleScriptShim } from '../../scripts/preview/browserScripts';
import { answerScriptRun } from '../../scripts/preview/scriptRun';
import { SCRIPT_RUN_PATH } from '../../scripts/preview/scriptRunProtocol';

export { launchBrowser } from '../browser/launchBrowser';

const SIDEBAR = path.resolve(__dirname, '../../dist/Sidebar.html');
/** Nothing leaves the machine: the page and its calls are answered by page.route. */
const SIDEBAR_URL = 'http://sidebar.invalid/';
/** Sheets shows the sidebar 300 px wide. */
const SIDEBAR_WIDTH = 300;

export interface OpenedSidebar {
  page: Page;
  calls: string[];
  /** Runs the calls to `name` held back so far (see `hold`), and any later ones at once. */
  release: (name: string) => void;
}

/** `hold` names functions whose calls wait until `release`, to look at the sidebar while a call runs. */
export async function openSidebar(
  browser: Browser,
  runtime: Runtime,
  options: { hold?: string[]; height?: number } = {},
): Promise<OpenedSidebar> {
  const page = await browser.newPage({ viewport: { width: SIDEBAR_WIDTH, height: options.height ?? 800 } });
  const calls: string[] = [];
  const gates = new Map<string, { open: Promise<void>; release: () => void }>();
  for (const name of options.hold ?? []) {
    let release = () => {};
    const open = new Promise<void>((resolve) => (release = resolve));
    gates.set(name, { open, release });
  }
  await page.route(new URL(SCRIPT_RUN_PATH, SIDEBAR_URL).href, async (route) => {
    const body = route.request().postData() ?? '';
    const held = gates.get(calledName(body));
    if (held) await held.open;
    const { name, reply } = answerScriptRun(runtime, body);
    calls.push(name);
    return route.fulfill({ contentType: 'application/json', body: JSON.stringify(reply) });
  });
  await page.addInitScript({ content: googleScriptShim() });
  await page.route(SIDEBAR_URL, (route) =>
    route.fulfill({ contentType: 'text/html', body: fs.readFileSync(SIDEBAR, 'utf8') }),
  );
  await page.goto(SIDEBAR_URL);
  return { page, calls, release: (name) => gates.get(name)?.release() };
}

function calledName(body: string): string {
  try {
    return String((JSON.parse(body) as { name?: unknown }).name);
  } catch {
    return '';
  }
}
