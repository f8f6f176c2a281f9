/**
 * The operator's day on the bundled demo workbook (8 tabs, 5,000 order lines), panel by panel as a
 * new user meets them: each fits 300 px, passes axe, and is photographed for the README.
 */
import type { Browser, Page } from 'playwright-core';
import { addOn } from '../../scripts/addOn';
import { generateDemoWorkbook } from '../../scripts/demo/generate';
import type { Runtime } from '../../scripts/runtime';
import { createRuntime } from '../../scripts/runtime';
import { expectAccessible } from '../browser/axe';
import { screenshot } from '../browser/screenshot';
import { expectFits } from './checks';
import type { OpenedSidebar } from './harness';
import { launchBrowser, openSidebar } from './harness';

/** What the operator sees first: the window of a 300 px sidebar, as the README shows it. */
async function checkAndPhotograph(page: Page, name: string): Promise<void> {
  await expectFits(page);
  await expectAccessible(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name, { fullPage: false });
}

describe('sidebar: a day on the demo workbook', () => {
  let browser: Browser;
  let runtime: Runtime;
  let sidebar: OpenedSidebar;

  beforeAll(async () => {
    browser = await launchBrowser();
    runtime = createRuntime({ workbook: generateDemoWorkbook().workbook, now: new Date('2026-11-23T18:00:00Z') });
    addOn(runtime).onOpen();
    sidebar = await openSidebar(browser, runtime, { height: 720 });
  });
  afterAll(async () => {
    await browser.close();
  });

  it('Organize: organizes the demo and tells what came of it', async () => {
    const { page } = sidebar;
    await page.getByRole('button', { name: 'Organize sheets' }).click();
    await page.locator('#organize-result h2').waitFor({ timeout: 60_000 });
    await page.locator('#today-count:not([hidden])').waitFor();
    await checkAndPhotograph(page, 'demo-organize');
  });

  it('Follow-ups: the switch, the settings and the next run', async () => {
    const { page } = sidebar;
    await page.getByRole('tab', { name: 'Follow-ups' }).click();
    await page.getByRole('heading', { name: 'Next run' }).waitFor();
    await page.getByRole('switch', { name: 'Send follow-ups every hour' }).click();
    await page.getByText(/^On: every hour/).waitFor();
    await page.locator('#followups-preview li.email details').first().locator('summary').click();
    await checkAndPhotograph(page, 'demo-follow-ups');
  });

  it('Today: what needs the operator, after an hourly run queued follow-ups for approval', async () => {
    const { page } = sidebar;
    addOn(runtime).menuSendFollowUps();
    await page.getByRole('tab', { name: 'Today' }).click();
    await page.getByRole('heading', { name: /^Follow-ups awaiting approval: [1-9]/ }).waitFor();
    await checkAndPhotograph(page, 'demo-today');
  });

  it("Profit: this month's best and worst creators", async () => {
    const { page } = sidebar;
    await page.getByRole('tab', { name: 'Profit' }).click();
    await page.getByRole('heading', { name: 'Top creators' }).waitFor();
    await checkAndPhotograph(page, 'demo-profit');
  });
});
