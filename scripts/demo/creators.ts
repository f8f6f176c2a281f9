/** The demo's ground truth about creators: who they are and what was agreed with them. */
import type { Brand, Region } from './catalog';
import { BRANDS, FIRST_NAMES, LAST_NAMES, OWNERS } from './catalog';
import type { Random } from './random';

export type DealType = 'affiliate' | 'retainer' | 'one-off';
export type CreatorStatus = 'prospect' | 'contacted' | 'replied' | 'negotiating' | 'active' | 'paused' | 'declined';

export interface Creator {
  /** Normalized: lower case, no `@`. */
  handle: string;
  name: string;
  email?: string;
  followers: number;
  niche: string;
  region: Region;
  brands: string[];
  dealType: DealType;
  status: CreatorStatus;
  /** A fraction: 0.15 for 15%. */
  commission?: number;
  promoCode?: string;
  owner: string;
}

const COMMISSION_RATES = [0.1, 0.12, 0.125, 0.15, 0.18, 0.2];
const SELLING_STATUSES: readonly CreatorStatus[] = ['active', 'paused'];

export function isSelling(creator: Creator): boolean {
  return SELLING_STATUSES.includes(creator.status);
}

const slug = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** A TikTok-style username, unique among `taken` (which it joins). */
export function uniqueHandle(rng: Random, first: string, last: string, word: string, taken: Set<string>): string {
  const f = slug(first);
  const l = slug(last);
  const base = rng.pick([
    `${f}.${l}`,
    `${f}${l}`,
    `${f}_${word}`,
    `its${f}${l}`,
    `${f}.${word}`,
    `${f}${l[0]}${word}`,
    `${word}with${f}`,
    `${f}_${l}_`,
  ]);
  let handle = base;
  while (taken.has(handle)) handle = `${base}${rng.int(1, 99)}`;
  taken.add(handle);
  return handle;
}

function emailFor(rng: Random, first: string, last: string, handle: string): string {
  const f = slug(first);
  const l = slug(last);
  return rng.pick([
    `${handle.replace(/[^a-z0-9.]/g, '')}@gmail.com`,
    `${f}.${l}.collabs@gmail.com`,
    `hello@${f}${l}.co`,
    `${f}${l}mgmt@outlook.com`,
    `bookings+${f}@${l}media.com`,
  ]);
}

function promoCodeFor(rng: Random, first: string, brand: string, taken: Set<string>): string {
  const base = rng.pick([
    `${slug(first).toUpperCase()}${rng.pick(['10', '15', '20'])}`,
    `${slug(brand).slice(0, 4).toUpperCase()}${slug(first).toUpperCase()}`,
  ]);
  let code = base;
  while (taken.has(code)) code = `${base}${rng.int(2, 9)}`;
  taken.add(code);
  return code;
}

function brandsFor(rng: Random): Brand[] {
  const count = rng.weighted([
    [1, 70],
    [2, 25],
    [3, 5],
  ] as const);
  return rng.shuffle(BRANDS).slice(0, count);
}

/** Roughly power-law follower counts between 1.5K and a few million. */
function followerCount(rng: Random): number {
  return Math.round(1500 * Math.pow(10, Math.abs(rng.normal(0, 1.1))));
}

export function generateCreators(rng: Random, count: number, takenHandles: Set<string>): Creator[] {
  const promoCodes = new Set<string>();
  const creators: Creator[] = [];
  for (let i = 0; i < count; i++) {
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    const brands = brandsFor(rng);
    const handle = uniqueHandle(rng, first, last, rng.pick(brands[0].handleWords), takenHandles);
    const status = rng.weighted<CreatorStatus>([
      ['prospect', 18],
      ['contacted', 18],
      ['replied', 10],
      ['negotiating', 8],
      ['active', 36],
      ['paused', 5],
      ['declined', 5],
    ]);
    const dealType = rng.weighted<DealType>([
      ['affiliate', 75],
      ['retainer', 10],
      ['one-off', 15],
    ]);
    const agreed = status !== 'prospect' && status !== 'contacted';
    const commission =
      dealType === 'one-off'
        ? rng.chance(0.4)
          ? 0.1
          : undefined
        : agreed || rng.chance(0.3)
          ? rng.pick(COMMISSION_RATES)
          : undefined;
    const promoCode =
      dealType !== 'one-off' && ['negotiating', 'active', 'paused'].includes(status) && rng.chance(0.45)
        ? promoCodeFor(rng, first, brands[0].name, promoCodes)
        : undefined;
    creators.push({
      handle,
      name: `${first} ${last}`,
      email: rng.chance(0.85) ? emailFor(rng, first, last, handle) : undefined,
      followers: followerCount(rng),
      niche: rng.pick(brands[0].niches),
      region: rng.chance(0.75) ? 'US' : 'UK',
      brands: brands.map((brand) => brand.name),
      dealType,
      status,
      commission,
      promoCode,
      owner: rng.pick(OWNERS),
    });
  }
  return creators;
}

/** Creators nobody has contacted yet: Status prospect, one brand, no deal terms, most with a contact email. */
export function generateProspects(rng: Random, count: number, takenHandles: Set<string>): Creator[] {
  return generateCreators(rng, count, takenHandles).map((creator) => ({
    ...creator,
    brands: creator.brands.slice(0, 1),
    status: 'prospect',
    dealType: 'affiliate',
    commission: undefined,
    promoCode: undefined,
  }));
}

/** Handles of affiliates who never were on the outreach list (open collaborations, a stray sample). */
export function outsideHandles(rng: Random, count: number, takenHandles: Set<string>): string[] {
  return Array.from({ length: count }, () =>
    uniqueHandle(
      rng,
      rng.pick(FIRST_NAMES),
      rng.pick(LAST_NAMES),
      rng.pick(rng.pick(BRANDS).handleWords),
      takenHandles,
    ),
  );
}
