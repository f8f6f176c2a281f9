/**
 * Combines records from all source tabs into one set per managed tab: one creator per handle (rows
 * under an earlier handle under the current one), one spelling per owner, niche and brand, order
 * lines joined to their affiliate rows, SKU IDs resolved to Seller SKUs, attribution by promo code,
 * commission terms filled in, platform fees from settlement statements (else estimated), free sample
 * orders moved to Samples.
 */
import { countsAsSale, estimatedPlatformFee } from '../records/orders';
import type { Issue, SourceRef } from '../records/table';
import { sourceLabel } from '../records/table';
import type { CostRecord, CreatorRecord, OrderLine, ProductRecord, SampleRecord } from '../records/types';
import type { Settings } from '../settings';
import { regionOfCurrency } from '../settings';
import type { Collected } from './collect';
import { claimsOfSources, claimsTypedInCreators, CurrentHandles, reportProbableRenames } from './handleChanges';
import type { ExistingTab } from './merge';
import { Spellings } from './spelling';
import { normalizeHandle } from '../values';
import { NAMED_ONE_BY_ONE, rowList } from '../wording';
import { SettlementFees } from './settlementFees';
import { SkuIds } from './skuIds';
import { OrderLines } from './orderLines';

export interface OrganizedOrderLine extends OrderLine {
  /** Platform fee was estimated from Settings, not read from the source or a settlement statement. */
  platformFeeEstimated?: boolean;
}

/** Cancelled and unpaid lines earn nothing and cost nothing. */

export interface Combined {
  creators: CreatorRecord[];
  samples: SampleRecord[];
  orders: OrganizedOrderLine[];
  products: ProductRecord[];
  costs: CostRecord[];
  issues: Issue[];
  /** Earlier handles → current ones, for the managed tabs' own rows too. */
  handles: CurrentHandles;
  stats: { sampleOrders: number; attributedByPromo: number; joinedAffiliate: number; unattributed: number };
}

/**
 * How two rows of the same creator combine. Identity and money terms must agree, so a
 * disagreement is reported; the rest describe the relationship and the first non-blank wins,
 * except the latest contact date and the largest (newest) follower count.
 */
const CONFLICTS_REPORTED: readonly [keyof CreatorRecord, string][] = [
  ['email', 'Email'],
  ['commissionPct', 'Commission %'],
  ['promoCode', 'Promo code'],
];
const FIRST_WINS: readonly (keyof CreatorRecord)[] = [
  'name',
  'profileUrl',
  'niche',
  'region',
  'type',
  'status',
  'owner',
  'notes',
];

function mergeCreator(into: CreatorRecord, from: CreatorRecord, issues: Issue[]): void {
  const target = into as unknown as Record<string, unknown>;
  for (const field of FIRST_WINS) if (target[field] === undefined) target[field] = from[field];
  for (const [field, header] of CONFLICTS_REPORTED) {
    const kept = target[field];
    const other = from[field];
    if (other === undefined) continue;
    if (kept === undefined) target[field] = other;
    else if (kept !== other) {
      issues.push({
        ...from.source,
        column: header,
        value: String(other),
        problem: `@${from.handle} is also at ${sourceLabel(into.source)} with ${header} "${String(kept)}"; kept that one. Fix whichever is wrong.`,
      });
    }
  }
  const brands = new Set([...(into.brand ?? '').split(', '), ...(from.brand ?? '').split(', ')].filter(Boolean));
  into.brand = brands.size ? [...brands].join(', ') : undefined;
  if (from.followers !== undefined && (into.followers === undefined || from.followers > into.followers))
    into.followers = from.followers;
  if (from.lastContacted && (!into.lastContacted || from.lastContacted > into.lastContacted))
    into.lastContacted = from.lastContacted;
}

function combineCreators(list: readonly CreatorRecord[], issues: Issue[]): Map<string, CreatorRecord> {
  const byHandle = new Map<string, CreatorRecord>();
  for (const creator of list) {
    const existing = byHandle.get(creator.handle);
    if (existing) mergeCreator(existing, creator, issues);
    else byHandle.set(creator.handle, { ...creator });
  }
  return byHandle;
}

interface Sourced {
  source: SourceRef;
}

