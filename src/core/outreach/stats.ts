/**
 * The A/B statistics of outreach: the sample-size guard, the two tests, and the verdict text.
 *
 * Guard: contacts per arm that a two-sided two-proportion z-test needs to detect an absolute lift δ
 * over the baseline reply rate p1 (the observed pooled rate) at significance α with power 1 − β:
 *
 *   n = ( z_{1−α/2}·√(2·p̄·(1−p̄)) + z_{1−β}·√(p1·(1−p1) + p2·(1−p2)) )² / δ²,
 *   p2 = p1 + δ (p1 − δ when that would pass 100%), p̄ = (p1 + p2) / 2, rounded up.
 *
 * With the defaults (δ = 5 points, α = 5%, power 80%) a 10% baseline needs 686 contacts per arm.
 *
 * Past the guard, reply rates are compared by the pooled two-proportion z-test, and net profit per
 * contact (each contacted creator's net profit, zeros included) by Welch's t-test. With more than two
 * arms the best arm must beat each other one at α / (arms − 1) (Bonferroni).
 *
 * A sequence goes on contacting creators after the guard is met, and the verdict is read every run:
 * testing again at each new contact would find a winner by chance sooner or later (each look adds to
 * α). So the verdict is taken at a fixed horizon (horizonVerdict): on the first n creators contacted
 * in each variant, n the fewest that meets the guard on those creators; later contacts are counted
 * in the table, never tested.
 */
import { normalCdf, normalQuantile } from './normal';
import { studentTCdf, studentTQuantile } from './studentT';

export interface GuardSettings {
  /** Absolute lift in reply rate to detect: 0.05 for 5 points. */
  minimumDetectableLift: number;
  /** 1 − β: 0.8 for 80%. */
  power: number;
  /** Two-sided α: 0.05 for 5%. */
  significance: number;
}

export const DEFAULT_GUARD: GuardSettings = { minimumDetectableLift: 0.05, power: 0.8, significance: 0.05 };

/** Contacts each arm needs before a verdict, for a baseline reply rate (a fraction). */
export function contactsPerArm(baseline: number, guard: GuardSettings = DEFAULT_GUARD): number {
  const delta = guard.minimumDetectableLift;
  const p1 = Math.min(Math.max(baseline, 0), 1);
  const p2 = p1 + delta <= 1 ? p1 + delta : p1 - delta;
  const pBar = (p1 + p2) / 2;
  const zAlpha = normalQuantile(1 - guard.significance / 2);
  const zBeta = normalQuantile(guard.power);
  const root = zAlpha * Math.sqrt(2 * pBar * (1 - pBar)) + zBeta * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
  // A hair of tolerance keeps an exact whole number from rounding up for float noise.
  return Math.ceil((root * root) / (delta * delta) - 1e-9);
}

