/**
 * The Organize panel of the built sidebar in headless Chromium, talking to the built add-on in
 * the local runtime through a google.script.run shim.
 */
import type { Browser } from 'playwright-core';
import type { Runtime } from '../../scripts/runtime';
import { createRuntime } from '../../scripts/runtime';
import type { WorkbookModel } from '../../scripts/runtime/workbook';
import { sheetFromValues, sheetNamed } from '../../scripts/runtime/workbook';
import { launchBrowser, openSidebar } from './harness';
import { expectAccessible } from '../browser/axe';
import { screenshot } from '../browser/screenshot';
import { addOn } from '../../scripts/addOn';

const HOSTILE = '<img src=x onerror="window.__pwned=1">';

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

  it('shows what each tab holds, organizes on click and shows the result', async () => {
    const { page, calls } = await openSidebar(browser, runtime);
    const outreach = page.locator('.source[data-tab="Outreach"]');
    await outreach.waitFor();
    expect(await page.getByLabel('What Outreach holds').inputValue()).toBe('creators');
    expect(await outreach.locator('select[aria-label="Field for column TikTok Handle"]').inputValue()).toBe('Handle');
    expect(await page.getByLabel('What Ideas holds').inputValue()).toBe('ignore');

    await page.click('#organize-button');
    await page.locator('#result h2').first().waitFor();
    const creatorsRow = page.locator('#result tr', { hasText: 'Creators' });
    expect(await creatorsRow.locator('td').nth(1).textContent()).toBe('2');
    expect(calls).toEqual(['previewSources', 'runOrganize']);
    expect(runtime.workbook.sheets.map((s) => s.name)).toContain('Creators');
    await expectAccessible(page);
    await screenshot(page, 'sidebar-organize');
  });

  it('shows text from the sheet as text, never as HTML', async () => {
    const { page } = await openSidebar(browser, runtime);
    await page.locator('.source').first().waitFor();
    await page.click('#organize-button');
    await page.locator('#result table.issues').waitFor();
    expect(await page.locator('#result table.issues').textContent()).toContain(HOSTILE);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('saves a correction of what a tab holds, and Organize follows it', async () => {
    const { page } = await openSidebar(browser, runtime);
    const select = page.getByLabel('What Outreach holds');
    await select.waitFor();
    await select.selectOption('ignore');
    await page.locator('.source[data-tab="Outreach"] .columns', { hasText: 'ignored by you' }).waitFor();
    expect(JSON.parse(runtime.properties.document['mapping:Outreach']).kind).toBe('ignore');
    expect(await page.locator('#organize-button').isDisabled()).toBe(true);
  });

  it('lets the operator say which column is which, and Organize reads it that way', async () => {
    const { page } = await openSidebar(browser, runtime);
    const notes = page.locator('select[aria-label="Field for column Notes"]');
    await notes.waitFor({ state: 'attached' });
    await page.locator('.source[data-tab="Outreach"] summary').click();
    await notes.selectOption('Name');
    await page.locator('select[aria-label="Field for column Notes"]').waitFor();
    expect(await page.locator('select[aria-label="Field for column Notes"]').inputValue()).toBe('Name');
    expect(JSON.parse(runtime.properties.document['mapping:Outreach']).columns).toMatchObject({
      Handle: 'TikTok Handle',
      Name: 'Notes',
    });
    addOn(runtime).runOrganize();
    const creators = sheetNamed(runtime.workbook, 'Creators');
    expect(creators.rows[1][1].value).toBe(HOSTILE);
  });

  it('shows a server error where the operator sees it', async () => {
    const { page } = await openSidebar(browser, runtime);
    await page.locator('.source').first().waitFor();
    const release = runtime.locks.holdDocumentLock();
    try {
      await page.click('#organize-button');
      await page.locator('#error:not([hidden])').waitFor();
      expect(await page.locator('#error').textContent()).toContain('already running');
    } finally {
      release();
    }
  });
});
