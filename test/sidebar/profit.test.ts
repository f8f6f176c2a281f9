/**
 * The Profit panel in headless Chromium: a period, the best and worst creators by net profit with
 * margin and decision, as PROFIT_BY_CREATOR computes them, and the dashboard button.
 */
import type { Browser, Page } from 'playwright-core';
import { addOn } from '../../scripts/addOn';
import type { Runtime } from '../../scripts/runtime';
import { spilledTable } from '../../scripts/startSteps';
import type { WorkbookModel } from '../../scripts/runtime/workbook';
import { findSheet, sheetFromValues, sheetNamed } from '../../scripts/runtime/workbook';
import { addOnTab } from '../../scripts/addOn';
import { headersOf, ORDERS, SETTINGS_TAB } from '../../src/core/schema';
import { expectAccessible } from '../browser/axe';
import { expectFits, expectNoInjection, screenshotPanel } from './checks';
import { launchBrowser } from './harness';
import { at, HOSTILE, openPanel, organizedWorkbook, runtimeOn } from './workbook';

/** Five more creators with one March order each; c5's commission makes a loss. */
function withMoreCreators(workbook: WorkbookModel): WorkbookModel {
  const orders = sheetNamed(workbook, ORDERS.name);
  const headers = headersOf(ORDERS);
  [40, 30, 20, 10, 8].forEach((gross, i) => {
    const row = {
      'Order ID': `60${i}`,
      Line: 1,
      Date: at('2026-03-1' + String(i), 12),
      Handle: `c${i + 1}`,
      SKU: 'GLOW-1',
      Units: 1,
      'Gross sales': gross,
      Commission: i === 4 ? 20 : gross / 10,
      Status: 'completed',
      Currency: 'USD',
    } as Record<string, string | number | Date>;
    orders.rows.push(headers.map((h) => ({ value: row[h] ?? '' })));
  });
  return workbook;
}

/** The ranking under a heading: each creator's handle and net profit. */
async function ranking(page: Page, title: string): Promise<string[]> {
  const list = page.locator('#profit-result section.group', { has: page.getByRole('heading', { name: title }) });
  return list.locator('li .line').allTextContents();
}

/** PROFIT_BY_CREATOR's net profit per creator on the dashboard, for the period in B2:B3. */
function formulaNetProfit(runtime: Runtime, start: Date, end: Date): Map<string, number> {
  addOn(runtime).menuInsertProfitDashboard();
  const profit = sheetNamed(runtime.workbook, 'Profit');
  profit.rows[1][1] = { value: start, numberFormat: 'yyyy-mm-dd' };
  profit.rows[2][1] = { value: end, numberFormat: 'yyyy-mm-dd' };
  runtime.evaluateFormulas();
  const [header, ...rows] = spilledTable(runtime, 'Profit', 'PROFIT_BY_CREATOR')!.rows;
  const column = header.indexOf('Net profit');
  return new Map(rows.map((row) => [String(row[0]), Number(row[column])]));
}

