/**
 * The Organize panel: what each tab is read as (collapsed), one button, the steps of a long run,
 * then the outcome first: warnings, rows per tab, the rows refused and why, the cells to check.
 */
import { cellA1 } from '../core/a1';
import { SOURCE_KIND_LABELS, SOURCE_KINDS } from '../core/aliases';
import { cellsToCheck } from '../core/wording';
import type {
  AutoOrganizeStatus,
  DetectionSummary,
  ImportIssue,
  OrganizeSummary,
  SaveMappingRequest,
  SourceOutcome,
} from '../server/api';
import { byId, el, fill } from './dom';
import { server } from './server';
import { cellButton, clearError, plural, reveal, showError } from './ui';

const IGNORE = 'ignore';
const PROGRESS_POLL_MS = 1500;
/** Tabs whose column list the operator opened: it stays open when the list is redrawn after a change. */
const expandedTabs = new Set<string>();

const errorBox = () => byId('organize-error');

function kindSelect(source: DetectionSummary): HTMLSelectElement {
  const select = el('select', { attrs: { 'aria-label': `What ${source.tab} holds` } }, [
    ...SOURCE_KINDS.map((kind) => el('option', { text: SOURCE_KIND_LABELS[kind], attrs: { value: kind } })),
    el('option', { text: 'Leave this tab alone', attrs: { value: IGNORE } }),
  ]);
  select.value = source.kind ?? IGNORE;
  // A new kind starts from that kind's automatic mapping (no columns saved).
  select.addEventListener('change', () => void saveMapping(source, select.value, {}));
  return select;
}

async function saveMapping(source: DetectionSummary, kind: string, columns: Record<string, string>): Promise<void> {
  clearError(errorBox());
  try {
    renderSources(
      await server.saveSourceMapping({
        tab: source.tab,
        mapping: { kind: kind as SaveMappingRequest['mapping']['kind'], headerRow: source.headerRow, columns },
      }),
    );
  } catch (error) {
    showError(errorBox(), error);
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
    el('summary', { text: `${plural(source.columns.length, 'column')} mapped` }),
    ...rows,
  ]);
  details.open = expandedTabs.has(source.tab);
  details.addEventListener('toggle', () =>
    details.open ? expandedTabs.add(source.tab) : expandedTabs.delete(source.tab),
  );
  return details;
}

function renderSources(sources: DetectionSummary[]): void {
  const read = sources.filter((s) => s.kind).length;
  byId('mapping-summary').textContent =
    `How your tabs are read: ${read} of ${plural(sources.length, 'tab')} read` +
    (read < sources.length ? `, ${sources.length - read} left alone` : '');
  fill(byId('sources'), [
    ...sources.map((source) =>
      el('div', { className: 'source', attrs: { 'data-tab': source.tab } }, [
        el('p', { className: 'name', text: source.tab }),
        kindSelect(source),
        source.kind
          ? columnChoices(source)
          : el('p', { className: 'columns secondary', text: source.reason ?? 'Not read by Organize' }),
      ]),
    ),
  ]);
  byId<HTMLButtonElement>('organize-button').disabled = !sources.some((s) => s.kind);
}

function refusedRows(outcome: SourceOutcome): HTMLElement {
  const items = outcome.refused.map((refused) =>
    el('li', {}, [
      cellButton(
        { tab: outcome.tab, row: refused.row, column: refused.columnNumber },
        `${outcome.tab}!${cellA1(refused.row, refused.columnNumber)}`,
        errorBox(),
      ),
      el('p', { text: refused.problems.join(' ') || 'no record could be made of this row' }),
    ]),
  );
  const more = outcome.refusedCount - outcome.refused.length;
  return el('section', { className: 'group' }, [
    el('h3', { text: `${outcome.tab}: ${outcome.refusedCount} of ${plural(outcome.rows, 'row')} refused` }),
    el('ul', { className: 'items' }, items),
    more > 0 && el('p', { className: 'secondary', text: `${more} more on the Import issues tab.` }),
  ]);
}

function issueItem(issue: ImportIssue): HTMLElement {
  return el('li', {}, [
    cellButton(
      { tab: issue.tab, row: issue.row, column: issue.columnNumber },
      `${issue.tab}!${cellA1(issue.row, issue.columnNumber)}`,
      errorBox(),
    ),
    issue.column && el('span', { className: 'secondary', text: ` ${issue.column}` }),
    issue.value && el('p', { className: 'value', text: issue.value }),
    el('p', { text: issue.problem }),
  ]);
}

