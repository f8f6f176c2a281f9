/**
 * The built sidebar (dist/Sidebar.html) in headless Chromium, with a google.script.run shim that
 * routes calls to the built add-on in the local runtime. Like the real one, the shim refuses
 * Dates and functions in arguments and results, and results cross as JSON.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Runtime } from '../../scripts/runtime';

export { launchBrowser } from '../browser/launchBrowser';

const SIDEBAR = path.resolve(__dirname, '../../dist/Sidebar.html');
const SIDEBAR_URL = 'http://sidebar.invalid/';

const SHIM = `
(() => {
  function checkTransferable(value, where) {
    if (value instanceof Date) throw new Error(where + ': Dates cannot cross google.script.run; send ISO strings');
    if (typeof value === 'function') throw new Error(where + ': functions cannot cross google.script.run');
    if (value && typeof value === 'object') for (const key of Object.keys(value)) checkTransferable(value[key], where);
  }
  function runner(success, failure) {
    return new Proxy({}, {
      get(_target, name) {
        if (name === 'withSuccessHandler') return (fn) => runner(fn, failure);
        if (name === 'withFailureHandler') return (fn) => runner(success, fn);
        return (...args) => {
          try { checkTransferable(args, 'argument'); } catch (error) { setTimeout(() => failure && failure(error)); return; }
          window.__callServer(String(name), JSON.stringify(args)).then(
            (reply) => {
              const parsed = JSON.parse(reply);
              if (parsed.error) failure && failure(new Error(parsed.error));
              else success && success(parsed.value);
            },
          );
        };
      },
    });
  }
  window.google = { script: { run: runner(null, null) } };
})();`;

function hasDate(value: unknown): boolean {
  if (value instanceof Date) return true;
  if (value && typeof value === 'object') return Object.values(value).some(hasDate);
  return false;
}

export async function openSidebar(browser: Browser, runtime: Runtime): Promise<{ page: Page; calls: string[] }> {
  // Sheets shows the sidebar 300 px wide.
  const page = await browser.newPage({ viewport: { width: 300, height: 800 } });
  const calls: string[] = [];
  await page.exposeFunction('__callServer', (name: string, json: string) => {
    calls.push(name);
    try {
      const value = runtime.call(name, ...JSON.parse(json));
      if (hasDate(value))
        return JSON.stringify({ error: `${name} returned a Date, which google.script.run cannot send` });
      return JSON.stringify({ value: value === undefined ? null : value });
    } catch (error) {
      return JSON.stringify({ error: error instanceof Error ? error.message : String(error) });
    }
  });
  await page.addInitScript(SHIM);
  // Served from an intercepted address (nothing leaves the machine) so the init script runs first.
  await page.route(SIDEBAR_URL, (route) =>
    route.fulfill({ contentType: 'text/html', body: fs.readFileSync(SIDEBAR, 'utf8') }),
  );
  await page.goto(SIDEBAR_URL);
  return { page, calls };
}
