/** The Decision column: each rule, their order, and thresholds read from Settings. */
import { decisionColumn, PROFIT_COLUMNS } from '../../../src/core/profit';
import { decide } from '../../../src/core/profit/decisions';
import { readSettings } from '../../../src/core/settings';
import { headersOf, SAMPLES } from '../../../src/core/schema';

const TIME_ZONE = 'America/Los_Angeles';
const NOW = new Date('2026-04-10T17:00:00Z'); // 10 April, 10:00 in Los Angeles
const rules = readSettings(undefined).decisions;

describe('decide, with the default thresholds', () => {
  const profitable = { orders: 40, netProfit: 500, margin: 0.2 };

  it('pauses a creator who missed deadlines, before anything else', () => {
    expect(decide(profitable, { samples: 6, posts: 5, missedDeadlines: 2 }, rules, 'USD')).toBe(
      'Pause: 2 missed deadlines',
    );
  });

  it('pauses a creator still losing money after enough samples', () => {
    expect(
      decide(
        { orders: 40, netProfit: -120.5, margin: -0.1 },
        { samples: 3, posts: 1, missedDeadlines: 0 },
        rules,
        'USD',
      ),
    ).toBe('Pause: loss of 120.50 USD after 3 samples');
  });

  it('sends more samples while there is too little data to judge', () => {
    expect(
      decide({ orders: 9, netProfit: -30, margin: -0.5 }, { samples: 2, posts: 0, missedDeadlines: 1 }, rules, 'USD'),
    ).toBe('Send more samples: 2 samples, 9 orders so far');
  });

  it('makes a creator who posts again and again at a profit a retainer candidate', () => {
    expect(decide(profitable, { samples: 4, posts: 3, missedDeadlines: 0 }, rules, 'GBP')).toBe(
      'Retainer candidate: 3 posts, net profit 500.00 GBP',
    );
  });

  it('raises the commission of a creator who converts well at a healthy margin', () => {
    expect(
      decide({ orders: 30, netProfit: 900, margin: 0.42 }, { samples: 3, posts: 2, missedDeadlines: 0 }, rules, 'USD'),
    ).toBe('Raise commission: 10.0 orders per sample at 42% margin');
    // The same conversion at a thin margin is no reason to pay more.
    expect(
      decide({ orders: 30, netProfit: 90, margin: 0.1 }, { samples: 3, posts: 2, missedDeadlines: 0 }, rules, 'USD'),
    ).toBe('Keep');
  });

  it('watches a loss that is not yet judged, and keeps the rest', () => {
    expect(
      decide({ orders: 12, netProfit: -8, margin: -0.02 }, { samples: 1, posts: 0, missedDeadlines: 0 }, rules, 'USD'),
    ).toBe('Watch: loss of 8.00 USD');
    expect(
      decide({ orders: 12, netProfit: 8, margin: 0.02 }, { samples: 1, posts: 0, missedDeadlines: 0 }, rules, 'USD'),
    ).toBe('Keep');
  });
});

describe('decisionColumn over a spilled creator table', () => {
  const header = ['Creator', ...PROFIT_COLUMNS];
  const row = (key: string, orders: number, netProfit: number, margin: number | '') => [
    key,
    orders,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    netProfit,
    margin,
    '',
  ];
  const table = [
    header,
    row('ann', 60, 900, 0.45),
    row('(unattributed)', 5, 40, 0.5),
    row('bob', 2, -50, -0.4),
    row('Total', 67, 890, 0.3),
    ...Array.from({ length: 20 }, () => Array(15).fill('')),
  ];
  const day = (iso: string) => new Date(`${iso}T07:00:00Z`);
  const sample = (id: string, handle: string, due: Date | '', posted: Date | '', status: string) => [
    id,
    handle,
    '',
    'A',
    1,
    '',
    day('2026-03-01'),
    '',
    '',
    '',
    '',
    due,
    posted,
    '',
    status,
    '',
    '',
    '',
    '',
  ];
  const samples = [
    headersOf(SAMPLES),
    sample('1', 'ann', day('2026-03-10'), day('2026-03-09'), 'posted'),
    sample('2', 'ann', day('2026-03-20'), '', 'overdue'),
    sample('3', 'ann', day('2026-04-10'), '', 'due'), // due today: not missed yet
    sample('4', 'bob', day('2026-03-01'), '', 'overdue'),
    sample('5', 'bob', day('2026-03-02'), '', 'cancelled'),
  ];

  it('gives one decision per creator row down to Total, blank for the rows that are no creator', () => {
    expect(decisionColumn(table, samples, undefined, { timeZone: TIME_ZONE, now: NOW })).toEqual([
      ['Decision'],
      ['Raise commission: 20.0 orders per sample at 45% margin'],
      [''],
      ['Send more samples: 1 sample, 2 orders so far'],
      [''],
    ]);
  });

  it('follows the thresholds in the settings range', () => {
    const settings = [
      ['Setting', 'Value'],
      ['Decision: missed deadlines to pause', 1],
      ['Decision: margin to raise commission', '50%'],
    ];
    expect(decisionColumn(table, samples, settings, { timeZone: TIME_ZONE, now: NOW }).slice(1, 4)).toEqual([
      ['Pause: 1 missed deadline'],
      [''],
      ['Pause: 1 missed deadline'],
    ]);
  });

  it('says what it needs when the range is not the creator table', () => {
    expect(() =>
      decisionColumn([['Campaign', ...PROFIT_COLUMNS]], samples, undefined, { timeZone: TIME_ZONE, now: NOW }),
    ).toThrow(/^profit_table: pass the PROFIT_BY_CREATOR table with its header row/);
  });
});

describe('decisionColumn beside a table that shows an error', () => {
  it("stays blank below its header, leaving the table's own error to act on", () => {
    expect(decisionColumn([['#ERROR!'], ['']], undefined, undefined, { timeZone: TIME_ZONE, now: NOW })).toEqual([
      ['Decision'],
    ]);
  });
});