function dedupe<T extends Sourced>(
  list: readonly T[],
  keyOf: (item: T) => string,
  describe: (item: T) => string,
  issues: Issue[],
  column: string,
): Map<string, T> {
  const byKey = new Map<string, T>();
  for (const item of list) {
    const key = keyOf(item);
    const first = byKey.get(key);
    if (first) issues.push(duplicateIssue(item, first, column, describe(item)));
    else byKey.set(key, item);
  }
  return byKey;
}

function duplicateIssue(item: Sourced, first: Sourced, column: string, value: string): Issue {
  return { ...item.source, column, value, problem: `duplicate of ${sourceLabel(first.source)}; imported once` };
}

/**
 * How far a line has come. Exports of overlapping periods pasted into one tab, or into two, show a
 * line again, and a later export shows it further along: shipped, completed, refunded.
 */
const PROGRESS: Readonly<Record<string, number>> = {
  unpaid: 0,
  pending: 1,
  completed: 2,
  cancelled: 2,
  'partially refunded': 3,
  refunded: 4,
};

const progressOf = (line: OrderLine) => PROGRESS[line.status] ?? PROGRESS.completed;

function isFurtherAlong(line: OrderLine, than: OrderLine): boolean {
  const [progress, thanProgress] = [progressOf(line), progressOf(than)];
  return progress > thanProgress || (progress === thanProgress && line.refund > than.refund);
}

/**
 * Issues about order lines seen twice, grouped by kind and the tabs involved: exports of
 * overlapping periods repeat thousands of lines, which are one issue per group, not one per line.
 */
class RepeatedLines {
  private readonly groups = new Map<string, { issues: Issue[]; summary: (rows: string) => string }>();

  add(group: string, issue: Issue, summary: (rows: string) => string): void {
    const found = this.groups.get(group);
    if (found) found.issues.push(issue);
    else this.groups.set(group, { issues: [issue], summary });
  }

  issues(): Issue[] {
    return [...this.groups.values()].flatMap(({ issues, summary }) => {
      if (issues.length <= NAMED_ONE_BY_ONE) return issues;
      const rows = rowList(issues.map((issue) => issue.row));
      return [{ ...issues[0], problem: summary(`${issues.length} order lines here (${rows})`) }];
    });
  }
}

/**
 * Each order line once: of two sightings the one further along (isFurtherAlong), else the first;
 * the other is reported.
 */
function orderLinesOf(lines: readonly OrderLine[], issues: Issue[]): OrderLines {
  const orders = new OrderLines();
  const repeated = new RepeatedLines();
  for (const line of lines) {
    const at = orders.addUnlessListed(line);
    if (at < 0) continue;
    const listed = orders.list[at];
    const [kept, dropped] = isFurtherAlong(line, listed) ? [line, listed] : [listed, line];
    if (kept === line) orders.replace(at, line);
    const keptTab = kept.source.tab;
    const issue = duplicateIssue(dropped, kept, 'Order ID', dropped.orderId);
    if (kept === listed)
      repeated.add(
        `repeat|${dropped.source.tab}|${keptTab}`,
        issue,
        (these) => `${these} repeat lines of ${keptTab}; each imported once, from there`,
      );
    else
      repeated.add(
        `earlier|${dropped.source.tab}|${keptTab}`,
        {
          ...issue,
          problem: `an earlier state of ${sourceLabel(kept.source)} (${kept.status} there); imported from there`,
        },
        (these) => `${these} are earlier states of lines of ${keptTab}; each imported from there`,
      );
  }
  issues.push(...repeated.issues());
  return orders;
}

function joinAffiliate(orders: OrderLines, affiliate: readonly OrderLine[], issues: Issue[]): number {
  let joined = 0;
  // An order line takes one affiliate row; the lines past `ofOrders` are affiliate rows themselves.
  const ofOrders = orders.list.length;
  const hasAffiliate = new Uint8Array(ofOrders);
  for (const aff of affiliate) {
    const at = orders.addUnlessListed(aff);
    if (at < 0) continue;
    if (at >= ofOrders || hasAffiliate[at]) {
      issues.push({
        ...aff.source,
        column: 'Order ID',
        value: aff.orderId,
        problem: 'duplicate affiliate row for this order line; imported once',
      });
      continue;
    }
    hasAffiliate[at] = 1;
    joined++;
    const line = orders.list[at];
    line.handle = line.handle ?? aff.handle;
    line.commissionPct = line.commissionPct ?? aff.commissionPct;
    line.commission = line.commission ?? aff.commission;
    line.campaign = line.campaign ?? aff.campaign;
    if (aff.refund > line.refund) line.refund = aff.refund;
    if (aff.status === 'refunded' && line.status === 'completed') line.status = 'refunded';
  }
  return joined;
}

