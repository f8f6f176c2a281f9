import { COST_TYPES, CREATOR_STATUSES, CREATOR_TYPES, ORDER_STATUSES, SAMPLE_STATUSES } from '../schema';
import { parsed, unreadable, type Parsed } from './result';
import { cleanText, screenCell } from './text';

/** Case, spaces, '-' and '_' do not matter: 'To ship', 'TO_SHIP' and 'toship' are the same word. */
function enumKey(text: string): string {
  return text.toLowerCase().replace(/[\s_-]+/g, '');
}

/**
 * One of `allowed`, matched loosely, or through `synonyms` (written value → allowed value).
 * Without `synonyms`, the built-in table for that list of values applies (order statuses, cost types, ...).
 */
export function parseEnum(raw: unknown, allowed: readonly string[], synonyms = synonymsFor(allowed)): Parsed<string> {
  const screened = screenCell(raw);
  if (screened) return screened;
  const text = cleanText(raw);
  const key = enumKey(text);
  const value = allowed.find((candidate) => enumKey(candidate) === key);
  if (value !== undefined) return parsed(value);
  const synonym = Object.keys(synonyms).find((word) => enumKey(word) === key);
  if (synonym !== undefined) return parsed(synonyms[synonym]);
  return unreadable(`'${text}' is not one of: ${allowed.join(', ')}`);
}

type OrderStatus = (typeof ORDER_STATUSES)[number];
type SampleStatus = (typeof SAMPLE_STATUSES)[number];
type CreatorType = (typeof CREATOR_TYPES)[number];
type CreatorStatus = (typeof CREATOR_STATUSES)[number];
type CostType = (typeof COST_TYPES)[number];

/** Order statuses as TikTok Seller Center and the affiliate export write them. */
export const ORDER_STATUS_SYNONYMS: Record<string, OrderStatus> = {
  complete: 'completed',
  delivered: 'completed',
  settled: 'completed',
  'unpaid by customer': 'unpaid',
  'awaiting payment': 'unpaid',
  'on hold': 'pending',
  processing: 'pending',
  'to ship': 'pending',
  'awaiting shipment': 'pending',
  'ready to ship': 'pending',
  'awaiting collection': 'pending',
  shipped: 'pending',
  'in transit': 'pending',
  canceled: 'cancelled',
  // The affiliate export's word for a line that earns nothing: cancelled or returned before settling.
  ineligible: 'cancelled',
  cancellation: 'cancelled',
  refund: 'refunded',
  returned: 'refunded',
  'fully refunded': 'refunded',
  'partial refund': 'partially refunded',
  'partially returned': 'partially refunded',
};

export const SAMPLE_STATUS_SYNONYMS: Record<string, SampleStatus> = {
  pending: 'requested',
  approved: 'requested',
  'to ship': 'requested',
  'awaiting shipment': 'requested',
  sent: 'shipped',
  'in transit': 'shipped',
  received: 'delivered',
  'due soon': 'due',
  late: 'overdue',
  'video posted': 'posted',
  'content posted': 'posted',
  live: 'posted',
  canceled: 'cancelled',
  rejected: 'cancelled',
};

// 'gifted' is left out on purpose: a gifted creator may be a one-off or an affiliate.
export const CREATOR_TYPE_SYNONYMS: Record<string, CreatorType> = {
  oneoff: 'one-off',
  'one-time': 'one-off',
  flat: 'one-off',
  'flat fee': 'one-off',
  commission: 'affiliate',
  'commission only': 'affiliate',
  retained: 'retainer',
  monthly: 'retainer',
  ambassador: 'retainer',
};

export const CREATOR_STATUS_SYNONYMS: Record<string, CreatorStatus> = {
  new: 'prospect',
  lead: 'prospect',
  'to contact': 'prospect',
  'not contacted': 'prospect',
  'reached out': 'contacted',
  emailed: 'contacted',
  messaged: 'contacted',
  'dm sent': 'contacted',
  invited: 'contacted',
  responded: 'replied',
  interested: 'replied',
  negotiation: 'negotiating',
  'in talks': 'negotiating',
  live: 'active',
  'outreach sent': 'contacted',
  'said no': 'declined',
  signed: 'active',
  onboarded: 'active',
  'on hold': 'paused',
  inactive: 'paused',
  rejected: 'declined',
  'not interested': 'declined',
};

export const COST_TYPE_SYNONYMS: Record<string, CostType> = {
  'retainer fee': 'retainer',
  'monthly retainer': 'retainer',
  'monthly fee': 'retainer',
  flat: 'flat fee',
  'flat rate': 'flat fee',
  'fixed fee': 'flat fee',
  ads: 'ad spend',
  ad: 'ad spend',
  'spark ads': 'ad spend',
  'spark ad': 'ad spend',
  'paid ads': 'ad spend',
  'spark boost': 'ad spend',
  boost: 'ad spend',
  incentive: 'bonus',
  misc: 'other',
  miscellaneous: 'other',
};

const BUILT_IN_SYNONYMS = new Map<string, Record<string, string>>([
  [ORDER_STATUSES.join('|'), ORDER_STATUS_SYNONYMS],
  [SAMPLE_STATUSES.join('|'), SAMPLE_STATUS_SYNONYMS],
  [CREATOR_TYPES.join('|'), CREATOR_TYPE_SYNONYMS],
  [CREATOR_STATUSES.join('|'), CREATOR_STATUS_SYNONYMS],
  [COST_TYPES.join('|'), COST_TYPE_SYNONYMS],
]);

/** The built-in synonyms for one of the schema's value lists (matched by content), else none. */
export function synonymsFor(allowed: readonly string[]): Record<string, string> {
  return BUILT_IN_SYNONYMS.get(allowed.join('|')) ?? {};
}
