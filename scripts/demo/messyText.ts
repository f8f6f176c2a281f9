/** How values look in sellers' sheets: the many ways operators type them, and how Seller Center exports them. */
import type { CellValue } from '../runtime/workbook';
import type { Region } from './catalog';
import type { Random } from './random';
import type { WallTime } from './wallClock';
import { dayFirstDateTimeText, usDateTimeText } from './wallClock';

/** `jane.doe` → `Jane.Doe` */
function titleCased(handle: string): string {
  return handle.replace(/(^|[._])([a-z])/g, (_, separator: string, letter: string) => separator + letter.toUpperCase());
}

function profileUrl(rng: Random, handle: string): string {
  return `https://www.tiktok.com/@${handle}${rng.pick(['', '?lang=en', '?is_from_webapp=1&sender_device=pc'])}`;
}

/** A readable reference to a creator: `@Jane.Doe `, `jane.doe`, a profile URL... */
export function handleCell(rng: Random, handle: string): string {
  const cased = rng.chance(0.4) ? titleCased(handle) : handle;
  return rng.weighted<string>([
    [`@${cased}`, 40],
    [cased, 20],
    [`@${cased} `, 10],
    [` ${cased}`, 5],
    [profileUrl(rng, handle), 20],
    [`tiktok.com/@${cased}`, 5],
  ]);
}

/** A handle a typo split in two: `@jane .doe`. */
export function handleWithInnerSpace(handle: string): string {
  const cut = Math.max(1, Math.floor(handle.length / 2));
  return `@${handle.slice(0, cut)} ${handle.slice(cut)}`;
}

export function emailCell(rng: Random, email: string, name: string): string {
  return rng.weighted<string>([
    [email, 70],
    [`mailto:${email}`, 10],
    [`${name} <${email}>`, 10],
    [` ${email} `, 10],
  ]);
}

export function followersCell(rng: Random, followers: number): CellValue {
  if (followers >= 1_000_000 && rng.chance(0.7)) return `${(followers / 1_000_000).toFixed(1)}M`;
  if (followers >= 10_000 && rng.chance(0.6)) return `${(followers / 1000).toFixed(1).replace(/\.0$/, '')}K`;
  return rng.chance(0.5) ? followers.toLocaleString('en-US') : followers;
}

/** `15%`, `0.15`, `15`, `12.5 %`: all the same deal. */
export function commissionCell(rng: Random, rate: number): CellValue {
  const percent = String(Math.round(rate * 1000) / 10);
  return rng.weighted<CellValue>([
    [`${percent}%`, 40],
    [rate, 25],
    [percent, 15],
    [`${percent} %`, 10],
    [Number(percent), 10],
  ]);
}

/** Standard commission rate as the affiliate export writes it: `15%` or `10.00%`. */
export function exportRateText(rng: Random, rate: number): string {
  return rng.chance(0.5) ? `${(rate * 100).toFixed(2)}%` : `${Math.round(rate * 1000) / 10}%`;
}

const decimal = (cents: number): string => (cents / 100).toFixed(2);

/** An amount as an operator types it: US `$12.40`, `12.4`, 12.4; UK `£9,50` with a decimal comma. */
export function operatorMoneyCell(rng: Random, cents: number, region: Region): CellValue {
  if (region === 'UK') return `£${decimal(cents).replace('.', ',')}`;
  return rng.weighted<CellValue>([
    [`$${decimal(cents)}`, 50],
    [String(cents / 100), 25],
    [cents / 100, 25],
  ]);
}

/** An amount as Seller Center exports it: a plain number in the US shop, `£12.34` text in the UK shop. */
export function exportMoneyCell(cents: number, region: Region): CellValue {
  return region === 'UK' ? `£${decimal(cents)}` : cents / 100;
}

/** Seller Center ends ID and time cells with a tab character. */
export function withTrailingTab(text: string): string {
  return `${text}\t`;
}

/** A Seller Center time: `03/14/2026 5:02:11 PM` from the US shop, day-first `14/03/2026 17:02:11` from the UK shop. */
export function exportTimeCell(time: WallTime | undefined, region: Region): string {
  if (time === undefined) return '';
  return withTrailingTab(region === 'UK' ? dayFirstDateTimeText(time) : usDateTimeText(time));
}

export function randomCase(rng: Random, word: string): string {
  return rng.chance(0.5) ? word : word.charAt(0).toUpperCase() + word.slice(1);
}
