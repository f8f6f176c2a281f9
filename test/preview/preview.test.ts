/**
 * `npm run preview` end to end: the command serves a small workbook on a free port; in headless
 * Chromium the sheet view shows its tabs and values, the real built sidebar organizes it, and the
 * new tabs appear in the sheet view.
 */
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import type { WorkbookModel } from '../../scripts/runtime/workbook';
import { sheetFromValues } from '../../scripts/runtime/workbook';
import { writeWorkbook } from '../../scripts/runtime/xlsx';
import { expectAccessible } from '../browser/axe';
import { launchBrowser } from '../browser/launchBrowser';
import { screenshot } from '../browser/screenshot';

const ROOT = path.resolve(__dirname, '../..');
const HOSTILE = '<img src=x onerror="window.__pwned=1">';

function workbook(): WorkbookModel {
  const outreach = sheetFromValues(
    'Outreach',
    [
      ['TikTok Handle', 'Email', 'Followers', 'Commission', 'Last contact', 'Notes'],
      ['@Jane.Doe', 'jane@example.com', 12500, 0.15, new Date('2026-11-20T17:00:00Z'), HOSTILE],
      ['@bob', 'bob@example.com', 3000, 0.1, new Date('2026-11-02T15:00:00Z'), ''],
    ],
    1,
  );
  for (const row of outreach.rows.slice(1)) {
    row[2].numberFormat = '#,##0';
    row[3].numberFormat = '0%';
    row[4].numberFormat = 'yyyy-mm-dd';
  }
  return {
    timeZone: 'America/New_York',
    sheets: [
      outreach,
      sheetFromValues('Ideas', [
        ['Week', 'Theme'],
        ['1', 'Back to school'],
      ]),
      { ...sheetFromValues('Old notes', [['Do not show']]), hidden: true },
    ],
  };
}