const REGION_IN_TAB = /\b(US|UK)\b/;

/** The region a tab's name gives (`All orders US`), worked out once per tab. */
class TabRegions {
  private readonly byTab = new Map<string, string | undefined>();

  of(tab: string): string | undefined {
    if (!this.byTab.has(tab)) this.byTab.set(tab, REGION_IN_TAB.exec(tab)?.[1]);
    return this.byTab.get(tab);
  }
}

function placeRegion(line: OrganizedOrderLine, settings: Settings, tabRegions: TabRegions): void {
  line.region = line.region ?? regionOfCurrency(line.currency) ?? tabRegions.of(line.source.tab);
  line.currency =
    line.currency ?? (line.region === 'UK' ? 'GBP' : line.region === 'US' ? 'USD' : settings.reportCurrency);
}

/** The statement's real fee when one has the line, else an estimate from Settings (marked as such). */
function placePlatformFee(line: OrganizedOrderLine, fees: SettlementFees, settings: Settings): void {
  const actual = fees.feeOf(line.orderId, line.skuId);
  if (actual !== undefined) {
    line.platformFee = actual;
    return;
  }
  const feePct = line.region ? settings.platformFeeByRegion[line.region] : undefined;
  if (line.platformFee === undefined && feePct !== undefined && countsAsSale(line.status)) {
    line.platformFee = estimatedPlatformFee(feePct, line);
    line.platformFeeEstimated = true;
  }
}

function sampleFromOrder(line: OrderLine): SampleRecord {
  return {
    sampleId: `SO-${line.orderId}-${line.line}`,
    handle: line.handle,
    campaign: line.campaign,
    sku: line.sku,
    units: line.units,
    requested: line.date,
    shipped: line.shipped,
    carrier: line.carrier,
    tracking: line.tracking,
    delivered: line.delivered,
    status: line.status === 'cancelled' ? 'cancelled' : undefined,
    notes: 'Free sample order from TikTok Shop',
    source: line.source,
  };
}

/** A free sample order that the sample log already has (same tracking): only fills its blanks. */
function fillSampleFromOrder(logged: SampleRecord, line: OrderLine): void {
  const fromOrder = sampleFromOrder(line);
  logged.handle = logged.handle ?? fromOrder.handle;
  logged.shipped = logged.shipped ?? fromOrder.shipped;
  logged.delivered = logged.delivered ?? fromOrder.delivered;
  logged.carrier = logged.carrier ?? fromOrder.carrier;
}

function minimalCreator(handle: string, source: { tab: string; row: number }): CreatorRecord {
  return { handle, source };
}

/** Owner, Niche, Brand and a region the country table does not know, each in its first spelling across all tabs. */
function unifySpellings(creators: readonly CreatorRecord[], products: readonly ProductRecord[]): void {
  const [owners, niches, regions, brands] = [new Spellings(), new Spellings(), new Spellings(), new Spellings()];
  for (const creator of creators) {
    creator.owner = owners.of(creator.owner);
    creator.niche = niches.of(creator.niche);
    creator.region = regions.of(creator.region);
    creator.brand = brands.ofList(creator.brand);
  }
  for (const product of products) product.brand = brands.of(product.brand);
}

/** Every record under an earlier handle moves to the current one; a profile link to an earlier handle is dropped. */
function followHandleChanges(collected: Collected, handles: CurrentHandles): void {
  if (handles.size === 0) return;
  for (const creator of collected.creators) {
    creator.handle = handles.of(creator.handle);
    const linked = creator.profileUrl ? normalizeHandle(creator.profileUrl).value : null;
    if (linked && handles.isEarlier(linked)) creator.profileUrl = undefined;
  }
  for (const list of [collected.samples, collected.orders, collected.affiliate, collected.costs])
    for (const record of list) record.handle = handles.of(record.handle);
}

/**
 * `managedCreators` is the Creators tab as the operator left it: the Aliases typed there are kept
 * from one run to the next.
 */
