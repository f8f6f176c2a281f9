/**
 * What `npm start` does with the add-on, step by step, through the functions Apps Script would
 * call. Kept apart from the command line so tests can run the same steps.
 */
import type { FollowUpPreview, OrganizeSummary } from '../src/server/api';
import type { AddonTabRole } from '../src/core/schema';
import { PROFIT_TAB } from '../src/core/schema';
import type { Runtime } from './runtime';
import { a1Of } from './runtime/a1';
import type { CellValue } from './runtime/workbook';
import { addOn, ownedTabOf } from './addOn';

type Print = (line: string) => void;

function textTable(rows: readonly (readonly (string | number)[])[]): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows.map((row) =>
    row
      .map((cell, c) => (typeof cell === 'number' ? String(cell).padStart(widths[c]) : String(cell).padEnd(widths[c])))
      .join('  '),
  );
}

export function printOrganizeSummary(summary: OrganizeSummary, print: Print): void {
  print('Sources');
  for (const line of textTable(
    summary.sources.map((s) => [s.tab, s.label, s.kind ? `${s.columns.length} columns mapped` : (s.reason ?? '')]),
  ))
    print(`  ${line}`);
  print('\nManaged tabs');
  const rows = summary.tabs.map(
    (t) => [t.name, t.rows, t.added, t.updated, t.editsKept, t.orphans] as (string | number)[],
  );
  for (const line of textTable([['tab', 'rows', 'new', 'updated', 'edits kept', 'source gone'], ...rows]))
    print(`  ${line}`);
  print(
    `\nOrder lines joined to the affiliate export: ${summary.joinedAffiliate}; attributed by promo code: ${summary.attributedByPromo}; unattributed: ${summary.unattributed}`,
  );
  print(`Free sample orders (price 0), kept on Samples rather than as sales: ${summary.sampleOrders}`);
  print(`Import issues: ${summary.issueCount}`);
  for (const issue of summary.issues.slice(0, 8))
    print(`  ${issue.tab}!${issue.row} ${issue.column}: ${issue.problem}`);
}

export function printFollowUpPreview(preview: FollowUpPreview, print: Print): void {
  const byAction = new Map<string, number>();
  for (const item of preview.items) byAction.set(item.action, (byAction.get(item.action) ?? 0) + 1);
  const counts = [...byAction].map(([action, n]) => `${n} ${action}`).join(', ');
  print(
    `\nFollow-up dry run: ${preview.total} messages due${counts ? ` (${counts}${preview.items.length < preview.total ? ', first ones shown' : ''})` : ''}`,
  );
  print(
    preview.windowOpen ? '  (inside the send window)' : '  (outside the send window: the hourly run would wait for it)',
  );
  for (const item of preview.items.slice(0, 6)) {
    const problems = item.problems.length ? ` — held: ${item.problems.join('; ')}` : '';
    print(
      `  ${item.rule.padEnd(13)} @${item.handle.padEnd(20)} ${item.to || '(no address)'}: ${item.subject}${problems}`,
    );
  }
}

/** The spilled table of the first formula cell calling `functionName` on a tab, header row first. */
export function spilledTable(
  runtime: Runtime,
  tab: AddonTabRole,
  functionName: string,
): { formula: string; rows: CellValue[][]; error?: string } | undefined {
  const sheet = ownedTabOf(runtime.workbook, tab);
  for (const [r, row] of (sheet?.rows ?? []).entries()) {
    for (const [c, cell] of row.entries()) {
      if (!cell?.formula?.toUpperCase().startsWith(`=${functionName}(`)) continue;
      const size = cell.spill ?? { rows: 1, columns: 1 };
      const rows = sheet!.rows
        .slice(r, r + size.rows)
        .map((line) => Array.from({ length: size.columns }, (_, i) => line[c + i]?.value ?? ''));
      return { formula: cell.formula, rows, error: runtime.formulaErrors[`${tab}!${a1Of(r + 1, c + 1)}`] };
    }
  }
  return undefined;
}

function printProfitTop(runtime: Runtime, print: Print): void {
  const table = spilledTable(runtime, PROFIT_TAB, 'PROFIT_BY_CREATOR');
  if (!table) return print('\nNo PROFIT_BY_CREATOR formula on the Profit tab.');
  print(`\nProfit tab: ${table.formula}`);
  if (table.error) return print(`  ${table.error}`);
  const [header, ...rows] = table.rows;
  const columns = ['Creator', 'Orders', 'Net revenue', 'Commission', 'Sample cost', 'Net profit', 'Margin'].map((h) =>
    header.indexOf(h),
  );
  const shown = [...rows.slice(0, 10), ...rows.slice(-1)];
  const format = (value: CellValue, header: CellValue): string | number =>
    typeof value !== 'number'
      ? String(value)
      : header === 'Margin'
        ? `${(value * 100).toFixed(1)}%`
        : Number(value.toFixed(2));
  for (const line of textTable([
    columns.map((i) => String(header[i])),
    ...shown.map((row) => columns.map((i) => format(row[i], header[i]))),
  ])) {
    print(`  ${line}`);
  }
  print(`  (${rows.length - 1} creators; top 10 by net profit and the Total row shown)`);
}

export function runDemoSteps(runtime: Runtime, print: Print): void {
  addOn(runtime).onOpen();
  const summary = addOn(runtime).runOrganize();
  printOrganizeSummary(summary, print);
  addOn(runtime).menuInsertProfitDashboard();
  runtime.evaluateFormulas();
  printProfitTop(runtime, print);
  printFollowUpPreview(addOn(runtime).previewFollowUps(), print);
}
