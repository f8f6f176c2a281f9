/**
 * The Profit panel: a period, the top and bottom creators by net profit with their margin and the
 * decision for each (PROFIT_BY_CREATOR and CREATOR_DECISION), the button for the dashboard tab, and
 * the outreach results (OUTREACH_RESULTS).
 */
import type { CreatorProfitRow, ProfitRequest, ProfitSummary } from '../server/api';
import { byId, el, fill } from './dom';
import { day, money, percent } from './format';
import { loadOutreachResults } from './outreach';
import { server } from './server';
import { announce, clearError, plural, reveal, showError, whileBusy } from './ui';

const errorBox = () => byId('profit-error');

function creatorRow(row: CreatorProfitRow, currency: string): HTMLElement {
  return el('li', { className: 'creator' }, [
    el('p', { className: 'line' }, [
      el('span', { className: 'title', text: `@${row.handle}` }),
      el('span', { className: row.netProfit < 0 ? 'amount loss' : 'amount', text: money(row.netProfit, currency) }),
    ]),
    el('p', {
      className: 'secondary',
      text: `${percent(row.margin)} margin · ${plural(row.orders, 'order')} · ${money(row.netRevenue, currency)} net revenue`,
    }),
    row.decision && el('p', { className: 'decision', text: row.decision }),
  ]);
}

function ranking(title: string, rows: CreatorProfitRow[], currency: string): HTMLElement | false {
  return (
    rows.length > 0 &&
    el('section', { className: 'group' }, [
      el('h3', { text: title }),
      el(
        'ul',
        { className: 'items' },
        rows.map((row) => creatorRow(row, currency)),
      ),
    ])
  );
}

function renderProfit(summary: ProfitSummary, shown: Shown): void {
  const { currency, total } = summary;
  const heading = el('h2', { text: `${day(summary.start)} – ${day(summary.end)}` });
  fill(byId('profit-result'), [
    heading,
    el('p', { className: 'total' }, [
      el('span', { text: 'Net profit ' }),
      el('strong', { className: total.netProfit < 0 ? 'loss' : '', text: money(total.netProfit, currency) }),
      el('span', {
        className: 'secondary',
        text: ` · ${percent(total.margin)} margin on ${money(total.netRevenue, currency)} · ${plural(summary.creators, 'creator')}`,
      }),
    ]),
    summary.creators === 0 && el('p', { text: 'No creator had orders, samples or costs in this period.' }),
    ranking('Top creators', summary.top, currency),
    ranking('Bottom creators', summary.bottom, currency),
  ]);
  if (shown !== 'quietly') reveal(heading, shown === 'focused');
}

function request(): ProfitRequest {
  const preset = byId<HTMLSelectElement>('profit-period').value as ProfitRequest['preset'];
  if (preset !== 'custom') return { preset };
  return {
    preset,
    start: byId<HTMLInputElement>('profit-start').value,
    end: byId<HTMLInputElement>('profit-end').value,
  };
}

/** How a result appears: brought into view and focused (a button), scrolled to (a select), or just there (the panel opening). */
type Shown = 'focused' | 'scrolled' | 'quietly';

async function loadProfit(shown: Shown): Promise<void> {
  clearError(errorBox());
  try {
    renderProfit(
      await whileBusy(byId<HTMLButtonElement>('profit-show'), 'Working…', () => server.profitSummary(request())),
      shown,
    );
  } catch (error) {
    fill(byId('profit-result'), []);
    showError(errorBox(), error);
  }
}

async function insertDashboard(): Promise<void> {
  const button = byId<HTMLButtonElement>('dashboard-button');
  clearError(errorBox());
  try {
    const { message } = await whileBusy(button, 'Inserting…', () => server.insertDashboard());
    announce(message);
    byId('dashboard-notice').textContent = message;
  } catch (error) {
    showError(errorBox(), error);
  }
}

export function startProfit(): Promise<void> {
  const period = byId<HTMLSelectElement>('profit-period');
  period.addEventListener('change', () => {
    const custom = period.value === 'custom';
    byId('profit-custom').hidden = !custom;
    if (!custom) void loadProfit('scrolled');
  });
  byId('profit-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void loadProfit('focused');
  });
  byId('dashboard-button').addEventListener('click', () => void insertDashboard());
  return Promise.all([loadProfit('quietly'), loadOutreachResults()]).then(() => undefined);
}
