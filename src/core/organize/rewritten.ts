/**
 * Records written again although the tab held them (MergeResult.rewritten): the operator deleted
 * their rows (the source still has them) or changed a row's key cells, which makes it another
 * record. Said once, on the run that writes them again.
 */
import type { Issue } from '../records/table';
import type { TabSpec } from '../schema';
import { CREATORS } from '../schema';
import { NAMED_ONE_BY_ONE, rowList } from '../wording';
import type { MergeResult } from './merge';

function deletedIssues(spec: TabSpec, merged: MergeResult, indexes: readonly number[]): Issue[] {
  const sourceColumn = spec.fields.findIndex((f) => f.header === 'Source');
  const sourceOf = (index: number) => (sourceColumn < 0 ? '' : String(merged.rows[index][sourceColumn]));
  const column = sourceColumn < 0 ? '' : 'Source';
  if (indexes.length > NAMED_ONE_BY_ONE) {
    const rows = indexes.map((index) => index + 2);
    const problem = `written again: ${indexes.length} records whose rows here were deleted (now ${rowList(rows)}), but whose source rows are still there. To drop one, delete it in the source.`;
    return [{ tab: spec.name, row: rows[0], column, value: sourceOf(indexes[0]), problem }];
  }
  return indexes.map((index) => {
    const source = sourceOf(index);
    return {
      tab: spec.name,
      row: index + 2,
      column,
      value: source,
      problem: `written again: its row here was deleted, but its source row is still there. To drop it, delete it in the source${source ? ` (${source})` : ''}.`,
    };
  });
}

export function rewrittenIssues(spec: TabSpec, merged: MergeResult): Issue[] {
  const keyHeaders = spec.key.join(' + ');
  const keyColumn = spec.key.length === 1 ? spec.fields.findIndex((f) => f.header === spec.key[0]) : -1;
  const aliasHint =
    spec === CREATORS ? ' A creator whose handle changed keeps one row: type the earlier handle in its Aliases.' : '';
  const deleted = merged.rewritten.filter((r) => r.editedIndex === undefined).map((r) => r.index);
  const edited = merged.rewritten.flatMap(({ index, editedIndex }): Issue[] => {
    if (editedIndex === undefined) return [];
    const key = keyColumn < 0 ? '' : merged.rows[index][keyColumn];
    return [
      {
        tab: spec.name,
        row: index + 2,
        column: keyHeaders,
        value: typeof key === 'string' ? key : '',
        problem: `written again: row ${editedIndex + 2} held this record until its ${keyHeaders} was changed by hand, which makes it another record. Put it back there and delete this row, or delete that one.${aliasHint}`,
      },
    ];
  });
  return [...edited, ...deletedIssues(spec, merged, deleted)];
}
