/**
 * The Outreach section of the Follow-ups panel: the sequences, who the chosen one would reach and
 * who it leaves out by reason, the Start button, and the OUTREACH_RESULTS table with a "Roll the
 * winner forward" button for each step whose verdict names a winner. The Profit panel shows the
 * same results table.
 */
import type { EnrolmentPreview, OutreachOverview } from '../server/api';
import { byId, el, fill } from './dom';
import { percent } from './format';
import { server } from './server';
import { announce, clearError, plural, showError, whileBusy } from './ui';

const errorBox = () => byId('outreach-error');
const sequencePicker = () => byId<HTMLSelectElement>('outreach-sequence');

function previewBlock(preview: EnrolmentPreview | null): HTMLElement {
  if (!preview)
    return el('p', {
      className: 'secondary',
      text: 'No sequence yet. Start creates the Sequences tab with a two-variant recruitment sequence and its templates, then enrols the prospects it reaches.',
    });
  const split = preview.variants
    .filter((v) => v.variant !== '')
    .map((v) => `${v.variant}: ${v.count}`)
    .join(', ');
  return el('div', {}, [
    el('p', {
      text: `${plural(preview.reach, 'creator')} to enrol${split ? ` (${split})` : ''}; ${preview.enrolled} in the sequence now; ${preview.outsideSegment} outside its segment.`,
    }),
    !preview.postalAddressSet &&
      el('p', {
        className: 'warning',
        text: 'Outreach sends nothing until Settings has your "Sender postal address": every outreach email shows it under the opt-out line.',
      }),
    ...preview.problems.map((problem) => el('p', { className: 'error', text: problem })),
    el('section', { className: 'group' }, [
      el('h3', { text: `Left out: ${preview.excludedByReason.reduce((sum, r) => sum + r.count, 0)}` }),
      preview.excludedByReason.length
        ? el(
            'ul',
            { className: 'items' },
            preview.excludedByReason.map((r) => el('li', { text: `${r.reason}: ${r.count}` })),
          )
        : el('p', { className: 'secondary', text: 'Nobody in the segment is left out.' }),
    ]),
  ]);
}

function cellText(cell: string | number, header: string): string {
  if (typeof cell !== 'number') return cell;
  if (header === 'Reply rate') return percent(cell);
  return Number.isInteger(cell) ? cell.toLocaleString('en-US') : cell.toFixed(2);
}

/** The OUTREACH_RESULTS table, or why there is none. */
export function resultsBlock(overview: Pick<OutreachOverview, 'results' | 'resultsError'>): HTMLElement {
  if (overview.resultsError) return el('p', { className: 'error', text: overview.resultsError });
  if (overview.results.length < 2)
    return el('p', { className: 'secondary', text: 'No outreach email has gone out yet.' });
  const [header, ...rows] = overview.results.map((row) => row.map(String));
  const raw = overview.results.slice(1);
  // The table is wider than the sidebar: its wrapper scrolls, and takes the keyboard to do so.
  const scroller = el('div', {
    className: 'results-scroll',
    attrs: { tabindex: '0', role: 'region', 'aria-label': 'OUTREACH_RESULTS table' },
  });
  const table = el('table', { className: 'results' }, [
    el('thead', {}, [
      el(
        'tr',
        {},
        header.map((h) => el('th', { text: h, attrs: { scope: 'col' } })),
      ),
    ]),
    el(
      'tbody',
      {},
      rows.map((_, r) =>
        el(
          'tr',
          {},
          raw[r].map((cell, c) => el('td', { text: cellText(cell, header[c]) })),
        ),
      ),
    ),
  ]);
  fill(scroller, [table]);
  return scroller;
}

function render(overview: OutreachOverview): void {
  const picker = sequencePicker();
  const names = overview.preview?.sequences ?? [];
  fill(
    picker,
    names.map((name) => {
      const option = el('option', { text: name, attrs: { value: name } });
      option.selected = name === overview.preview?.sequence;
      return option;
    }),
  );
  picker.disabled = names.length === 0;
  fill(byId('outreach-preview'), [previewBlock(overview.preview)]);
  fill(byId('outreach-results'), [
    el('h3', { text: 'Results' }),
    resultsBlock(overview),
    ...overview.winners.map((winner) => {
      const button = el('button', {
        className: 'action',
        text: `Roll the winner forward: ${winner.variant} for step ${winner.step}`,
        attrs: { type: 'button' },
      });
      button.addEventListener('click', () => void roll(button, winner.sequence, winner.step));
      return button;
    }),
  ]);
}

const chosen = (): { sequence?: string } => (sequencePicker().value ? { sequence: sequencePicker().value } : {});

async function load(): Promise<void> {
  clearError(errorBox());
  try {
    render(await server.outreachOverview(chosen()));
  } catch (error) {
    showError(errorBox(), error);
  }
}

async function start(button: HTMLButtonElement): Promise<void> {
  clearError(errorBox());
  try {
    const done = await whileBusy(button, 'Enrolling…', () => server.enrol(chosen()));
    render(done);
    announce(done.message);
  } catch (error) {
    showError(errorBox(), error);
  }
}

async function roll(button: HTMLButtonElement, sequence: string, step: number): Promise<void> {
  clearError(errorBox());
  try {
    const done = await whileBusy(button, 'Rolling forward…', () => server.rollWinnerForward({ sequence, step }));
    render(done);
    announce(done.message);
  } catch (error) {
    showError(errorBox(), error);
  }
}

export function startOutreach(): Promise<void> {
  const button = byId<HTMLButtonElement>('outreach-start');
  button.addEventListener('click', () => void start(button));
  sequencePicker().addEventListener('change', () => void load());
  return load();
}

/** The Profit panel's outreach block. */
export async function loadOutreachResults(): Promise<void> {
  try {
    fill(byId('profit-outreach'), [
      el('h2', { text: 'Outreach results' }),
      resultsBlock(await server.outreachOverview({})),
    ]);
  } catch (error) {
    showError(byId('profit-error'), error);
  }
}
