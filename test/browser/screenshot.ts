/** Screenshots of browser tests, for a person to look at: PNGs under out/screenshots/ (git-ignored). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';

const SCREENSHOTS = path.resolve(__dirname, '../../out/screenshots');

/** Writes the whole page (or, with `fullPage: false`, the window) to out/screenshots/<name>.png; returns the file's path. */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<string> {
  if (!/^[\w-]+$/.test(name)) throw new Error(`screenshot name "${name}": use letters, digits, - and _`);
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}
