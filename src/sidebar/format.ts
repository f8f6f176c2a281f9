/** Numbers and days as the operator reads them. */

/** `$1,234.56`, or `1,234.56 XYZ` for a currency code the browser does not know. */
export function money(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${currency}`;
  }
}

/** `23.4%`; a missing ratio (no revenue) as a dash. */
export function percent(ratio: number | null): string {
  return ratio === null ? '–' : `${(ratio * 100).toFixed(1)}%`;
}

/** 'YYYY-MM-DD' as `Mon, Nov 23`. */
export function day(key: string): string {
  const [year, month, date] = key.split('-').map(Number);
  return new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, date)),
  );
}

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

/** How a due day stands: `due today`, `due in 2 days`, `3 days late`. */
export function dueText(daysSince: number): string {
  if (daysSince > 0) return `${days(daysSince)} late`;
  return daysSince === 0 ? 'due today' : `due in ${days(-daysSince)}`;
}

/** How long ago something was asked for: `requested today`, `requested 4 days ago`. */
export function waitingText(daysSince: number): string {
  return daysSince <= 0 ? 'requested today' : `requested ${days(daysSince)} ago`;
}
