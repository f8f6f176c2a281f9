/**
 * What Organize did with the seller's rows, told first: per source tab the rows read and the rows
 * refused with their problems, and a warning for each kind of source that gave nothing, so a
 * workbook whose order lines were all refused never reads as organized.
 */
import { SOURCE_KIND_LABELS } from '../core/aliases';
import type { TableOutcome } from '../core/organize/collect';
import type { Issue } from '../core/records/table';
import { headersOf, MANAGED_TABS } from '../core/schema';
import type { DetectionSummary, ImportIssue, SourceOutcome } from './api';

const REFUSED_SHOWN = 20;
const ISSUES_SHOWN = 50;

const rowKey = (tab: string, row: number) => `${tab}\u0000${row}`;

/** 1-based column of a header in each tab Organize reads or writes. */
function headerColumns(sources: readonly DetectionSummary[]): Map<string, string[]> {
  const headers = new Map<string, string[]>(MANAGED_TABS.map((tab) => [tab.name, headersOf(tab)]));
  for (const source of sources) headers.set(source.tab, source.headers);
  return headers;
}

function columnNumber(headers: Map<string, string[]>, tab: string, column: string): number | undefined {
  const index = headers.get(tab)?.indexOf(column) ?? -1;
  return index >= 0 ? index + 1 : undefined;
}

export interface Outcome {
  outcomes: SourceOutcome[];
  warnings: string[];
  cellIssueCount: number;
  issues: ImportIssue[];
}

export function describeOutcome(
  tables: readonly TableOutcome[],
  issues: readonly Issue[],
  sources: readonly DetectionSummary[],
): Outcome {
  const headers = headerColumns(sources);
  const problemsByRow = new Map<string, Issue[]>();
  for (const issue of issues) {
    const key = rowKey(issue.tab, issue.row);
    problemsByRow.set(key, [...(problemsByRow.get(key) ?? []), issue]);
  }
  const refusedKeys = new Set<string>();
  const outcomes = tables.map((table): SourceOutcome => {
    for (const row of table.refusedRows) refusedKeys.add(rowKey(table.tab, row));
    return {
      tab: table.tab,
      label: SOURCE_KIND_LABELS[table.kind],
      rows: table.rows,
      refusedCount: table.refusedRows.length,
      refused: table.refusedRows.slice(0, REFUSED_SHOWN).map((row) => {
        const found = problemsByRow.get(rowKey(table.tab, row)) ?? [];
        return {
          row,
          columnNumber: found[0] && columnNumber(headers, table.tab, found[0].column),
          problems: found.map((issue) => (issue.column ? `${issue.column}: ${issue.problem}` : issue.problem)),
        };
      }),
    };
  });
  const others = issues.filter((issue) => !refusedKeys.has(rowKey(issue.tab, issue.row)));
  return {
    outcomes,
    warnings: emptyKinds(tables),
    cellIssueCount: others.length,
    issues: others.slice(0, ISSUES_SHOWN).map((issue) => ({
      ...issue,
      columnNumber: columnNumber(headers, issue.tab, issue.column),
    })),
  };
}

const quoted = (tabs: readonly TableOutcome[]) => tabs.map((t) => `"${t.tab}"`).join(', ');

/** A warning for each kind of source whose tabs together gave no record. */
function emptyKinds(tables: readonly TableOutcome[]): string[] {
  const byKind = new Map<TableOutcome['kind'], TableOutcome[]>();
  for (const table of tables) byKind.set(table.kind, [...(byKind.get(table.kind) ?? []), table]);
  const warnings: string[] = [];
  for (const [kind, group] of byKind) {
    const label = SOURCE_KIND_LABELS[kind];
    const rows = group.reduce((sum, t) => sum + t.rows, 0);
    const refused = group.reduce((sum, t) => sum + t.refusedRows.length, 0);
    if (rows === 0) warnings.push(`${label} (${quoted(group)}): there are no rows under the header.`);
    else if (refused === rows)
      warnings.push(
        `${label} (${quoted(group)}): all ${rows} ${rows === 1 ? 'row was' : 'rows were'} refused, so nothing came from it. See why below.`,
      );
  }
  return warnings;
}