/** Starts the command as a person would, and resolves with the URL it prints. */
function startPreview(file: string): Promise<{ child: ChildProcessWithoutNullStreams; url: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/preview/cli.ts', file, '--port', '0', '--now', '2026-11-23T15:00:00Z'],
    { cwd: ROOT },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no URL printed in 30 s:\n${output}`)), 30_000);
    const read = (chunk: Buffer): void => {
      output += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(output)?.[0];
      if (url) {
        clearTimeout(timer);
        resolve({ child, url });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`preview exited with ${code}:\n${output}`)));
  });
}

function exitOf(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) =>
    child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code)),
  );
}

async function sidebarFrame(page: Page): Promise<Frame> {
  const frame = await (await page.waitForSelector('#sidebar')).contentFrame();
  if (!frame) throw new Error('the sidebar frame has no document');
  // The mapping review is collapsed: its tabs are there before they are shown.
  await frame.locator('.source').first().waitFor({ state: 'attached' });
  return frame;
}

const cellTexts = (page: Page): Promise<string[]> => page.locator('#grid td').allTextContents();

describe('npm run preview', () => {
  let browser: Browser;
  let child: ChildProcessWithoutNullStreams;
  let url: string;
  let page: Page;

  beforeAll(async () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'creator-ops-preview-'));
    const file = path.join(directory, 'small.xlsx');
    await writeWorkbook(workbook(), file);
    [{ child, url }, browser] = await Promise.all([startPreview(file), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    if (child?.exitCode === null) child.kill('SIGKILL');
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(url);
    await page.locator('#grid td').first().waitFor();
  });
  afterEach(() => page.close());

  it('shows the visible tabs, values as the sheet displays them and the frozen header row', async () => {
    expect(await page.getByRole('tab').allTextContents()).toEqual(['Outreach', 'Ideas']);
    expect(await page.getByRole('tab', { name: 'Outreach' }).getAttribute('aria-selected')).toBe('true');
    const texts = await cellTexts(page);
    expect(texts.slice(6, 11)).toEqual(['@Jane.Doe', 'jane@example.com', '12,500', '15%', '2026-11-20']);
    expect(await page.locator('#grid td', { hasText: '12,500' }).getAttribute('class')).toBe('right');
    expect(await page.locator('#grid tbody tr').first().getAttribute('class')).toContain('frozen');
    expect(await page.locator('#name-box').textContent()).toBe('Outreach!A1');
    await page.getByRole('tab', { name: 'Ideas' }).click();
    await page.locator('#grid td', { hasText: 'Back to school' }).waitFor();
  });

  it('shows text from the sheet as text, never as HTML', async () => {
    await page.getByRole('tab', { name: 'Outreach' }).click();
    await page.getByRole('cell', { name: HOSTILE, exact: true }).waitFor();
    expect(await page.locator('#grid img').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it("organizes from the sidebar's button and the new Creators tab appears in the sheet view", async () => {
    const sidebar = await sidebarFrame(page);
    expect(await page.locator('#sidebar').evaluate((frame) => frame.getBoundingClientRect().width)).toBe(300);
    await sidebar.locator('#organize-button').click();
    const creators = page.getByRole('tab', { name: 'Creators' });
    await creators.waitFor();
    await creators.click();
    await page.getByRole('cell', { name: 'jane.doe', exact: true }).waitFor();
    expect(await cellTexts(page)).toContain('bob');
    // After Organize the sidebar refreshes Today's count (and polls for progress during a long run).
    expect(await page.locator('#status').textContent()).toMatch(/^Ran (runOrganize|todayLists|organizeProgress)$/);
    await expectAccessible(page, { exclude: ['#sidebar'] });
    await screenshot(page, 'preview-organized');
  });

  it('refuses Dates and functions in google.script.run and hands withUserObject to the handlers', async () => {
    const sidebar = await sidebarFrame(page);
    const outcomes = await sidebar.evaluate(() => {
      type Runner = Record<string, (...args: unknown[]) => Runner>;
      const run = (window as unknown as { google: { script: { run: Runner } } }).google.script.run;
      const outcome = (call: (runner: Runner) => void) =>
        new Promise<string>((resolve) =>
          call(
            run
              .withSuccessHandler((value: unknown, user: unknown) => resolve(`ok ${typeof value} ${String(user)}`))
              .withFailureHandler((error: unknown, user: unknown) =>
                resolve(`failed ${(error as Error).message} ${String(user)}`),
              ),
          ),
        );
      return Promise.all([
        outcome((r) => r.withUserObject('first').previewSources()),
        outcome((r) => r.withUserObject('second').saveSourceMapping({ tab: 'Ideas', since: new Date() })),
        outcome((r) => r.saveSourceMapping([() => 1])),
        outcome((r) => r.noSuchFunction()),
      ]);
    });
    expect(outcomes).toEqual([
      'ok object first',
      expect.stringMatching(/^failed .*a Date at arguments\[0\]\.since.* second$/),
      expect.stringMatching(/^failed .*a function at arguments\[0\]\[0\]/),
      'failed Script function not found: noSuchFunction undefined',
    ]);
  });

  it('closes the sidebar on google.script.host.close() and opens it again', async () => {
    const sidebar = await sidebarFrame(page);
    await sidebar.evaluate(() =>
      (window as unknown as { google: { script: { host: { close(): void } } } }).google.script.host.close(),
    );
    await page.locator('#sidebar-closed').waitFor();
    expect(await page.locator('#sidebar').isHidden()).toBe(true);
    await page.getByRole('button', { name: 'Open the sidebar' }).click();
    await sidebarFrame(page);
    expect(await page.locator('#sidebar-closed').isHidden()).toBe(true);
  });

  it('answers only pages of its own: another Host or Origin is refused', async () => {
    // fetch cannot set Host; a DNS-rebinding page's requests carry its own name as Host.
    const refusedHost = await new Promise<number | undefined>((resolve, reject) =>
      http
        .get(`${url}api/view`, { headers: { host: 'attacker.example' } }, (response) => {
          response.resume();
          resolve(response.statusCode);
        })
        .on('error', reject),
    );
    const refusedOrigin = await fetch(`${url}script-run`, {
      method: 'POST',
      headers: { origin: 'http://attacker.example', 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'runOrganize', args: [] }),
    });
    expect([refusedHost, refusedOrigin.status]).toEqual([403, 403]);
  });

  it('stops cleanly on SIGTERM', async () => {
    child.kill('SIGTERM');
    expect(await exitOf(child)).toBe(0);
    await expect(fetch(url)).rejects.toThrow();
  });
});
