/**
 * What `npm start` does with the add-on, step by step, through the functions Apps Script would
 * call. Kept apart from the command line so tests can run the same steps.
 */
import type { FollowUpPreview } from '../src/server/followupCommands';
import type { OrganizeSummary } from '../src/server/organize';
import type { Runtime } from './runtime';

type Print = (line: string) => void;

function table(rows: readonly (readonly (string | number)[])[]): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows.map((row) => row.map((cell, c) => (typeof cell === 'number' ? String(cell).padStart(widths[c]) : String(cell).padEnd(widths[c]))).join('  '));
}

export function printOrganizeSummary(summary: OrganizeSummary, print: Print): void {
  print('Sources');
  for (const line of table(summary.sources.map((s) => [s.tab, s.label, s.kind ? `${s.columns.length} columns mapped` : s.reason ?? '']))) print(`  ${line}`);
  print('\nManaged tabs');
  const rows = summary.tabs.map((t) => [t.name, t.rows, t.added, t.updated, t.editsKept, t.orphans] as (string | number)[]);
  for (const line of table([['tab', 'rows', 'new', 'updated', 'edits kept', 'source gone'], ...rows])) print(`  ${line}`);
  print(`\nOrder lines joined to the affiliate export: ${summary.joinedAffiliate}; attributed by promo code: ${summary.attributedByPromo}; unattributed: ${summary.unattributed}`);
  print(`Free sample orders (price 0) moved to Samples or left out of sales: ${summary.sampleOrders}`);
  print(`Import issues: ${summary.issueCount}`);
  for (const issue of summary.issues.slice(0, 8)) print(`  ${issue.tab}!${issue.row} ${issue.column}: ${issue.problem}`);
}

export function printFollowUpPreview(preview: FollowUpPreview, print: Print): void {
  const byAction = new Map<string, number>();
  for (const item of preview.items) byAction.set(item.action, (byAction.get(item.action) ?? 0) + 1);
  const counts = [...byAction].map(([action, n]) => `${n} ${action}`).join(', ');
  print(`\nFollow-up dry run: ${preview.total} messages due${counts ? ` (${counts}${preview.items.length < preview.total ? ', first ones shown' : ''})` : ''}`);
  print(preview.windowOpen ? '  (inside the send window)' : '  (outside the send window: the hourly run would wait for it)');
  for (const item of preview.items.slice(0, 6)) {
    const problems = item.problems.length ? ` — held: ${item.problems.join('; ')}` : '';
    print(`  ${item.rule.padEnd(13)} @${item.handle.padEnd(20)} ${item.to || '(no address)'}: ${item.subject}${problems}`);
  }
}

export function runDemoSteps(runtime: Runtime, print: Print): void {
  runtime.call('onOpen');
  const summary = runtime.call('runOrganize') as OrganizeSummary;
  printOrganizeSummary(summary, print);
  printFollowUpPreview(runtime.call('previewFollowUps') as FollowUpPreview, print);
}
