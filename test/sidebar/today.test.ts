/**
 * The Today panel in headless Chromium on an organized workbook: what is due, overdue and waiting,
 * replies to answer, follow-ups to approve or skip; each item selects its row in the sheet.
 */
import type { Browser, Page } from 'playwright-core';
import { addOn } from '../../scripts/addOn';
import type { Runtime } from '../../scripts/runtime';
import { setSetting } from '../../scripts/followupSimulation';
import { expectAccessible } from '../browser/axe';
import { expectFits, expectNoInjection, screenshotPanel } from './checks';
import { launchBrowser } from './harness';
import { HOSTILE, openPanel, organizedWorkbook, runtimeOn, selection, tabValues } from './workbook';

/** The list under the heading that starts with `title`. */
const group = (page: Page, title: string) =>
  page.locator('#panel-today section.group', { has: page.getByRole('heading', { name: new RegExp(`^${title}`) }) });

/** Review mode, and one follow-up run: what is due waits in the Follow-up log for approval. */
function queueFollowUps(runtime: Runtime): void {
  runtime.ui.clickMenuItem('Turn on follow-ups');
  setSetting(runtime, 'Follow-up mode', 'review');
  addOn(runtime).menuSendFollowUps();
}

const logStatus = (runtime: Runtime, key: string) =>
  tabValues(runtime, 'Follow-up log').find((row) => row[8] === key)?.[6];

