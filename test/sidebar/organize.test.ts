/**
 * The Organize panel of the built sidebar in headless Chromium, talking to the built add-on in
 * the local runtime: the mapping review, the button, progress, and the outcome told first.
 */
import type { Browser, Page } from 'playwright-core';
import { addOn } from '../../scripts/addOn';
import { generateDemoWorkbook } from '../../scripts/demo/generate';
import type { Runtime } from '../../scripts/runtime';
import { createRuntime } from '../../scripts/runtime';
import type { WorkbookModel } from '../../scripts/runtime/workbook';
import { sheetFromValues, sheetNamed } from '../../scripts/runtime/workbook';
import type { SavedMapping } from '../../src/core/organize';
import type { OrganizeProgress } from '../../src/server/api';
import { expectAccessible } from '../browser/axe';
import { expectFits, expectNoInjection, screenshotPanel } from './checks';
import { launchBrowser, openSidebar } from './harness';
import { HOSTILE, selection } from './workbook';

function workbook(): WorkbookModel {
  return {
    timeZone: 'America/New_York',
    sheets: [
      sheetFromValues('Outreach', [
        ['TikTok Handle', 'Email', 'Followers', 'Notes'],
        ['@Jane.Doe', 'jane@example.com', '12.5K', HOSTILE],
        ['@bob', HOSTILE, '3K', ''],
      ]),
      sheetFromValues('Ideas', [
        ['Week', 'Theme'],
        ['1', 'Back to school'],
      ]),
    ],
  };
}

/** A UK orders export whose Order IDs were opened as numbers: every line loses digits and is refused. */
function ukWorkbook(): WorkbookModel {
  const header = [
    'Order ID',
    'Order Status',
    'SKU ID',
    'Seller SKU',
    'Quantity',
    'SKU Subtotal Before Discount',
    'Created Time',
  ];
  const lines = [1, 2, 3, 4, 5, 6].map((i) => [
    5.76837e17 + i * 1e12,
    'Completed',
    `1729${i}`,
    'GLOW-1',
    1,
    'GBP 12.50',
    `1${i}/05/2026 10:00:00\t`,
  ]);
  return { timeZone: 'Europe/London', sheets: [sheetFromValues('UK orders', [header, ...lines])] };
}

/** Opens the collapsed review of how the tabs are read. */
async function openMapping(page: Page): Promise<void> {
  const summary = page.locator('#mapping-summary');
  await page.locator('#mapping-summary', { hasText: 'How your tabs are read:' }).waitFor();
  await summary.click();
}

const mapping = (runtime: Runtime) => JSON.parse(runtime.properties.document['mapping:Outreach']) as SavedMapping;

const result = (page: Page) => page.locator('#organize-result');

