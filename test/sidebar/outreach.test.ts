/**
 * The Outreach section of the Follow-ups panel in headless Chromium: the default sequence offered
 * before any exists, Start enrolling the prospects with the counts said, and the results table in
 * the Profit panel once emails went out.
 */
import type { Browser } from 'playwright-core';
import { sheetNamed } from '../../scripts/runtime/workbook';
import { addOn } from '../../scripts/addOn';
import { setSetting } from '../../scripts/followupSimulation';
import { OUTREACH_RESULTS_COLUMNS } from '../../src/core/outreach/results';
import type { Runtime } from '../../scripts/runtime';
import { expectAccessible } from '../browser/axe';
import { expectFits, expectNoInjection } from './checks';
import { launchBrowser } from './harness';
import { HOSTILE, openPanel, organizedWorkbook, runtimeOn } from './workbook';

/** Prospects typed at the bottom of the Creators tab; the first has a name that must stay text. */
function addProspects(runtime: Runtime, count: number): void {
  const creators = sheetNamed(runtime.workbook, 'Creators');
  const headers = creators.rows[0].map((cell) => String(cell.value));
  for (let n = 1; n <= count; n++) {
    const cells: Record<string, string> = {
      Handle: `p${n}`,
      Name: n === 1 ? HOSTILE : `Pat ${n}`,
      Email: `p${n}@example.com`,
      Status: 'prospect',
    };
    creators.rows.push(headers.map((header) => ({ value: cells[header] ?? '' })));
  }
}

describe('sidebar: Outreach', () => {
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
    addProspects(runtime, 5);
  });

  it('offers the default sequence, then enrols the prospects and shows who is left out', async () => {
    const { page } = await openPanel(browser, runtime, 'Follow-ups');
    await page.getByText(/^No sequence yet\. Start creates the Sequences tab/).waitFor();
    await page.getByRole('button', { name: 'Start the sequence' }).click();
    await page.getByText(/^0 creators to enrol; 5 in the sequence now/).waitFor();
    expect(await page.locator('#announcer').textContent()).toMatch(
      /^5 creators enrolled in Creator recruitment \((A: 3, B: 2|B: 2, A: 3|A: 2, B: 3|B: 3, A: 2)\)/,
    );
    expect(await page.getByRole('combobox', { name: 'Sequence' }).inputValue()).toBe('Creator recruitment');
    await page.getByText('Left out: 9').waitFor();
    await page.getByText('status: 3').waitFor();
    await page.getByText('recently contacted: 1').waitFor();
    await page.getByText('in a sequence: 5').waitFor();
    await page.getByText(/^Outreach sends nothing until Settings has your "Sender postal address"/).waitFor();
    await page.getByText('No outreach email has gone out yet.').waitFor();
    await expectNoInjection(page);
    await expectFits(page);
    await expectAccessible(page);
  });

  it('shows the OUTREACH_RESULTS table in the Profit panel once the first emails went out', async () => {
    addOn(runtime).enrol({});
    runtime.ui.clickMenuItem('Turn on follow-ups');
    setSetting(runtime, 'Follow-up mode', 'send');
    setSetting(runtime, 'Sender postal address', '1 Market St, San Francisco, CA 94105');
    const trigger = runtime.triggers.find((t) => t.handler === 'runFollowUps')!;
    runtime.clock.set(new Date(runtime.clock.now().getTime() + 3_600_000));
    runtime.fireTrigger(trigger);
    const { page } = await openPanel(browser, runtime, 'Profit');
    await page.getByRole('heading', { name: 'Outreach results' }).waitFor();
    const table = page.locator('#profit-outreach table');
    expect(await table.locator('th').allTextContents()).toEqual([...OUTREACH_RESULTS_COLUMNS]);
    const variants = await table.locator('tbody tr td:nth-child(3)').allTextContents();
    expect(variants).toEqual(['A', 'B']);
    await expectAccessible(page);
  });
});