/** Two-sided p-value of the pooled two-proportion z-test of r1/n1 against r2/n2. */
export function twoProportionPValue(r1: number, n1: number, r2: number, n2: number): number {
  if (n1 === 0 || n2 === 0) return 1;
  const pooled = (r1 + r2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (se === 0) return 1;
  const z = Math.abs(r1 / n1 - r2 / n2) / se;
  return 2 * (1 - normalCdf(z));
}

export interface WelchResult {
  /** mean(a) − mean(b). */
  difference: number;
  /** Welch–Satterthwaite degrees of freedom; Infinity when both arms have no spread. */
  df: number;
  /** Two-sided. */
  pValue: number;
  /** The two-sided (1 − significance) confidence interval of the difference. */
  low: number;
  high: number;
}

function meanAndVariance(values: readonly number[]): { mean: number; variance: number } {
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  const squares = values.reduce((sum, v) => sum + (v - mean) * (v - mean), 0);
  return { mean, variance: values.length > 1 ? squares / (values.length - 1) : 0 };
}

/** Welch's t-test of mean(a) against mean(b), unequal variances, with its interval at `significance`. */
export function welchTest(a: readonly number[], b: readonly number[], significance = 0.05): WelchResult {
  if (a.length < 2 || b.length < 2) return { difference: NaN, df: NaN, pValue: 1, low: -Infinity, high: Infinity };
  const x = meanAndVariance(a);
  const y = meanAndVariance(b);
  const difference = x.mean - y.mean;
  const va = x.variance / a.length;
  const vb = y.variance / b.length;
  const se = Math.sqrt(va + vb);
  // No spread in either arm: the difference is what it is, with certainty.
  if (se === 0)
    return { difference, df: Infinity, pValue: difference === 0 ? 1 : 0, low: difference, high: difference };
  const df = ((va + vb) * (va + vb)) / ((va * va) / (a.length - 1) + (vb * vb) / (b.length - 1));
  const t = Math.abs(difference) / se;
  const margin = studentTQuantile(1 - significance / 2, df) * se;
  return { difference, df, pValue: 2 * (1 - studentTCdf(t, df)), low: difference - margin, high: difference + margin };
}

export interface Arm {
  variant: string;
  contacted: number;
  replied: number;
  /** Each contacted creator's net profit since first contact, zeros included: `contacted` values. */
  profits: readonly number[];
}

export type Basis = 'net profit per contact' | 'reply rate';

const mean = (values: readonly number[]) =>
  values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length;

function metric(arm: Arm, basis: Basis): number {
  return basis === 'reply rate' ? (arm.contacted === 0 ? 0 : arm.replied / arm.contacted) : mean(arm.profits);
}

function pValue(best: Arm, other: Arm, basis: Basis): number {
  return basis === 'reply rate'
    ? twoProportionPValue(best.replied, best.contacted, other.replied, other.contacted)
    : welchTest(best.profits, other.profits).pValue;
}

/** What the guard still asks of each arm: contacts missing, by variant, only for arms short of it. */
export function contactsMissing(arms: readonly Arm[], guard: GuardSettings = DEFAULT_GUARD): Map<string, number> {
  const contacted = arms.reduce((sum, arm) => sum + arm.contacted, 0);
  const replied = arms.reduce((sum, arm) => sum + arm.replied, 0);
  const needed = contactsPerArm(contacted === 0 ? 0 : replied / contacted, guard);
  return new Map(arms.filter((arm) => arm.contacted < needed).map((arm) => [arm.variant, needed - arm.contacted]));
}

/**
 * The verdict on a step's arms (two or more): `not enough data: A needs 312 more, B needs 298 more`
 * until every arm meets the guard, then `A wins on <basis>` when the best arm beats every other one
 * significantly, else `no difference on <basis>`.
 */
export function verdict(arms: readonly Arm[], basis: Basis, guard: GuardSettings = DEFAULT_GUARD): string {
  if (arms.length < 2) throw new Error('A verdict compares two or more variants.');
  const missing = contactsMissing(arms, guard);
  if (missing.size > 0) {
    const needs = [...missing].map(([variant, more]) => `${variant} needs ${more} more`);
    return `not enough data: ${needs.join(', ')}`;
  }
  const ranked = [...arms].sort((a, b) => metric(b, basis) - metric(a, basis));
  const [best, ...others] = ranked;
  const alpha = guard.significance / others.length;
  const wins = others.every(
    (other) => metric(best, basis) > metric(other, basis) && pValue(best, other, basis) < alpha,
  );
  return wins ? `${best.variant} wins on ${basis}` : `no difference on ${basis}`;
}

/** One contacted creator of an arm, in the order the arm contacted them. */
export interface Contact {
  replied: boolean;
  /** Net profit since first contact; 0 without any. */
  profit: number;
}

export interface ContactedArm {
  variant: string;
  /** In the order contacted. */
  contacts: readonly Contact[];
}

function armOf(variant: string, contacts: readonly Contact[]): Arm {
  return {
    variant,
    contacted: contacts.length,
    replied: contacts.filter((contact) => contact.replied).length,
    profits: contacts.map((contact) => contact.profit),
  };
}

/**
 * The fewest contacts per arm, n, whose first n in each arm meet the guard on their own pooled reply
 * rate; undefined while no n up to the smallest arm does.
 */
export function horizon(arms: readonly ContactedArm[], guard: GuardSettings = DEFAULT_GUARD): number | undefined {
  const shortest = Math.min(...arms.map((arm) => arm.contacts.length));
  let replied = 0;
  for (let n = 1; n <= shortest; n++) {
    for (const arm of arms) if (arm.contacts[n - 1].replied) replied++;
    if (n >= contactsPerArm(replied / (n * arms.length), guard)) return n;
  }
  return undefined;
}

/**
 * The verdict on a step's arms at the fixed horizon: `not enough data: …` (as verdict) until there
 * is one, then the verdict on the first n contacted in each arm, saying so.
 */
export function horizonVerdict(
  arms: readonly ContactedArm[],
  basis: Basis,
  guard: GuardSettings = DEFAULT_GUARD,
): string {
  const n = horizon(arms, guard);
  const judged = arms.map((arm) => armOf(arm.variant, n === undefined ? arm.contacts : arm.contacts.slice(0, n)));
  if (n === undefined && contactsMissing(judged, guard).size === 0) {
    // Every arm has the contacts the whole data asks for, but no first-n cohort meets its own guard yet.
    const shortest = Math.min(...arms.map((arm) => arm.contacts.length));
    return verdict(
      arms.map((arm) => armOf(arm.variant, arm.contacts.slice(0, shortest))),
      basis,
      guard,
    );
  }
  const text = verdict(judged, basis, guard);
  return n === undefined ? text : `${text} (the first ${n} contacted in each variant)`;
}
