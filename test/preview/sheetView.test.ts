/**
 * The preview's sheet view over a workbook with the managed tabs (the hand-reconciled one), served
 * in-process: what the add-on does through google.script.run shows there, charts included, and a
 * click in the view selects in the runtime as a click in Sheets does.
 */
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Runtime } from '../../scripts/runtime';
import { createRuntime } from '../../scripts/runtime';
import type { PreviewServer } from '../../scripts/preview/server';
import { startPreview } from '../../scripts/preview/server';
import { sheetFromValues } from '../../scripts/runtime/workbook';
import { handWorkbook } from '../core/profit/handWorkbook';
import { expectAccessible } from '../browser/axe';
import { launchBrowser } from '../browser/launchBrowser';
import { screenshot } from '../browser/screenshot';

function managedTabs(): Runtime {
  return createRuntime({
    now: new Date('2026-04-10T17:00:00Z'),
    workbook: handWorkbook(),
  });
}

describe('preview sheet view', () => {
  let browser: Browser;
  let runtime: Runtime;
  let preview: PreviewServer;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());
  beforeEach(async () => {
    runtime = managedTabs();
    preview = await startPreview({
      runtime,
      sidebarPath: path.resolve(__dirname, '../../dist/Sidebar.html'),
      port: 0,
      fixedClock: true,
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 800 } });
    await page.goto(preview.url);
    await page.locator('#grid td').first().waitFor();
  });
  afterEach(async () => {
    await page.close();
    await preview.close();
  });

  async function runInSidebar(name: string): Promise<void> {
    const frame = await (await page.waitForSelector('#sidebar')).contentFrame();
    await frame!.waitForFunction(() => 'google' in window);
    await frame!.evaluate(
      (fn) =>
        new Promise((resolve, reject) => {
          type Runner = Record<string, (...args: unknown[]) => Runner>;
          const run = (window as unknown as { google: { script: { run: Runner } } }).google.script.run;
          run.withSuccessHandler(resolve).withFailureHandler(reject)[fn]();
        }),
      name,
    );
  }

  it("follows the tab the add-on activates and draws the dashboard's charts as bars", async () => {
    await runInSidebar('menuInsertProfitDashboard');
    await page.locator('#name-box', { hasText: 'Profit!A1' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Profit' }).getAttribute('aria-selected')).toBe('true');
    const charts = runtime.workbook.sheets.find((s) => s.name === 'Profit')!.charts!;
    expect(await page.locator('figure.chart figcaption').allTextContents()).toEqual(
      charts.map((chart) => chart.options.title),
    );
    // Each bar is labelled with its creator and its value in the chart's axis format.
    const [profit, margin] = await Promise.all(
      [0, 1].map((n) => page.locator('figure.chart').nth(n).locator('text').allTextContents()),
    );
    expect(profit.length).toBeGreaterThan(2);
    expect(profit).toContain('jane.doe');
    expect(profit.filter((_, i) => i % 2 === 1).every((value) => /^-?\d[\d,]*$/.test(value))).toBe(true);
    expect(margin.filter((_, i) => i % 2 === 1).every((value) => /^-?[\d.]+%$/.test(value))).toBe(true);
    await expectAccessible(page, { exclude: ['#sidebar'] });
    await screenshot(page, 'preview-dashboard');
  });

  it('draws a negative value to the left of the zero line', async () => {
    const sheet = sheetFromValues('Chart', [
      ['Creator', 'Net profit'],
      ['jane.doe', 120.5],
      ['bob', -40],
    ]);
    sheet.charts = [
      {
        chartId: 1,
        type: 'BAR',
        ranges: ['Chart!A1:A4', 'Chart!B1:B4'],
        position: { row: 5, column: 1, offsetX: 0, offsetY: 0 },
        options: { title: 'Net profit', numHeaders: 1, hAxis: { format: '$#,##0.00' } },
      },
    ];
    runtime.workbook.sheets.push(sheet);
    await page.reload();
    await page.getByRole('tab', { name: 'Chart' }).click();
    const chart = page.locator('figure.chart');
    await chart.waitFor();
    expect(await chart.locator('text').allTextContents()).toEqual(['jane.doe', '$120.50', 'bob', '-$40.00']);
    const [jane, bob] = await chart
      .locator('rect')
      .evaluateAll((rects) =>
        rects.map((rect) => ({ x: Number(rect.getAttribute('x')), width: Number(rect.getAttribute('width')) })),
      );
    const zero = Number(await chart.locator('line').getAttribute('x1'));
    expect(jane.x).toBe(zero);
    expect(bob.x + bob.width).toBe(zero);
    expect(jane.width / bob.width).toBeCloseTo(120.5 / 40, 5);
  });

  it('selects in the runtime what is clicked in the view, as Sheets does', async () => {
    await page.getByRole('tab', { name: 'Products' }).click();
    await page.locator('#name-box', { hasText: 'Products!A1' }).waitFor();
    await page.locator('#grid tbody tr').nth(2).locator('td').nth(1).click();
    await page.locator('#name-box', { hasText: 'Products!B3' }).waitFor();
    expect(await page.locator('#grid td.selected').count()).toBe(1);
    expect(runtime.spreadsheet.getActiveSheet().getName()).toBe('Products');
    expect(runtime.spreadsheet.getActiveRange().getA1Notation()).toBe('B3');
  });
});