describe('sidebar: Profit', () => {
  let browser: Browser;
  let runtime: Runtime;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });
  beforeEach(() => {
    runtime = runtimeOn(withMoreCreators(organizedWorkbook()));
  });

  it("shows this month's top and bottom creators with net profit, margin and decision", async () => {
    const { page } = await openPanel(browser, runtime, 'Profit');
    await page.getByRole('heading', { name: 'Sun, Mar 1 – Fri, Mar 20' }).waitFor();
    // jane.doe: 100 net revenue − 10 commission − 4 × 5 COGS − 5 sample cost.
    expect(await ranking(page, 'Top creators')).toEqual([
      '@jane.doe$65.00',
      '@c1$31.00',
      '@c2$22.00',
      '@c3$13.00',
      '@kim.glow$12.50',
    ]);
    expect(await ranking(page, 'Bottom creators')).toEqual(['@c5-$17.00', '@c4$4.00']);
    const jane = page.locator('#profit-result li', { hasText: '@jane.doe' });
    expect(await jane.locator('.secondary').textContent()).toBe('65.0% margin · 1 order · $100.00 net revenue');
    expect(await jane.locator('.decision').textContent()).toBe('Watch: 1 missed deadline (1 sample, 1 order)');
    expect(await page.locator('#profit-result .total').textContent()).toBe(
      'Net profit $130.50 · 56.0% margin on $233.00 · 7 creators',
    );
    await expectFits(page);
    await expectAccessible(page);
  });

  it('agrees with PROFIT_BY_CREATOR for the same period, to the cent', async () => {
    // The dashboard first: inserting it adds the Settings rows both then read (platform fee estimates).
    const formula = formulaNetProfit(runtime, at('2026-03-01'), at('2026-03-20'));
    const { page } = await openPanel(browser, runtime, 'Profit');
    await page.getByRole('heading', { name: /Mar 20$/ }).waitFor();
    const shown = [...(await ranking(page, 'Top creators')), ...(await ranking(page, 'Bottom creators'))];
    for (const line of shown) {
      const [, handle, amount] = /^@(.+?)(-?\$[\d,.]+)$/.exec(line)!;
      expect(Number(amount.replace(/[$,]/g, ''))).toBe(formula.get(handle));
    }
    expect(shown).toHaveLength(formula.size - 1);
  });

  it('switches to a preset period, and takes a custom one from the keyboard', async () => {
    const { page } = await openPanel(browser, runtime, 'Profit');
    await page.getByRole('heading', { name: /Mar 20$/ }).waitFor();
    await page.getByLabel('Period').selectOption('last month');
    await page.getByRole('heading', { name: 'Sun, Feb 1 – Sat, Feb 28' }).waitFor();
    // omar.k: 60 − 6 − 2 × 5; lee.makes: the sample shipped Feb 20.
    expect(await ranking(page, 'Top creators')).toEqual(['@omar.k$44.00', '@lee.makes-$5.00']);

    await page.getByLabel('Period').selectOption('custom');
    await page.getByLabel('From', { exact: true }).fill('2026-03-10');
    await page.getByLabel('To', { exact: true }).fill('2026-03-11');
    await page.getByLabel('To', { exact: true }).press('Enter');
    const heading = page.getByRole('heading', { name: 'Tue, Mar 10 – Wed, Mar 11' });
    await heading.waitFor();
    expect(await ranking(page, 'Top creators')).toEqual(['@c1$31.00', '@c2$22.00', '@kim.glow$17.50']);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Tue, Mar 10 – Wed, Mar 11');
  });

  it('refuses a custom period that ends before it starts', async () => {
    const { page } = await openPanel(browser, runtime, 'Profit');
    await page.getByRole('heading', { name: /Mar 20$/ }).waitFor();
    await page.getByLabel('Period').selectOption('custom');
    await page.getByLabel('From', { exact: true }).fill('2026-03-11');
    await page.getByLabel('To', { exact: true }).fill('2026-03-01');
    await page.getByRole('button', { name: 'Show profit' }).click();
    const error = page.getByRole('alert');
    await error.filter({ hasText: 'before it starts' }).waitFor();
    expect(await error.textContent()).toBe(
      'The period ends (2026-03-01) before it starts (2026-03-11): swap the days.',
    );
  });

  it('inserts the dashboard, then refreshes it without a second set of charts', async () => {
    const { page } = await openPanel(browser, runtime, 'Profit');
    const button = page.getByRole('button', { name: 'Insert or refresh the dashboard' });
    await button.click();
    await page.locator('#dashboard-notice', { hasText: 'The Profit tab is ready.' }).waitFor();
    expect(sheetNamed(runtime.workbook, 'Profit').charts).toHaveLength(2);
    await button.click();
    await page.locator('#announcer', { hasText: 'The Profit tab is ready.' }).waitFor({ state: 'attached' });
    expect(sheetNamed(runtime.workbook, 'Profit').charts).toHaveLength(2);
  });

  it('says so when another run holds the lock, and inserts nothing', async () => {
    const { page } = await openPanel(browser, runtime, 'Profit');
    await page.getByRole('heading', { name: /Mar 20$/ }).waitFor();
    const release = runtime.locks.holdDocumentLock();
    try {
      await page.getByRole('button', { name: 'Insert or refresh the dashboard' }).click();
      await page.getByRole('alert').filter({ hasText: 'already running' }).waitFor();
    } finally {
      release();
    }
    expect(findSheet(runtime.workbook, 'Profit')).toBeUndefined();
  });

  it('asks for Organize when there are no orders yet', async () => {
    runtime = runtimeOn({ timeZone: 'America/Los_Angeles', sheets: [sheetFromValues('Notes', [['hello']])] });
    const { page } = await openPanel(browser, runtime, 'Profit');
    await page.getByRole('alert').filter({ hasText: 'There is no Orders tab yet: run Organize first' }).waitFor();
  });

  it('shows a Settings value it cannot read as text, in the error', async () => {
    runtime.workbook.sheets.push(
      addOnTab(SETTINGS_TAB, [
        ['Setting', 'Value', 'Notes'],
        ['Report currency', HOSTILE, ''],
      ]),
    );
    const { page } = await openPanel(browser, runtime, 'Profit');
    const error = page.getByRole('alert').filter({ hasText: 'Report currency' });
    await error.waitFor();
    expect(await error.textContent()).toContain(HOSTILE);
    await expectNoInjection(page);
  });

  it('writes a screenshot of the panel', async () => {
    const { page } = await openPanel(browser, runtime, 'Profit');
    await page.getByRole('heading', { name: 'Bottom creators' }).waitFor();
    await expectAccessible(page);
    expect(await screenshotPanel(page, 'sidebar-profit')).toMatch(/sidebar-profit\.png$/);
  });
});