describe('sidebar: Organize', () => {
  let browser: Browser;
  let runtime: Runtime;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });
  beforeEach(() => {
    runtime = createRuntime({ workbook: workbook(), now: new Date('2026-11-23T15:00:00Z') });
  });

  it('on the 8-tab demo in a 700 px window: the button in view, the review collapsed, the outcome first and in view', async () => {
    const { workbook: demo } = generateDemoWorkbook({ creators: 40, samples: 60, orderLines: 400 });
    expect(demo.sheets).toHaveLength(8);
    runtime = createRuntime({ workbook: demo, now: new Date('2026-11-23T17:00:00Z') });
    const { page } = await openSidebar(browser, runtime, { height: 700 });
    const button = page.getByRole('button', { name: 'Organize sheets' });
    await page.locator('#mapping-summary', { hasText: /of 8 tabs read/ }).waitFor();
    expect(await page.locator('#mapping').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    const box = (await button.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(700);
    expect(box.height).toBe(36);

    await button.focus();
    await page.keyboard.press('Enter');
    const heading = result(page).getByRole('heading', { level: 2 });
    await heading.waitFor();
    expect(await heading.textContent()).toMatch(/^Organized, but \d+ rows? (was|were) refused$/);
    // The outcome is where the keyboard is, below the sticky tabs and inside the window.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    const shown = (await heading.boundingBox())!;
    expect(shown.y).toBeGreaterThanOrEqual(40);
    expect(shown.y + shown.height).toBeLessThanOrEqual(700);
    expect(await result(page).getByRole('list', { name: 'Rows per tab' }).textContent()).toMatch(/Creators\s*\d+ rows/);
    await expectFits(page);
    await expectAccessible(page);
    expect(await screenshotPanel(page, 'sidebar-organize')).toMatch(/sidebar-organize\.png$/);
  });

  it('says a workbook whose order lines were all refused is not organized, with each row and why', async () => {
    runtime = createRuntime({ workbook: ukWorkbook(), now: new Date('2026-05-20T12:00:00Z') });
    const { page } = await openSidebar(browser, runtime);
    await page.getByRole('button', { name: 'Organize sheets' }).click();
    await result(page).getByRole('heading', { name: 'Nothing was organized' }).waitFor();
    expect(await result(page).locator('.warnings').textContent()).toBe(
      'Orders export ("UK orders"): all 6 rows were refused, so nothing came from it. See why below.',
    );
    expect(await result(page).getByRole('heading', { name: 'UK orders: 6 of 6 rows refused' }).count()).toBe(1);
    const first = result(page).getByRole('button', { name: 'UK orders!A2' });
    expect(await first.locator('xpath=..').textContent()).toMatch(
      /Order ID: 6 Order ID cells have lost the digits past the 15th/,
    );

    await first.click();
    await page.locator('#announcer', { hasText: 'Selected A2 on UK orders.' }).waitFor({ state: 'attached' });
    expect(selection(runtime)).toBe('UK orders!A2');
  });

  it('shows the steps of a long run while it works', async () => {
    const { page, release } = await openSidebar(browser, runtime, { hold: ['runOrganize'] });
    const button = page.getByRole('button', { name: 'Organize sheets' });
    await page.locator('#mapping-summary', { hasText: 'How your tabs are read:' }).waitFor();
    await button.click();
    // Another execution (the held run) has reached its third step.
    const step: OrganizeProgress = { step: 3, steps: 8, text: 'Writing the Creators tab (2 rows)' };
    runtime.caches.document.set('organize:progress', { value: JSON.stringify(step), expiresAt: Infinity });
    const status = page.locator('#organize-progress');
    await status.getByText('Step 3 of 8: Writing the Creators tab (2 rows)').waitFor();
    expect(await status.getAttribute('role')).toBe('status');
    expect(
      await page
        .locator('#organize-bar')
        .evaluate((bar) => [(bar as HTMLProgressElement).value, (bar as HTMLProgressElement).max]),
    ).toEqual([3, 8]);
    expect(await button.isDisabled()).toBe(true);
    expect(await button.getAttribute('aria-busy')).toBe('true');

    runtime.caches.document.delete('organize:progress');
    release('runOrganize');
    await result(page).getByRole('heading', { name: 'Organized' }).waitFor();
    expect(await status.isHidden()).toBe(true);
    expect(await button.isDisabled()).toBe(false);
  });

  it('records each step of a run for the sidebar, and clears it at the end', () => {
    const steps: OrganizeProgress[] = [];
    const store = runtime.caches.document;
    const set = store.set.bind(store);
    store.set = (key: string, entry: { value: string; expiresAt: number }) => {
      if (key === 'organize:progress') steps.push(JSON.parse(entry.value) as OrganizeProgress);
      return set(key, entry);
    };
    addOn(runtime).runOrganize();
    expect(steps.map((s) => `${s.step}/${s.steps} ${s.text}`)).toEqual([
      '1/8 Reading your tabs',
      '2/8 Organizing 3 rows from 2 tabs',
      '3/8 Writing the Creators tab (2 rows)',
      '4/8 Writing the Samples tab (0 rows)',
      '5/8 Writing the Orders tab (0 rows)',
      '6/8 Writing the Products tab (0 rows)',
      '7/8 Writing the Costs tab (0 rows)',
      '8/8 Writing Import issues',
    ]);
    expect(store.has('organize:progress')).toBe(false);
    expect(addOn(runtime).organizeProgress()).toBeNull();
  });

  it('shows text from the sheet as text, never as HTML', async () => {
    const { page } = await openSidebar(browser, runtime);
    await page.getByRole('button', { name: 'Organize sheets' }).click();
    await result(page)
      .getByRole('heading', { name: /cells? to check$/ })
      .waitFor();
    expect(await result(page).textContent()).toContain(HOSTILE);
    await openMapping(page);
    await expectNoInjection(page);
  });

  it('saves a correction of what a tab holds, and Organize follows it', async () => {
    const { page } = await openSidebar(browser, runtime);
    await openMapping(page);
    const select = page.getByLabel('What Outreach holds');
    expect(await select.inputValue()).toBe('creators');
    expect(await page.getByLabel('What Ideas holds').inputValue()).toBe('ignore');
    await select.selectOption('ignore');
    await page.locator('.source[data-tab="Outreach"] .columns', { hasText: 'ignored by you' }).waitFor();
    expect(mapping(runtime).kind).toBe('ignore');
    expect(await page.getByRole('button', { name: 'Organize sheets' }).isDisabled()).toBe(true);
  });

  it('lets the operator say which column is which, and Organize reads it that way', async () => {
    const { page } = await openSidebar(browser, runtime);
    await openMapping(page);
    expect(await page.getByLabel('Field for column TikTok Handle').inputValue()).toBe('Handle');
    await page.locator('.source[data-tab="Outreach"] summary').click();
    await page.getByLabel('Field for column Notes').selectOption('Name');
    await page.locator('.source[data-tab="Outreach"] details[open]').waitFor();
    expect(await page.getByLabel('Field for column Notes').inputValue()).toBe('Name');
    expect(mapping(runtime).columns).toMatchObject({
      Handle: 'TikTok Handle',
      Name: 'Notes',
    });
    addOn(runtime).runOrganize();
    expect(sheetNamed(runtime.workbook, 'Creators').rows[1][1].value).toBe(HOSTILE);
  });

  it('shows the error of a run blocked by another one, in view', async () => {
    const { page } = await openSidebar(browser, runtime);
    const button = page.getByRole('button', { name: 'Organize sheets' });
    await page.locator('#mapping-summary', { hasText: 'How your tabs are read:' }).waitFor();
    const release = runtime.locks.holdDocumentLock();
    try {
      await button.click();
      const error = page.getByRole('alert');
      await error.filter({ hasText: 'Organize is already running in this spreadsheet' }).waitFor();
      expect(await error.isVisible()).toBe(true);
      expect(await result(page).textContent()).toBe('');
    } finally {
      release();
    }
    expect(runtime.workbook.sheets.map((s) => s.name)).toEqual(['Outreach', 'Ideas']);
  });

  it('moves between the four tabs with the arrow keys, Home and End', async () => {
    const { page } = await openSidebar(browser, runtime);
    expect(await page.getByRole('tab').count()).toBe(4);
    for (const name of ['Organize', 'Today', 'Follow-ups', 'Profit'])
      expect(await page.getByRole('tab', { name, exact: true }).count()).toBe(1);
    await page.getByRole('tab', { name: 'Organize' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: 'Today' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByRole('tabpanel', { name: 'Today' }).isVisible()).toBe(true);
    expect(await page.getByRole('tabpanel', { name: 'Organize' }).count()).toBe(0);
    await page.keyboard.press('End');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-profit');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-organize');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Home');
    expect(await page.getByRole('tabpanel', { name: 'Organize' }).isVisible()).toBe(true);
    // One tab stop for the list: Tab goes on into the panel.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('panel-organize');
  });
});
