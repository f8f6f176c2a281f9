/**
 * An invented two-variant experiment, reconciled by hand in results.test.ts and
 * test/bundle/outreachResults.test.ts. Spreadsheet time zone America/Los_Angeles (PST, UTC−8,
 * until 2026-03-08).
 *
 * Step 1 A: ava.glow, ben.skin. Step 1 B: cara.pets, dev.home (logged under dev.old, her earlier
 * handle). Step 2: ava.glow, cara.pets. Step 3: one email awaiting approval.
 * - ava.glow (contacted): order 03-10: GMV 100 − 10 = 90, commission 10% = 9, fee 5, shipping 2 → 74;
 *   her 500 order of 03-01, before her first email (03-02), does not count.
 * - ben.skin (replied in the log): a sample requested 03-05, not shipped: a sample, no cost.
 * - cara.pets (active): order 03-20: 40 − commission 4 − fee 2.40 = 33.60; sample shipped 03-06,
 *   posted: 12 + 3 shipping = 15 → 18.60. A cancelled order adds nothing.
 * - dev.home (negotiating): a 50 flat fee on 03-08 → −50.
 */
import { COSTS, CREATORS, headersOf, ORDERS, OUTREACH_LOG_HEADERS, SAMPLES } from '../../../src/core/schema';

export const TIME_ZONE = 'America/Los_Angeles';

type Cell = string | number | Date;

function table(headers: readonly string[], rows: Record<string, Cell>[]): Cell[][] {
  return [[...headers], ...rows.map((row) => headers.map((h) => row[h] ?? ''))];
}

const at = (iso: string) => new Date(iso);
const SEQ = 'Creator recruitment';

const sent = (time: string, step: number, variant: string, handle: string, status = 'sent'): Record<string, Cell> => ({
  Time: at(time),
  Sequence: SEQ,
  Step: step,
  Variant: variant,
  Handle: handle,
  To: `${handle.replace(/\W/g, '')}@example.com`,
  Subject: 'Hello',
  Status: status,
  'Thread ID': `t-${handle}`,
  Key: `${SEQ}|${step}|${handle}`,
});

export const outreachLog = table(OUTREACH_LOG_HEADERS, [
  sent('2026-03-02T17:00:00Z', 1, 'A', '@Ava.Glow'),
  sent('2026-03-02T17:05:00Z', 1, 'A', 'ben.skin'),
  sent('2026-03-02T17:10:00Z', 1, 'B', 'cara.pets'),
  sent('2026-03-02T17:15:00Z', 1, 'B', 'dev.old'),
  sent('2026-03-04T18:00:00Z', 1, 'A', 'ben.skin', 'replied'),
  sent('2026-03-05T17:00:00Z', 2, '', 'ava.glow'),
  sent('2026-03-05T17:10:00Z', 2, '', 'cara.pets'),
  sent('2026-03-06T17:00:00Z', 1, 'B', 'eve.new', 'failed: Service unavailable'),
  sent('2026-03-10T17:00:00Z', 3, '', 'ava.glow', 'awaiting approval'),
]);

export const creators = table(headersOf(CREATORS), [
  { Handle: 'ava.glow', Email: 'ava@example.com', Status: 'contacted' },
  { Handle: 'ben.skin', Email: 'ben@example.com', Status: 'contacted' },
  { Handle: 'cara.pets', Email: 'cara@example.com', Status: 'active' },
  { Handle: 'dev.home', Email: 'dev@example.com', Status: 'negotiating', Aliases: 'dev.old' },
  { Handle: 'eve.new', Email: 'eve@example.com', Status: 'prospect' },
]);

const order = (id: string, date: string, handle: string, extra: Record<string, Cell>): Record<string, Cell> => ({
  'Order ID': id,
  Line: 1,
  Date: at(date),
  Handle: handle,
  SKU: 'GT-1',
  Units: 1,
  Status: 'completed',
  Currency: 'USD',
  Region: 'US',
  ...extra,
});

export const orders = table(headersOf(ORDERS), [
  order('576000000000000001', '2026-03-10T20:00:00Z', 'ava.glow', {
    'Gross sales': 100,
    'Seller discount': 10,
    'Commission %': 0.1,
    'Platform fee': 5,
    'Shipping cost': 2,
  }),
  order('576000000000000002', '2026-03-01T20:00:00Z', 'ava.glow', { 'Gross sales': 500, Commission: 50 }),
  order('576000000000000003', '2026-03-20T20:00:00Z', 'cara.pets', {
    'Gross sales': 40,
    Commission: 4,
    'Platform fee': 2.4,
  }),
  order('576000000000000004', '2026-03-21T20:00:00Z', 'cara.pets', {
    'Gross sales': 70,
    Commission: 7,
    Status: 'cancelled',
  }),
]);

export const samples = table(headersOf(SAMPLES), [
  {
    'Sample ID': 'S-1',
    Handle: 'cara.pets',
    SKU: 'GT-1',
    Units: 1,
    Requested: at('2026-03-04T18:00:00Z'),
    Shipped: at('2026-03-06T18:00:00Z'),
    Posted: at('2026-03-15T18:00:00Z'),
    'Sample cost': 12,
    'Shipping cost': 3,
  },
  { 'Sample ID': 'S-2', Handle: 'ben.skin', SKU: 'GT-1', Units: 1, Requested: at('2026-03-05T18:00:00Z') },
]);

export const costs = table(headersOf(COSTS), [
  { Date: at('2026-03-08T18:00:00Z'), Handle: 'dev.home', Type: 'flat fee', Amount: 50, Currency: 'USD' },
]);

/** Pooled reply rate 3/4 → 1094 contacts per arm (hand: 1093.74, rounded up). */
export const NOT_ENOUGH = 'not enough data: A needs 1092 more, B needs 1092 more';

export const EXPECTED = [
  [
    'Sequence',
    'Step',
    'Variant',
    'Contacted',
    'Replied',
    'Reply rate',
    'Active',
    'Samples',
    'Posted',
    'GMV',
    'Net profit',
    'Net profit per contact',
    'Verdict',
  ],
  [SEQ, 1, 'A', 2, 1, 0.5, 0, 1, 0, 90, 74, 37, NOT_ENOUGH],
  [SEQ, 1, 'B', 2, 2, 1, 1, 1, 1, 40, -31.4, -15.7, NOT_ENOUGH],
  [SEQ, 2, '', 2, 1, 0.5, 1, 1, 1, 130, 92.6, 46.3, ''],
  [SEQ, 3, '', 0, 0, '', 0, 0, 0, 0, 0, '', ''],
];