function headline(summary: OrganizeSummary, refused: number): string {
  if (summary.continuing)
    return `Organizing: ${summary.continuing.text} written, the rest continues in the background in a minute`;
  if (summary.tabs.every((t) => t.rows === 0)) return 'Nothing was organized';
  if (refused > 0) return `Organized, but ${plural(refused, 'row was', 'rows were')} refused`;
  return summary.warnings.length ? 'Organized, with warnings' : 'Organized';
}

function renderResult(summary: OrganizeSummary): void {
  const refused = summary.outcomes.reduce((sum, o) => sum + o.refusedCount, 0);
  const heading = el('h2', { text: headline(summary, refused) });
  fill(byId('organize-result'), [
    heading,
    summary.warnings.length > 0 &&
      el(
        'ul',
        { className: 'warnings' },
        summary.warnings.map((warning) => el('li', { text: warning })),
      ),
    el(
      'ul',
      { className: 'counts', attrs: { 'aria-label': 'Rows per tab' } },
      summary.tabs.map((t) =>
        el('li', {}, [
          el('span', { className: 'tab-name', text: t.name }),
          el('span', { text: ` ${plural(t.rows, 'row')}` }),
          el('span', {
            className: 'secondary',
            text: ` (${t.added.toLocaleString('en-US')} new, ${t.updated.toLocaleString('en-US')} updated)`,
          }),
        ]),
      ),
    ),
    ...summary.outcomes.filter((o) => o.refusedCount > 0).map(refusedRows),
    summary.issues.length > 0
      ? el('section', { className: 'group' }, [
          el('h3', { text: cellsToCheck(summary.cellIssueCount) }),
          el('ul', { className: 'items' }, summary.issues.map(issueItem)),
          summary.issues.length < summary.cellIssueCount &&
            el('p', { className: 'secondary', text: 'The rest are on the Import issues tab.' }),
        ])
      : refused === 0 && el('p', { text: 'Every row was read.' }),
  ]);
  reveal(heading);
}

/** Shows the run's steps while Organize works; returns the function that stops watching. */
function watchProgress(): () => void {
  const box = byId('organize-progress');
  const bar = byId<HTMLProgressElement>('organize-bar');
  const text = byId('organize-step');
  bar.removeAttribute('value');
  text.textContent = 'Starting…';
  box.hidden = false;
  box.scrollIntoView({ block: 'nearest' });
  let watching = true;
  const poll = () => {
    server.organizeProgress().then(
      (progress) => {
        if (!watching) return;
        if (progress) {
          bar.max = progress.steps;
          bar.value = progress.step;
          text.textContent = progress.background
            ? progress.text
            : `Step ${progress.step} of ${progress.steps}: ${progress.text}`;
        }
        timer = window.setTimeout(poll, PROGRESS_POLL_MS);
      },
      () => {
        if (watching) timer = window.setTimeout(poll, PROGRESS_POLL_MS);
      },
    );
  };
  // A short run ends before the first poll.
  let timer = window.setTimeout(poll, PROGRESS_POLL_MS);
  return () => {
    watching = false;
    window.clearTimeout(timer);
    box.hidden = true;
  };
}

async function organize(onOrganized: () => void): Promise<void> {
  const button = byId<HTMLButtonElement>('organize-button');
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  clearError(errorBox());
  fill(byId('organize-result'), []);
  const stopWatching = watchProgress();
  try {
    const summary = await server.runOrganize();
    stopWatching();
    renderSources(summary.sources);
    renderResult(summary);
    onOrganized();
  } catch (error) {
    stopWatching();
    showError(errorBox(), error);
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}

const autoSwitch = () => byId<HTMLButtonElement>('auto-organize-switch');

function renderAutoOrganize(status: AutoOrganizeStatus): void {
  autoSwitch().setAttribute('aria-checked', String(status.on));
  autoSwitch().disabled = false;
  byId('auto-organize-state').textContent = status.text;
}

async function toggleAutoOrganize(): Promise<void> {
  const on = autoSwitch().getAttribute('aria-checked') !== 'true';
  clearError(errorBox());
  autoSwitch().disabled = true;
  try {
    renderAutoOrganize(await server.setAutoOrganize({ on }));
  } catch (error) {
    autoSwitch().disabled = false;
    showError(errorBox(), error);
  }
}

/** `onOrganized` runs after each successful Organize (the Today count follows the new tabs). */
export async function startOrganize(onOrganized: () => void): Promise<void> {
  byId('organize-button').addEventListener('click', () => void organize(onOrganized));
  autoSwitch().addEventListener('click', () => void toggleAutoOrganize());
  server.autoOrganizeStatus().then(renderAutoOrganize, (error: unknown) => showError(errorBox(), error));
  try {
    renderSources(await server.previewSources());
  } catch (error) {
    showError(errorBox(), error);
  }
}
