/** What every panel test checks the same way: the 300 px fit, no script from the sheet, and a screenshot. */
import type { Page } from 'playwright-core';
import { screenshot } from '../browser/screenshot';

/** Nothing wider than the sidebar: no horizontal scroll on the page or inside the visible panel. */
export async function expectFits(page: Page): Promise<void> {
  const widths = await page.evaluate(() => {
    const panel = document.querySelector<HTMLElement>('[role="tabpanel"]:not([hidden])')!;
    const page = document.documentElement;
    return { page: [page.scrollWidth, page.clientWidth], panel: [panel.scrollWidth, panel.clientWidth] };
  });
  expect(widths.page[0]).toBeLessThanOrEqual(widths.page[1]);
  expect(widths.panel[0]).toBeLessThanOrEqual(widths.panel[1]);
  expect(widths.page[1]).toBe(300);
}

/** Text from the sheet stayed text: no element it spelled out exists, and its script never ran. */
export async function expectNoInjection(page: Page): Promise<void> {
  expect(await page.locator('img').count()).toBe(0);
  expect(await page.locator('a[href^="javascript"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
}

/** The whole sidebar as one image (the window made as tall as the content, so the sticky tabs stay on top). */
export async function screenshotPanel(page: Page, name: string): Promise<string> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 300, height });
  return screenshot(page, name);
}
