/** Lists what an error names, the first ten and how many more: a report with thousands of bad rows stays readable. */
const LISTED = 10;

export function listed(items: readonly string[]): string {
  const more = items.length - LISTED;
  return items.slice(0, LISTED).join(', ') + (more > 0 ? ` and ${more} more` : '');
}
