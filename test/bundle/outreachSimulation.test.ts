/**
 * The outreach simulation end to end (scripts/outreachSimulation.ts, the reading build of the bundle):
 * a seeded experiment on a small workbook goes from the guard to a verdict, and no email goes to an
 * address after it bounced or asked to stop.
 */
import * as path from 'path';
import type { OutreachSimulationConfig } from '../../scripts/outreachSimulation';
import { DEFAULT_OUTREACH_CONFIG, simulateOutreach } from '../../scripts/outreachSimulation';
import { createRuntime } from '../../scripts/runtime';
import { addOn, addOnTab, ownedTabOf } from '../../scripts/addOn';
import { valuesOf } from '../../scripts/runtime/workbook';
import { CREATORS, headersOf, ORDERS, PRODUCTS, SAMPLES } from '../../src/core/schema';
import { OPT_OUT_LINE } from '../../src/core/outreach/emails';
import { at, TZ } from './followupsFixture';

const PROSPECTS = 200;

function workbook() {
  const creators = headersOf(CREATORS);
  const row = (n: number) =>
    creators.map((h) =>
      h === 'Handle' ? `p${n}` : h === 'Email' ? `p${n}@example.com` : h === 'Status' ? 'prospect' : '',
    );
  const products = headersOf(PRODUCTS);
  return {
    timeZone: TZ,
    sheets: [
      addOnTab(CREATORS.name, [creators, ...Array.from({ length: PROSPECTS }, (_, i) => row(i + 1))]),
      addOnTab(SAMPLES.name, [headersOf(SAMPLES)]),
      addOnTab(ORDERS.name, [headersOf(ORDERS)]),
      addOnTab(PRODUCTS.name, [
        products,
        products.map((h) => ({ SKU: 'GLOW-1', Product: 'Glow Serum', 'Unit cost': 6, Currency: 'USD' })[h] ?? ''),
      ]),
    ],
  };
}

const config: OutreachSimulationConfig = {
  ...DEFAULT_OUTREACH_CONFIG,
  seed: 7,
  variants: {
    A: { reply: 0.1, optOut: 0.03, bounce: 0.03, active: 0.2 },
    B: { reply: 0.5, optOut: 0.03, bounce: 0.03, active: 0.6 },
  },
  settings: { ...DEFAULT_OUTREACH_CONFIG.settings, 'Outreach: minimum detectable lift': 0.2, 'Mail: daily limit': 40 },
};

describe('an outreach experiment simulated from enrolment to verdict', () => {
  const runtime = createRuntime({
    workbook: workbook(),
    now: at('2026-03-02', 8),
    mailQuota: 5000,
    userEmail: 'dana@shop.example',
    codePath: path.resolve(__dirname, '../../dist-reading/Code.js'),
  });
  addOn(runtime).onOpen();
  const result = simulateOutreach(runtime, { from: at('2026-03-02', 8), days: 16, config });
  const step1 = result.results.filter((row) => row[1] === 1);

  test('everyone is enrolled, half in each variant, and each gets the first email', () => {
    expect(result.enrolMessage).toMatch(/^200 creators enrolled in Creator recruitment \(.*A: 100.*\)/);
    expect(step1.map((row) => row.slice(2, 4))).toEqual([
      ['A', 100],
      ['B', 100],
    ]);
  });

  test('the guard speaks first, then the verdict names the variant whose creators earned more', () => {
    expect(result.days[0].arms[0].verdict).toMatch(/^not enough data: A needs \d+ more, B needs \d+ more$/);
    expect(step1.map((row) => row[row.length - 1])).toEqual([
      'B wins on net profit per contact (the first 95 contacted in each variant)',
      'B wins on net profit per contact (the first 95 contacted in each variant)',
    ]);
  });

  test('every email carries the opt-out line, and nobody is emailed after a bounce or a stop', () => {
    expect(result.sent.every((m) => m.body.includes(OPT_OUT_LINE))).toBe(true);
    const blocked = valuesOf(ownedTabOf(runtime.workbook, 'Do not contact')!)
      .slice(1)
      .map((row) => ({ to: String(row[0]), since: row[3] as Date }));
    expect(blocked.length).toBeGreaterThan(0);
    for (const { to, since } of blocked)
      expect(result.sent.filter((m) => m.to === to && m.time.getTime() > since.getTime())).toEqual([]);
  });
});
