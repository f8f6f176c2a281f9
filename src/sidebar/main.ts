import { SOURCE_KIND_LABELS, SOURCE_KINDS } from '../core/aliases';
import { cellsToCheck } from '../core/wording';
import type { DetectionSummary, OrganizeSummary } from '../server/organize';
import { byId, el } from './dom';
import { server } from './server';

const IGNORE = 'ignore';
/** Tabs whose column list the operator opened: it stays open when the list is redrawn after a change. */
const expandedTabs = new Set<string>();

function showError(error: unknown): void {
  const box = byId('error');
  box.textContent = error instanceof Error ? error.message : String(error);
  box.hidden = false;
}

function kindSelect(source: DetectionSummary): HTMLSelectElement {
  const select = el('select', { attrs: { 'aria-label': `What ${source.tab} holds` } });
  for (const kind of SOURCE_KINDS) {
    select.appendChild(el('option', { text: SOURCE_KIND_LABELS[kind], attrs: { value: kind } }));
  }
  select.appendChild(el('option', { text: 'Leave this tab alone', attrs: { value: IGNORE } }));
  select.value = source.kind ?? IGNORE;
  select.addEventListener('change', () => void saveKind(source, select.value));
  return select;
}

/** A new kind starts from that kind's automatic mapping (no columns saved). */
function saveKind(source: DetectionSummary, kind: string): Promise<void> {
  return saveMapping(source, kind, {});
}

async function saveMapping(source: DetectionSummary, kind: string, columns: Record<string, string>): Promise<void> {
  try {
    renderSources(
      await server.saveSourceMapping({ tab: source.tab, mapping: { kind, headerRow: source.headerRow, columns } }),
    );
  } catch (error) {
    showError(error);
  }
}

/** One select per header: which field that column holds, or none. */
function columnChoices(source: DetectionSummary): HTMLElement {
  const fieldOf = new Map(source.columns.map((c) => [c.header, c.field]));
  const selects: [string, HTMLSelectElement][] = [];
  const rows = source.headers
    .filter((header) => header !== '')
    .map((header) => {
      const select = el('select', { attrs: { 'aria-label': `Field for column ${header}` } }, [
        el('option', { text: '— not used —', attrs: { value: '' } }),
        ...source.fields.map((field) => el('option', { text: field, attrs: { value: field } })),
      ]);
      select.value = fieldOf.get(header) ?? '';
      select.addEventListener('change', () => {
        const columns: Record<string, string> = {};
        for (const [name, choice] of selects)
          if (choice.value && !(choice.value in columns)) columns[choice.value] = name;
        void saveMapping(source, source.kind ?? IGNORE, columns);
      });
      selects.push([header, select]);
      return el('label', { className: 'column' }, [el('span', { text: header }), select]);
    });
  const details = el('details', { className: 'columns' }, [
    el('summary', { text: `${source.columns.length} columns mapped` }),
    ...rows,
  ]);
  details.open = expandedTabs.has(source.tab);
  details.addEventListener('toggle', () =>
    details.open ? expandedTabs.add(source.tab) : expandedTabs.delete(source.tab),
  );
  return details;
}

function renderSources(sources: DetectionSummary[]): void {
  const list = byId('sources');
  list.replaceChildren(
    ...sources.map((source) =>
      el('div', { className: 'source', attrs: { 'data-tab': source.tab } }, [
        el('div', { className: 'name', text: source.tab }),
        kindSelect(source),
        source.kind
          ? columnChoices(source)
          : el('div', { className: 'columns', text: source.reason ?? 'Not read by Organize' }),
      ]),
    ),
  );
  byId<HTMLButtonElement>('organize-button').disabled = !sources.some((s) => s.kind);
}

function renderResult(summary: OrganizeSummary): void {
  const tabs = el('table', {}, [
    el(
      'tr',
      {},
      ['Tab', 'Rows', 'New', 'Updated'].map((h) => el('th', { text: h })),
    ),
    ...summary.tabs.map((t) =>
      el('tr', {}, [
        el('td', { text: t.name }),
        ...[t.rows, t.added, t.updated].map((n) => el('td', { className: 'num', text: String(n) })),
      ]),
    ),
  ]);
  const issues = summary.issueCount
    ? el('div', {}, [
        el('h2', { text: `${cellsToCheck(summary.issueCount)} (see the Import issues tab)` }),
        el('table', { className: 'issues' }, [
          el(
            'tr',
            {},
            ['Where', 'Value', 'Problem'].map((h) => el('th', { text: h })),
          ),
          ...summary.issues.map((i) =>
            el('tr', {}, [
              el('td', { text: `${i.tab}!${i.row} ${i.column}` }),
              el('td', { text: i.value }),
              el('td', { text: i.problem }),
            ]),
          ),
        ]),
      ])
    : el('p', { text: 'Every row was read.' });
  byId('result').replaceChildren(el('h2', { text: 'Organized' }), tabs, issues);
}

async function organize(): Promise<void> {
  const button = byId<HTMLButtonElement>('organize-button');
  button.disabled = true;
  byId('progress').hidden = false;
  byId('error').hidden = true;
  try {
    renderResult(await server.runOrganize());
  } catch (error) {
    showError(error);
  } finally {
    byId('progress').hidden = true;
    button.disabled = false;
  }
}

async function start(): Promise<void> {
  byId('organize-button').addEventListener('click', () => void organize());
  try {
    renderSources(await server.previewSources());
  } catch (error) {
    showError(error);
  }
}

void start();
