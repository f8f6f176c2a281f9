/**
 * A sequence's Segment cell: who it recruits, as an operator types it, criteria separated by `;`,
 * values of one criterion by `,` (any of them matches):
 *
 *   niche: beauty, skincare; region: US, UK; brand: Glow; followers: 10k-250k; status: prospect
 *
 * Every criterion is optional; a blank cell is every prospect. `followers` takes `10k-250k`,
 * `10k+` or `up to 250k`; `status` is `prospect` (the default), `contacted`, or both.
 */
import type { CreatorRecord } from '../records/types';
import { cleanText, parseCount, regionCode } from '../values';

export const ENROLLABLE_STATUSES = ['prospect', 'contacted'] as const;
export type EnrollableStatus = (typeof ENROLLABLE_STATUSES)[number];

export interface FollowerBand {
  min?: number;
  max?: number;
}

export interface Segment {
  /** Lower-case words or phrases; empty means any niche. */
  niches: string[];
  /** Country codes; empty means any region. */
  regions: string[];
  /** Lower case; empty means any brand. */
  brands: string[];
  followers?: FollowerBand;
  statuses: EnrollableStatus[];
}

export const EXAMPLE_SEGMENT =
  'niche: beauty, skincare; region: US; brand: Glow; followers: 10k-250k; status: prospect';

const HOW = `write it like "${EXAMPLE_SEGMENT}" (every part optional)`;

type Criterion = 'niche' | 'region' | 'brand' | 'followers' | 'status';

const CRITERIA: Record<string, Criterion> = {
  niche: 'niche',
  niches: 'niche',
  category: 'niche',
  region: 'region',
  regions: 'region',
  country: 'region',
  countries: 'region',
  brand: 'brand',
  brands: 'brand',
  followers: 'followers',
  follower: 'followers',
  status: 'status',
  statuses: 'status',
};

export type SegmentReading = { segment: Segment } | { problem: string };

const fail = (problem: string): SegmentReading => ({ problem: `${problem}: ${HOW}` });

function words(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

function count(text: string): number | string {
  const parsed = parseCount(text.trim());
  return parsed.value ?? `"${text.trim()}" is not a follower count like 10k, 250000 or 1.2M`;
}

/** `10k-250k`, `10k to 250k`, `10k+`, `10k or more`, `up to 250k`. */
function parseBand(text: string): FollowerBand | string {
  const atLeast =
    /^(.+?)\s*(?:\+|or more|and up|and over)$/i.exec(text) ?? /^(?:>=?|at least|from)\s*(.+)$/i.exec(text);
  if (atLeast) {
    const min = count(atLeast[1]);
    return typeof min === 'string' ? min : { min };
  }
  const upTo = /^(?:<=?|up to|at most|under)\s*(.+)$/i.exec(text);
  if (upTo) {
    const max = count(upTo[1]);
    return typeof max === 'string' ? max : { max };
  }
  const between = /^(.+?)\s*(?:-|–|—|to)\s*(.+)$/i.exec(text);
  if (!between) return `"${text}" is not a follower band like 10k-250k, 10k+ or up to 250k`;
  const [min, max] = [count(between[1]), count(between[2])];
  if (typeof min === 'string') return min;
  if (typeof max === 'string') return max;
  if (min > max) return `followers ${text} starts above where it ends: write the smaller number first`;
  return { min, max };
}

function parseStatuses(values: readonly string[]): EnrollableStatus[] | string {
  const statuses: EnrollableStatus[] = [];
  for (const value of values) {
    const status = ENROLLABLE_STATUSES.find((s) => s === value.toLowerCase());
    if (!status)
      return `status "${value}" cannot be enrolled: a sequence recruits creators whose Status is prospect or contacted`;
    if (!statuses.includes(status)) statuses.push(status);
  }
  return statuses;
}

/** The Segment cell read, or a problem that says how to write it. */
export function parseSegment(raw: unknown): SegmentReading {
  const segment: Segment = { niches: [], regions: [], brands: [], statuses: ['prospect'] };
  const seen = new Set<Criterion>();
  const parts = cleanText(raw)
    .split(/[;\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  for (const part of parts) {
    const colon = part.indexOf(':');
    if (colon < 0) return fail(`"${part}" has no ":" after what it picks by`);
    const name = part.slice(0, colon).trim().toLowerCase();
    const criterion = CRITERIA[name];
    if (!criterion)
      return fail(`"${name}" is not something a segment picks by (niche, region, brand, followers, status)`);
    if (seen.has(criterion))
      return fail(`${criterion} is written twice: list all its values once, separated by commas`);
    seen.add(criterion);
    const text = part.slice(colon + 1).trim();
    const values = text
      .split(',')
      .map((value) => value.trim())
      .filter((value) => value !== '');
    if (values.length === 0) return fail(`${criterion} has no value after the ":"`);
    if (criterion === 'niche') segment.niches = values.map((value) => words(value).trim());
    else if (criterion === 'brand') segment.brands = values.map((value) => value.toLowerCase());
    else if (criterion === 'region') {
      const unknown = values.find((value) => !regionCode(value));
      if (unknown) return fail(`region "${unknown}" is not a country: use a code such as US or UK`);
      segment.regions = values.map((value) => regionCode(value) as string);
    } else if (criterion === 'followers') {
      const band = parseBand(text);
      if (typeof band === 'string') return fail(band);
      segment.followers = band;
    } else {
      const statuses = parseStatuses(values);
      if (typeof statuses === 'string') return fail(statuses);
      segment.statuses = statuses;
    }
  }
  return { segment };
}

/** A creator's Status as a sequence sees it: a blank Status is a prospect nobody has contacted. */
export function statusOf(creator: Pick<CreatorRecord, 'status'>): string {
  return creator.status?.toLowerCase() || 'prospect';
}

/** Whether the creator fits the segment's niche, region, brand and follower band (not its status). */
export function fitsCriteria(creator: CreatorRecord, segment: Segment): boolean {
  const { niches, regions, brands, followers } = segment;
  if (niches.length > 0) {
    const niche = words(creator.niche ?? '');
    if (!niches.some((term) => niche.includes(` ${term} `))) return false;
  }
  if (regions.length > 0 && !regions.includes(creator.region ?? '')) return false;
  if (brands.length > 0) {
    const own = (creator.brand ?? '').split(',').map((brand) => brand.trim().toLowerCase());
    if (!brands.some((brand) => own.includes(brand))) return false;
  }
  if (followers) {
    const n = creator.followers;
    if (n === undefined || n < (followers.min ?? 0) || n > (followers.max ?? Infinity)) return false;
  }
  return true;
}

/** Whether the creator's Status is one the segment enrols. */
export function hasSegmentStatus(creator: Pick<CreatorRecord, 'status'>, segment: Segment): boolean {
  return (segment.statuses as readonly string[]).includes(statusOf(creator));
}
