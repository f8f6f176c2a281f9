import { normalizeHeader } from '../../../src/core/aliases';
import { formatDay, mergeValues } from '../../../src/core/followups/placeholders';
import { trackingLink } from '../../../src/core/followups/tracking';
import { contexts, day, jane, TZ } from './fixtures';

function valuesFor(sample: Record<string, unknown>, creator: Record<string, unknown> = jane) {
  const [context] = contexts([{ 'Sample ID': 'S-1', Handle: 'jane.doe', SKU: 'GLOW-1', ...sample }], [creator]);
  const values = mergeValues({
    sample: context.fields,
    creator: context.creator?.fields,
    product: context.product,
    dueDay: '2026-03-12',
    senderName: 'Dana',
    timeZone: TZ,
  });
  return (name: string) => values.get(normalizeHeader(name));
}

describe('merge values', () => {
  test('every Samples and Creators column by its header, written as a person would', () => {
    const value = valuesFor(
      { Shipped: day('2026-03-02'), Units: 2, 'Sample cost': 12.5, Status: 'shipped' },
      { ...jane, 'Commission %': 0.125, 'Promo code': 'JANE10', Status: 'active' },
    );
    expect(value('Shipped')).toBe('Monday, March 2');
    expect(value('Units')).toBe('2');
    expect(value('Sample cost')).toBe('12.50');
    expect(value('Commission %')).toBe('12.5%');
    expect(value('promo code')).toBe('JANE10');
    expect(value('Status')).toBe('shipped');
    expect(value('creator status')).toBe('active');
    expect(value('sample status')).toBe('shipped');
    expect(value('Posted')).toBe('');
    expect(value('nickname')).toBeUndefined();
  });

  test('product, brand, due date, first name and sender name', () => {
    const value = valuesFor({});
    expect([value('product'), value('brand'), value('due date'), value('first name'), value('sender name')]).toEqual([
      'Glow Serum',
      'Lumi',
      'Thursday, March 12',
      'Jane',
      'Dana',
    ]);
    expect(valuesFor({ SKU: 'UNKNOWN-9' })('product')).toBe('UNKNOWN-9');
  });

  test('formatDay', () => {
    expect(formatDay('2026-11-01')).toBe('Sunday, November 1');
  });
});

describe('tracking links', () => {
  test.each([
    ['UPS', '1Z 99', 'https://www.ups.com/track?tracknum=1Z%2099'],
    ['usps', '9400', 'https://tools.usps.com/go/TrackConfirmAction?tLabels=9400'],
    ['Royal Mail Tracked 48', 'AB1', 'https://www.royalmail.com/track-your-item#/tracking-results/AB1'],
    ['Some local courier', 'X1', 'https://t.17track.net/en#nums=X1'],
    ['', 'https://track.example/abc', 'https://track.example/abc'],
    ['UPS', '', ''],
  ])('%s %s', (carrier, number, link) => {
    expect(trackingLink(carrier, number)).toBe(link);
  });
});
