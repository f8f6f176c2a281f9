import type { CreatorRecord } from '../../../src/core/records/types';
import type { Segment } from '../../../src/core/outreach/segment';
import { fitsCriteria, hasSegmentStatus, parseSegment } from '../../../src/core/outreach/segment';

function segmentOf(text: string): Segment {
  const reading = parseSegment(text);
  if ('problem' in reading) throw new Error(reading.problem);
  return reading.segment;
}

function problemOf(text: string): string {
  const reading = parseSegment(text);
  if (!('problem' in reading)) throw new Error(`"${text}" parsed`);
  return reading.problem;
}

const creator = (fields: Partial<CreatorRecord>): CreatorRecord => ({
  handle: 'ava.glow',
  source: { tab: 'Creators', row: 2 },
  ...fields,
});

describe('the Segment cell', () => {
  it('reads every criterion as an operator types it', () => {
    expect(
      segmentOf(
        'Niche: Beauty, skin care; region: USA, uk; brand: Glow; followers: 10k-250k; status: prospect, contacted',
      ),
    ).toEqual({
      niches: ['beauty', 'skin care'],
      regions: ['US', 'UK'],
      brands: ['glow'],
      followers: { min: 10_000, max: 250_000 },
      statuses: ['prospect', 'contacted'],
    });
  });

  it('is every prospect when blank', () => {
    expect(segmentOf('')).toEqual({ niches: [], regions: [], brands: [], statuses: ['prospect'] });
  });

  it('reads open follower bands', () => {
    expect(segmentOf('followers: 50k+').followers).toEqual({ min: 50_000 });
    expect(segmentOf('followers: up to 1.2M').followers).toEqual({ max: 1_200_000 });
    expect(segmentOf('followers: 5000 to 20000').followers).toEqual({ min: 5000, max: 20_000 });
  });

  it('says how to write it when it does not parse', () => {
    expect(problemOf('beauty')).toMatch(/^"beauty" has no ":" after what it picks by: write it like "niche: beauty/);
    expect(problemOf('vibe: cozy')).toMatch(
      /^"vibe" is not something a segment picks by \(niche, region, brand, followers, status\)/,
    );
    expect(problemOf('region: Atlantis')).toMatch(/^region "Atlantis" is not a country: use a code such as US or UK/);
    expect(problemOf('followers: lots')).toMatch(/^"lots" is not a follower band like 10k-250k/);
    expect(problemOf('followers: 250k-10k')).toMatch(/starts above where it ends: write the smaller number first/);
    expect(problemOf('status: active')).toMatch(/status "active" cannot be enrolled/);
    expect(problemOf('niche: beauty; niche: food')).toMatch(/^niche is written twice/);
    expect(problemOf('brand:')).toMatch(/^brand has no value after the ":"/);
  });
});

describe('matching creators', () => {
  const segment = segmentOf('niche: beauty, skincare; region: US; brand: Glow; followers: 10k-250k');

  it('matches a creator who fits every criterion, by word in Niche and any of several Brands', () => {
    expect(
      fitsCriteria(creator({ niche: 'Clean Beauty', region: 'US', brand: 'Lumen, Glow', followers: 10_000 }), segment),
    ).toBe(true);
  });

  it('leaves out a creator who misses any criterion', () => {
    const fits = { niche: 'skincare', region: 'US', brand: 'Glow', followers: 80_000 };
    expect(fitsCriteria(creator(fits), segment)).toBe(true);
    expect(fitsCriteria(creator({ ...fits, niche: 'beautytips' }), segment)).toBe(false);
    expect(fitsCriteria(creator({ ...fits, region: 'UK' }), segment)).toBe(false);
    expect(fitsCriteria(creator({ ...fits, brand: 'Glowing' }), segment)).toBe(false);
    expect(fitsCriteria(creator({ ...fits, followers: 250_001 }), segment)).toBe(false);
    expect(fitsCriteria(creator({ ...fits, followers: undefined }), segment)).toBe(false);
  });

  it('enrols a blank Status as a prospect, and only the statuses it names', () => {
    const prospects = segmentOf('');
    expect(hasSegmentStatus({ status: undefined }, prospects)).toBe(true);
    expect(hasSegmentStatus({ status: 'prospect' }, prospects)).toBe(true);
    expect(hasSegmentStatus({ status: 'contacted' }, prospects)).toBe(false);
    expect(hasSegmentStatus({ status: 'contacted' }, segmentOf('status: contacted'))).toBe(true);
  });
});