export function combine(collected: Collected, settings: Settings, managedCreators?: ExistingTab): Combined {
  const issues = [...collected.issues];
  unifySpellings(collected.creators, collected.products);
  const claims = [...claimsTypedInCreators(managedCreators, issues), ...claimsOfSources(collected.creators)];
  const handles = new CurrentHandles(claims, issues);
  followHandleChanges(collected, handles);
  const creators = combineCreators(collected.creators, issues);
  reportProbableRenames([...creators.values()], issues);
  const byPromo = new Map<string, string>();
  for (const creator of creators.values())
    if (creator.promoCode) byPromo.set(creator.promoCode.toLowerCase(), creator.handle);

  const skuIds = SkuIds.learn(collected.products, collected.orders, issues);
  const orderLines = orderLinesOf(collected.orders, issues);
  const joinedAffiliate = joinAffiliate(orderLines, collected.affiliate, issues);
  orderLines.numberApart();
  const fees = new SettlementFees(collected.settlement);
  const stats = { sampleOrders: 0, attributedByPromo: 0, joinedAffiliate, unattributed: 0 };
  const tabRegions = new TabRegions();

  const orders: OrganizedOrderLine[] = [];
  const samples: SampleRecord[] = [...collected.samples];
  const loggedByTracking = new Map(samples.filter((s) => s.tracking).map((s) => [s.tracking!.toLowerCase(), s]));
  for (const line of orderLines.list as OrganizedOrderLine[]) {
    line.sku = skuIds.skuOf(line);
    if (!line.handle && line.promoCode) {
      line.handle = byPromo.get(line.promoCode.toLowerCase());
      if (line.handle) stats.attributedByPromo++;
    }
    if (line.isSample) {
      stats.sampleOrders++;
      const logged = line.tracking ? loggedByTracking.get(line.tracking.toLowerCase()) : undefined;
      if (logged) fillSampleFromOrder(logged, line);
      else samples.push(sampleFromOrder(line));
      continue;
    }
    placeRegion(line, settings, tabRegions);
    if (line.handle) {
      if (line.commissionPct === undefined && line.commission === undefined) {
        line.commissionPct = creators.get(line.handle)?.commissionPct ?? settings.defaultCommissionPct;
      }
    } else stats.unattributed++;
    placePlatformFee(line, fees, settings);
    orders.push(line);
  }
  issues.push(...fees.unmatchedIssues());

  // As the Samples tab keys its rows: 'S-1' and 's-1' are one sample.
  const sampleMap = dedupe(
    samples,
    (s) => s.sampleId.toLowerCase(),
    (s) => s.sampleId,
    issues,
    'Sample ID',
  );
  const costs = collected.costs;
  for (const list of [sampleMap.values(), orders, costs])
    for (const { handle, source } of list)
      if (handle && !creators.has(handle)) creators.set(handle, minimalCreator(handle, source));
  const earlierHandles = handles.earlierHandles();
  for (const creator of creators.values()) creator.aliases = earlierHandles.get(creator.handle);
  const products = dedupe(
    collected.products,
    (p) => p.sku.toLowerCase(),
    (p) => p.sku,
    issues,
    'SKU',
  );
  reportUncostedSkus(orders, products, issues);
  return {
    creators: [...creators.values()],
    samples: [...sampleMap.values()],
    orders,
    products: [...products.values()].map((p) => ({ ...p, skuIds: skuIds.idsOfSku(p.sku) })),
    costs,
    issues,
    handles,
    stats,
  };
}

/** Each SKU sold without a unit cost, once, at the first line that sold it: COGS needs it. */
function reportUncostedSkus(
  orders: readonly OrderLine[],
  products: ReadonlyMap<string, ProductRecord>,
  issues: Issue[],
): void {
  const seen = new Set<string>();
  const reported = new Set<string>();
  for (const line of orders) {
    if (!line.sku || !countsAsSale(line.status) || seen.has(line.sku)) continue;
    seen.add(line.sku);
    const sku = line.sku.toLowerCase();
    if (reported.has(sku) || products.get(sku)?.unitCost !== undefined) continue;
    reported.add(sku);
    issues.push({
      ...line.source,
      column: 'SKU',
      value: line.sku,
      problem:
        'no unit cost for this SKU in any product-cost tab: add it there, or the PROFIT formulas cannot work out COGS',
    });
  }
}