describe('sidebar: Today', () => {
  let browser: Browser;
  let runtime: Runtime;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });
  beforeEach(() => {
    runtime = runtimeOn(organizedWorkbook());
  });

  it('lists overdue, due and unshipped samples and replies, with the count on the tab', async () => {
    const { page } = await openPanel(browser, runtime, 'Today');
    await page.getByRole('heading', { name: /^Overdue samples: 1/ }).waitFor();

    const overdue = group(page, 'Overdue samples');
    expect(await overdue.getByRole('button').textContent()).toMatch(
      /@jane\.doe.*sample S-1.*8 days late \(Thu, Mar 12\)/,
    );
    expect(await group(page, 'Samples due').getByRole('button').textContent()).toMatch(/@kim\.glow.*due in 1 day/);
    expect(await group(page, 'Waiting to ship').getByRole('button').textContent()).toMatch(
      /@omar\.k.*requested 5 days ago/,
    );
    const replied = group(page, 'Creators who replied');
    expect(await replied.getByRole('listitem').count()).toBe(2);
    // Waiting longest first: jane.doe was contacted on Mar 10, omar.k never.
    expect(await replied.getByRole('button').first().textContent()).toContain('@jane.doe');
    expect(await page.getByRole('heading', { name: /^Follow-ups awaiting approval: 0/ }).count()).toBe(1);

    // 1 overdue + 1 due + 1 to ship + 2 replies.
    expect(await page.locator('#today-count').textContent()).toBe('5');
    expect(await page.locator('#today-count-text').textContent()).toBe('5 waiting for you');
    await expectFits(page);
    await expectAccessible(page);
  });

  it('selects the row of an item in the sheet, by mouse or keyboard', async () => {
    const { page } = await openPanel(browser, runtime, 'Today');
    const item = group(page, 'Waiting to ship').getByRole('button', { name: /@omar\.k/ });
    await item.click();
    await page.locator('#announcer', { hasText: 'Selected' }).waitFor({ state: 'attached' });
    expect(selection(runtime)).toBe('Samples!A3:S3');

    await group(page, 'Creators who replied')
      .getByRole('button', { name: /@jane\.doe/ })
      .focus();
    await page.keyboard.press('Enter');
    await page.locator('#announcer', { hasText: 'on Creators' }).waitFor({ state: 'attached' });
    expect(selection(runtime)).toBe('Creators!A2:S2');
  });

  it('approves one queued follow-up and skips another; the next run sends the approved one only', async () => {
    queueFollowUps(runtime);
    const queued = tabValues(runtime, 'Follow-up log').filter((row) => row[6] === 'awaiting approval');
    expect(queued.length).toBeGreaterThanOrEqual(2);
    const { page } = await openPanel(browser, runtime, 'Today');
    await page.getByRole('heading', { name: new RegExp(`^Follow-ups awaiting approval: ${queued.length}`) }).waitFor();
    expect(await page.locator('#today-count').textContent()).toBe(String(5 + queued.length));

    const [approveKey, skipKey] = [String(queued[0][8]), String(queued[1][8])];
    const approve = page.getByRole('button', {
      name: `Approve the ${String(queued[0][1])} email to @${String(queued[0][2])}`,
    });
    await approve.focus();
    await page.keyboard.press('Enter');
    await page
      .getByRole('heading', { name: new RegExp(`^Follow-ups awaiting approval: ${queued.length - 1}`) })
      .waitFor();
    expect(logStatus(runtime, approveKey)).toBe('approved');
    await page
      .getByRole('button', { name: `Skip the ${String(queued[1][1])} email to @${String(queued[1][2])}` })
      .click();
    await page
      .getByRole('heading', { name: new RegExp(`^Follow-ups awaiting approval: ${queued.length - 2}`) })
      .waitFor();
    expect(logStatus(runtime, skipKey)).toBe('skipped');
    expect(await page.locator('#announcer').textContent()).toMatch(/^Skipped: .* will not be sent\.$/);

    addOn(runtime).menuSendFollowUps();
    expect(runtime.outbox.map((mail) => mail.subject)).toEqual([queued[0][5]]);
    expect(logStatus(runtime, approveKey)).toBe('sent');
    expect(logStatus(runtime, skipKey)).toBe('skipped');
  });

  it('says so when another run holds the lock, and changes nothing', async () => {
    queueFollowUps(runtime);
    const { page } = await openPanel(browser, runtime, 'Today');
    const approve = page.getByRole('button', { name: /^Approve the / }).first();
    await approve.waitFor();
    const release = runtime.locks.holdDocumentLock();
    try {
      await approve.click();
      const error = page.getByRole('alert');
      await error.filter({ hasText: 'already running' }).waitFor();
      expect(await error.isVisible()).toBe(true);
    } finally {
      release();
    }
    expect(tabValues(runtime, 'Follow-up log').filter((row) => row[6] === 'approved')).toHaveLength(0);
  });

  it('shows text from the sheet as text, and links only safe http(s) URLs', async () => {
    const { page } = await openPanel(browser, runtime, 'Today');
    await group(page, 'Overdue samples').getByRole('listitem').waitFor();
    // The product name and the creator's name hold markup; the overdue sample's Video URL and omar.k's Profile URL are scripts.
    expect(await group(page, 'Overdue samples').textContent()).toContain(HOSTILE);
    expect(await group(page, 'Creators who replied').textContent()).toContain(HOSTILE);
    expect(await group(page, 'Overdue samples').textContent()).toContain('javascript:window.__pwned=1');
    expect(await group(page, 'Overdue samples').getByRole('link').count()).toBe(0);
    expect(await group(page, 'Creators who replied').getByRole('link').count()).toBe(1);
    await expectNoInjection(page);

    const video = group(page, 'Samples due').getByRole('link', { name: 'open the video' });
    expect(await video.getAttribute('href')).toBe('https://www.tiktok.com/@kim.glow/video/1');
    expect(await video.getAttribute('target')).toBe('_blank');
    expect(await video.getAttribute('rel')).toBe('noopener');
  });

  it('asks for Organize first on a workbook that has not been organized', async () => {
    runtime = runtimeOn({ timeZone: 'America/Los_Angeles', sheets: [{ name: 'Sheet1', rows: [], frozenRows: 0 }] });
    const { page } = await openPanel(browser, runtime, 'Today');
    await page.getByText('Run Organize first').waitFor();
    expect(await page.locator('#today-count').isHidden()).toBe(true);
  });

  it('writes a screenshot of the panel', async () => {
    queueFollowUps(runtime);
    const { page } = await openPanel(browser, runtime, 'Today');
    await page.getByRole('heading', { name: /^Creators who replied/ }).waitFor();
    await expectAccessible(page);
    expect(await screenshotPanel(page, 'sidebar-today')).toMatch(/sidebar-today\.png$/);
  });
});
