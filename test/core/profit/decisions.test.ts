/** The Decision column: each rule, their order, and thresholds read from Settings. */
import fc from 'fast-check';
import { decisionColumn, PROFIT_COLUMNS } from '../../../src/core/profit';
import { decide } from '../../../src/core/profit/decisions';
import { readSettings } from '../../../src/core/settings';
import { headersOf, SAMPLES } from '../../../src/core/schema';

const TIME_ZONE = 'America/Los_Angeles';
const NOW = new Date('2026-04-10T17:00:00Z'); // 10 April, 10:00 in Los Angeles
const rules = readSettings(undefined).decisions;

describe('decide, with the default thresholds', () => {
  const profitable = { orders: 40, netProfit: 500, margin: 0.2, sampleCost: 30 };
  const record = (samples: number, posts: number, missedDeadlines: number) => ({ samples, posts, missedDeadlines });

  it('pauses a creator who missed deadlines, before anything else', () => {
    expect(decide(profitable, record(6, 5, 2), rules, 'USD')).toBe('Pause: 2 missed deadlines');
  });

  it('pauses a creator still losing money once judged, by samples or by orders', () => {
    const losing = { orders: 40, netProfit: -1120.5, margin: -0.1, sampleCost: 40 };
    expect(decide(losing, record(3, 1, 0), rules, 'USD')).toBe(
      'Pause: loss of 1,120.50 USD after 3 samples and 40 orders',
    );
    expect(decide({ ...losing, orders: 0 }, record(4, 1, 1), rules, 'USD')).toBe(
      'Pause: loss of 1,120.50 USD after 4 samples and no orders',
    );
    expect(decide({ ...losing, orders: 17 }, record(0, 0, 0), rules, 'GBP')).toBe(
      'Pause: loss of 1,120.50 GBP on 17 orders',
    );
  });

  it('never sends more samples to a creator losing money after enough samples', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.double({ min: -10_000, max: -0.01, noNaN: true }),
        fc.double({ min: 0, max: 1_000, noNaN: true }),
        fc.integer({ min: rules.samplesToJudge, max: 50 }),
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 0, max: rules.missedDeadlinesToPause - 1 }),
        (orders, netProfit, sampleCost, samples, posts, missed) => {
          const decision = decide(
            { orders, netProfit, margin: '', sampleCost },
            record(samples, posts, missed),
            rules,
            'USD',
          );
          expect(decision).toMatch(/^Pause: loss of /);
        },
      ),
    );
  });

  it('sends more samples while there is too little data to judge', () => {
    expect(decide({ orders: 9, netProfit: 30, margin: 0.3, sampleCost: 12 }, record(2, 1, 0), rules, 'USD')).toBe(
      'Send more samples: 2 samples, 9 orders so far',
    );
    // Down only by what the samples cost: they have had no time to earn it back.
    expect(decide({ orders: 0, netProfit: -8.12, margin: '', sampleCost: 8.12 }, record(1, 1, 0), rules, 'USD')).toBe(
      'Send more samples: 1 sample, no orders so far',
    );
    expect(decide({ orders: 8, netProfit: 185.45, margin: 0.5, sampleCost: 0 }, record(0, 0, 0), rules, 'USD')).toBe(
      'Send more samples: no samples, 8 orders so far',
    );
  });

  it('watches a creator not yet judged who costs more than their samples or missed a deadline', () => {
    expect(
      decide({ orders: 8, netProfit: -3628.05, margin: -12.5, sampleCost: 40 }, record(2, 0, 1), rules, 'USD'),
    ).toBe('Watch: loss of 3,628.05 USD so far, more than its samples cost (2 samples, 8 orders)');
    expect(decide({ orders: 0, netProfit: -9.99, margin: '', sampleCost: 9.99 }, record(1, 0, 1), rules, 'USD')).toBe(
      'Watch: 1 missed deadline (1 sample, no orders)',
    );
  });

  it('makes a creator who posts again and again, at a real profit, a retainer candidate', () => {
    expect(decide(profitable, record(4, 3, 0), rules, 'GBP')).toBe(
      'Retainer candidate: 3 posts, net profit 500.00 GBP',
    );
    // 1.21 of profit is no case for a retainer.
    expect(decide({ orders: 5, netProfit: 1.21, margin: 0.01, sampleCost: 20 }, record(3, 3, 0), rules, 'USD')).toBe(
      'Keep: net profit 1.21 USD at 1% margin',
    );
  });

  it('raises the commission only of a creator with many orders per sample at a healthy margin', () => {
    expect(decide({ orders: 66, netProfit: 900, margin: 0.57, sampleCost: 9 }, record(3, 2, 0), rules, 'USD')).toBe(
      'Raise commission: 22 orders per sample at 57% margin',
    );
    expect(decide({ orders: 93, netProfit: 1873.58, margin: 0.59, sampleCost: 0 }, record(0, 0, 0), rules, 'USD')).toBe(
      'Raise commission: 93 orders without a sample at 59% margin',
    );
    // The same conversion at a thin margin is no reason to pay more; nor a good margin on few orders.
    expect(decide({ orders: 66, netProfit: 90, margin: 0.1, sampleCost: 9 }, record(3, 2, 0), rules, 'USD')).toBe(
      'Keep: net profit 90.00 USD at 10% margin',
    );
    expect(decide({ orders: 20, netProfit: 300, margin: 0.6, sampleCost: 0 }, record(1, 1, 0), rules, 'USD')).toBe(
      'Keep: net profit 300.00 USD at 60% margin',
    );
  });

  it('writes orders per sample as people read them', () => {
    const keen = { orders: 34, netProfit: 600, margin: 0.55, sampleCost: 20 };
    const lenient = { ...rules, ordersPerSampleToRaise: 5 };
    expect(decide(keen, record(4, 2, 0), lenient, 'USD')).toBe('Raise commission: 8.5 orders per sample at 55% margin');
    expect(decide({ ...keen, orders: 30 }, record(5, 2, 0), lenient, 'USD')).toBe(
      'Raise commission: 6 orders per sample at 55% margin',
    );
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
    row('ann', 60, 900, 0.55),
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
      ['Raise commission: 20 orders per sample at 55% margin'],
      [''],
      // No sample cost in the table: the loss is something else that was paid.
      ['Watch: loss of 50.00 so far, more than its samples cost (1 sample, 2 orders)'],
      [''],
    ]);
  });

  it('follows the thresholds in the settings range', () => {
    const settings = [
      ['Setting', 'Value'],
      ['Decision: missed deadlines to pause', 1],
    ];
    expect(decisionColumn(table, samples, settings, { timeZone: TIME_ZONE, now: NOW }).slice(1, 4)).toEqual([
      ['Pause: 1 missed deadline'],
      [''],
      ['Pause: 1 missed deadline'],
    ]);
    const gbp = [
      ['Setting', 'Value'],
      ['Report currency', 'GBP'],
      ['Decision: margin to raise commission', '60%'],
    ];
    expect(decisionColumn(table, samples, gbp, { timeZone: TIME_ZONE, now: NOW })[1]).toEqual([
      'Keep: net profit 900.00 GBP at 55% margin',
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
