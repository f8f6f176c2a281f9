import {
  COST_TYPE_SYNONYMS,
  CREATOR_STATUS_SYNONYMS,
  CREATOR_TYPE_SYNONYMS,
  ORDER_STATUS_SYNONYMS,
  SAMPLE_STATUS_SYNONYMS,
  parseEnum,
  synonymsFor,
} from '../../../src/core/values';
import { COST_TYPES, CREATOR_STATUSES, CREATOR_TYPES, ORDER_STATUSES, SAMPLE_STATUSES } from '../../../src/core/schema';

describe('parseEnum', () => {
  it('matches allowed values ignoring case, spaces, hyphens and underscores', () => {
    expect(parseEnum('PARTIALLY REFUNDED', ORDER_STATUSES, {})).toEqual({ value: 'partially refunded' });
    expect(parseEnum(' partially_refunded\t', ORDER_STATUSES, {})).toEqual({ value: 'partially refunded' });
    expect(parseEnum('One Off', CREATOR_TYPES, {})).toEqual({ value: 'one-off' });
    expect(parseEnum('oneoff', CREATOR_TYPES, {})).toEqual({ value: 'one-off' });
  });

  it('lists the allowed values in the problem', () => {
    expect(parseEnum('Shipped', ORDER_STATUSES, {})).toEqual({
      value: null,
      problem: "'Shipped' is not one of: completed, pending, unpaid, cancelled, refunded, partially refunded",
    });
    expect(parseEnum(3, ['a', 'b'])).toEqual({ value: null, problem: "'3' is not one of: a, b" });
  });

  it('uses the given synonyms', () => {
    expect(parseEnum('Yes please', ['yes', 'no'], { 'yes please': 'yes' })).toEqual({ value: 'yes' });
  });

  it('prefers an allowed value over a synonym with the same spelling', () => {
    expect(parseEnum('pending', ORDER_STATUSES, { pending: 'completed' })).toEqual({ value: 'pending' });
  });

  it('does not read object properties as synonyms', () => {
    expect(parseEnum('constructor', ['a'], {}).value).toBeNull();
    expect(parseEnum('toString', ['a']).value).toBeNull();
  });

  it.each<[string, string]>([
    ['Completed', 'completed'],
    ['Delivered', 'completed'],
    ['Shipped', 'pending'],
    ['To ship', 'pending'],
    ['TO_SHIP', 'pending'],
    ['Awaiting shipment', 'pending'],
    ['Awaiting Collection', 'pending'],
    ['Unpaid', 'unpaid'],
    ['Unpaid by customer', 'unpaid'],
    ['Settled', 'completed'],
    ['Pending', 'pending'],
    ['Ineligible', 'cancelled'],
    ['In transit', 'pending'],
    ['Cancelled', 'cancelled'],
    ['Canceled', 'cancelled'],
    ['Refunded', 'refunded'],
    ['Partially refunded', 'partially refunded'],
  ])('reads the Seller Center order status %p as %p by default', (raw, expected) => {
    expect(parseEnum(raw, ORDER_STATUSES)).toEqual({ value: expected });
  });

  it.each<[readonly string[], string, string]>([
    [CREATOR_TYPES, 'Flat', 'one-off'],
    [CREATOR_TYPES, 'one off', 'one-off'],
    [CREATOR_TYPES, 'Commission', 'affiliate'],
    [CREATOR_TYPES, 'Retainer', 'retainer'],
    [CREATOR_STATUSES, 'Reached out', 'contacted'],
    [CREATOR_STATUSES, 'On hold', 'paused'],
    [CREATOR_STATUSES, 'Not interested', 'declined'],
    [SAMPLE_STATUSES, 'Received', 'delivered'],
    [SAMPLE_STATUSES, 'To ship', 'requested'],
    [SAMPLE_STATUSES, 'In transit', 'shipped'],
    [SAMPLE_STATUSES, 'Canceled', 'cancelled'],
    [COST_TYPES, 'Spark Ads', 'ad spend'],
    [COST_TYPES, 'Ads', 'ad spend'],
    [COST_TYPES, 'flat', 'flat fee'],
    [COST_TYPES, 'Flat fee', 'flat fee'],
  ])('reads %p value %p as %p', (allowed, raw, expected) => {
    expect(parseEnum(raw, allowed)).toEqual({ value: expected });
  });

  it('leaves gifted creators for the operator to classify', () => {
    expect(parseEnum('gifted', CREATOR_TYPES).problem).toBe("'gifted' is not one of: one-off, affiliate, retainer");
  });

  it.each<[string, Record<string, string>, readonly string[]]>([
    ['order statuses', ORDER_STATUS_SYNONYMS, ORDER_STATUSES],
    ['sample statuses', SAMPLE_STATUS_SYNONYMS, SAMPLE_STATUSES],
    ['creator types', CREATOR_TYPE_SYNONYMS, CREATOR_TYPES],
    ['creator statuses', CREATOR_STATUS_SYNONYMS, CREATOR_STATUSES],
    ['cost types', COST_TYPE_SYNONYMS, COST_TYPES],
  ])('%s: every synonym leads to an allowed value and is found by synonymsFor', (_name, synonyms, allowed) => {
    for (const target of Object.values(synonyms)) expect(allowed).toContain(target);
    expect(synonymsFor([...allowed])).toBe(synonyms);
  });

  it('has no built-in synonyms for other lists', () => {
    expect(synonymsFor(['a', 'b'])).toEqual({});
  });
});
