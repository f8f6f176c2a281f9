/** The demo's ground truth about TikTok Shop orders: what sold, to whom it is attributed, what was refunded. */
import type { Product, Region } from './catalog';
import { COURIERS, FIRST_NAMES, LAST_NAMES, PAYMENT_METHODS, PROVINCES, trackingNumber } from './catalog';
import type { Creator } from './creators';
import { isSelling } from './creators';
import type { Period } from './period';
import { randomDay, randomTimeOfDay } from './period';
import type { Random } from './random';
import { weightedPicker } from './random';
import type { SampleShipment } from './samples';
import type { WallTime } from './wallClock';
import { addDays } from './wallClock';

export type ExportStatus = 'Completed' | 'Delivered' | 'Shipped' | 'To ship' | 'Cancelled' | 'Unpaid';
export type AffiliateStatus = 'Completed' | 'Pending' | 'Ineligible';

export type Attribution =
  | { kind: 'affiliate'; handle: string; rate: number; contentType: string }
  | { kind: 'promo'; handle: string; code: string; rate?: number }
  | { kind: 'organic' }
  | { kind: 'sample' };

/** What the affiliate export says about one attributed line. */
export interface AffiliateSettlement {
  status: AffiliateStatus;
  estPaymentCents: number;
  /** Empty in the export until TikTok settles the line. */
  actualBaseCents?: number;
  actualPaymentCents?: number;
  fullyRefunded: boolean;
}

export interface OrderLine {
  product: Product;
  units: number;
  grossCents: number;
  discountCents: number;
  refundCents: number;
  affiliate?: AffiliateSettlement;
}

export interface Order {
  id: string;
  region: Region;
  created: WallTime;
  status: ExportStatus;
  shipped?: WallTime;
  delivered?: WallTime;
  courier: string;
  tracking?: string;
  buyer: string;
  recipient: string;
  province: string;
  paymentMethod: string;
  attribution: Attribution;
  lines: OrderLine[];
  /** The one order whose ID a spreadsheet turned into a number, losing digits. */
  idLostAsNumber: boolean;
}

type Buyer = Pick<Order, 'id' | 'region' | 'buyer' | 'recipient' | 'province' | 'paymentMethod'>;
type Fulfilment = Pick<Order, 'status' | 'shipped' | 'delivered' | 'courier' | 'tracking'>;

export interface OrderInputs {
  lineCount: number;
  creators: readonly Creator[];
  outsideAffiliates: readonly string[];
  products: readonly Product[];
  samples: readonly SampleShipment[];
  period: Period;
}

const DEFAULT_COMMISSION = 0.1;
const HOUR_MS = 3_600_000;

/** GMV of a line: what the affiliate export calls Payment Amount. */
export function paymentCents(line: OrderLine): number {
  return line.grossCents - line.discountCents;
}

/** Exactly `lineCount` lines (sample lines included), newest order first; no SKU twice in one order. */
export function generateOrders(rng: Random, inputs: OrderInputs): Order[] {
  const ids = new Set<string>();
  const sampleOrders = sampleOrdersOf(rng, inputs, ids);
  const pickAttribution = attributionPicker(inputs);
  const creatorsByHandle = new Map(inputs.creators.map((creator) => [creator.handle, creator]));
  const productsFor = productChooser(inputs.products);
  const orders = [...sampleOrders];
  let remaining = inputs.lineCount - sampleOrders.length;
  while (remaining > 0) {
    const lineCount = Math.min(
      remaining,
      rng.weighted([
        [1, 80],
        [2, 15],
        [3, 5],
      ] as const),
    );
    const order = saleOrder(rng, inputs, productsFor, creatorsByHandle, pickAttribution(rng), lineCount, ids);
    orders.push(order);
    remaining -= order.lines.length;
  }
  markOneIdLost(rng, orders);
  return orders.sort((a, b) => b.created - a.created);
}

function sampleOrdersOf(rng: Random, inputs: OrderInputs, ids: Set<string>): Order[] {
  const shipped = inputs.samples.filter((sample) => sample.shipped !== undefined && !sample.cancelled);
  const count = Math.min(Math.round(shipped.length * 0.5), Math.floor(inputs.lineCount * 0.1));
  return rng
    .shuffle(shipped)
    .slice(0, count)
    .map((sample) => {
      const shippedAt = (sample.shipped as WallTime) + randomTimeOfDay(rng);
      const delivered = sample.delivered === undefined ? undefined : sample.delivered + randomTimeOfDay(rng);
      const fulfilment: Fulfilment = {
        status: delivered === undefined ? 'Shipped' : deliveredStatus(delivered, inputs.period),
        shipped: shippedAt,
        delivered,
        courier: sample.courier,
        tracking: sample.tracking,
      };
      const lines = [{ product: sample.product, units: sample.units, grossCents: 0, discountCents: 0, refundCents: 0 }];
      return assembleOrder(
        buyerOf(rng, sample.region, ids),
        sample.requested + randomTimeOfDay(rng),
        fulfilment,
        { kind: 'sample' },
        lines,
      );
    });
}

function attributionPicker(inputs: OrderInputs): (rng: Random) => Attribution {
  const sellers = inputs.creators.filter(isSelling);
  const pickSeller = weightedPicker(sellers, (creator) => Math.pow(creator.followers, 0.6));
  const promoters = inputs.creators.filter((creator) => creator.promoCode !== undefined);
  const contentType = (rng: Random) =>
    rng.weighted([
      ['Video', 70],
      ['LIVE', 15],
      ['Showcase', 15],
    ] as const);
  return (rng) => {
    const kind = rng.weighted([
      ['affiliate', 55],
      ['promo', 15],
      ['organic', 30],
    ] as const);
    if (kind === 'promo' && promoters.length > 0) {
      const creator = rng.pick(promoters);
      return { kind, handle: creator.handle, code: creator.promoCode as string, rate: creator.commission };
    }
    if (kind === 'affiliate') {
      if (sellers.length > 0 && (inputs.outsideAffiliates.length === 0 || rng.chance(0.85))) {
        const creator = pickSeller(rng);
        return {
          kind,
          handle: creator.handle,
          rate: creator.commission ?? DEFAULT_COMMISSION,
          contentType: contentType(rng),
        };
      }
      if (inputs.outsideAffiliates.length > 0) {
        return {
          kind,
          handle: rng.pick(inputs.outsideAffiliates),
          rate: DEFAULT_COMMISSION,
          contentType: contentType(rng),
        };
      }
    }
    return { kind: 'organic' };
  };
}

function saleOrder(
  rng: Random,
  inputs: OrderInputs,
  productsFor: (region: Region, creator: Creator | undefined) => readonly Product[],
  creatorsByHandle: ReadonlyMap<string, Creator>,
  attribution: Attribution,
  lineCount: number,
  ids: Set<string>,
): Order {
  const creator =
    attribution.kind === 'affiliate' || attribution.kind === 'promo'
      ? creatorsByHandle.get(attribution.handle)
      : undefined;
  const region: Region = creator?.region ?? (rng.chance(0.75) ? 'US' : 'UK');
  const eligible = productsFor(region, creator);
  const products = rng.shuffle(eligible).slice(0, lineCount);
  const created = randomDay(rng, inputs.period, 1) + randomTimeOfDay(rng);
  const fulfilment = fulfilmentOf(rng, region, created, inputs.period);
  const lines = products.map((product) => saleLine(rng, product, attribution));
  if (lines.length === 1 && (fulfilment.status === 'Completed' || fulfilment.status === 'Delivered'))
    refundSometimes(rng, lines[0]);
  if (attribution.kind === 'affiliate') {
    for (const line of lines) line.affiliate = settlementOf(line, fulfilment.status, attribution.rate);
  }
  return assembleOrder(buyerOf(rng, region, ids), created, fulfilment, attribution, lines);
}

/** The products a creator's followers can buy in a shop: those of the creator's brands (any, without a creator). */
function productChooser(
  products: readonly Product[],
): (region: Region, creator: Creator | undefined) => readonly Product[] {
  const cache = new Map<string, readonly Product[]>();
  return (region, creator) => {
    const key = `${region}|${creator ? creator.brands.join('|') : ''}`;
    let eligible = cache.get(key);
    if (!eligible) {
      eligible = products.filter(
        (product) => product.region === region && (!creator || creator.brands.includes(product.brand)),
      );
      cache.set(key, eligible);
    }
    return eligible;
  };
}

// Every order is built with the same fields in the same order, which keeps 100k of them fast to walk.
function assembleOrder(
  buyer: Buyer,
  created: WallTime,
  fulfilment: Fulfilment,
  attribution: Attribution,
  lines: OrderLine[],
): Order {
  return {
    id: buyer.id,
    region: buyer.region,
    created,
    status: fulfilment.status,
    shipped: fulfilment.shipped,
    delivered: fulfilment.delivered,
    courier: fulfilment.courier,
    tracking: fulfilment.tracking,
    buyer: buyer.buyer,
    recipient: buyer.recipient,
    province: buyer.province,
    paymentMethod: buyer.paymentMethod,
    attribution,
    lines,
    idLostAsNumber: false,
  };
}

function saleLine(rng: Random, product: Product, attribution: Attribution): OrderLine {
  const units = rng.weighted([
    [1, 75],
    [2, 18],
    [3, 7],
  ] as const);
  const grossCents = product.priceCents * units;
  const discountShare =
    attribution.kind === 'promo' ? rng.pick([0.1, 0.15, 0.2]) : rng.chance(0.2) ? rng.pick([0.1, 0.15, 0.2, 0.3]) : 0;
  return { product, units, grossCents, discountCents: Math.round(grossCents * discountShare), refundCents: 0 };
}

/** Refunds only single-line orders: Seller Center repeats an order's refund on every line, which would be ambiguous. */
function refundSometimes(rng: Random, line: OrderLine): void {
  const draw = rng.next();
  if (draw < 0.04) line.refundCents = paymentCents(line);
  else if (draw < 0.06) line.refundCents = Math.round(paymentCents(line) * rng.pick([0.3, 0.5, 0.6]));
}

function fulfilmentOf(rng: Random, region: Region, created: WallTime, period: Period): Fulfilment {
  const courier = rng.pick(COURIERS[region]);
  if (rng.chance(0.06)) return { status: 'Cancelled', courier: '' };
  const shipped = addDays(created, rng.int(1, 3)) + rng.int(-4, 4) * HOUR_MS;
  if (shipped >= period.end) {
    return { status: addDays(created, 1) >= period.end && rng.chance(0.3) ? 'Unpaid' : 'To ship', courier };
  }
  const tracking = trackingNumber(rng, courier);
  const delivered = addDays(shipped, rng.int(2, 5)) + rng.int(-6, 6) * HOUR_MS;
  if (delivered >= period.end) return { status: 'Shipped', shipped, courier, tracking };
  return { status: deliveredStatus(delivered, period), shipped, delivered, courier, tracking };
}

/** Seller Center marks an order Completed once the return window after delivery has passed. */
function deliveredStatus(delivered: WallTime, period: Period): ExportStatus {
  return addDays(delivered, 7) < period.end ? 'Completed' : 'Delivered';
}

function settlementOf(line: OrderLine, status: ExportStatus, rate: number): AffiliateSettlement {
  const payment = paymentCents(line);
  const fullyRefunded = line.refundCents > 0 && line.refundCents === payment;
  const estPaymentCents = Math.round(payment * rate);
  if (status === 'Cancelled')
    return { status: 'Ineligible', estPaymentCents, actualBaseCents: 0, actualPaymentCents: 0, fullyRefunded };
  if (status !== 'Completed') return { status: 'Pending', estPaymentCents, fullyRefunded };
  const actualBaseCents = payment - line.refundCents;
  return {
    status: 'Completed',
    estPaymentCents,
    actualBaseCents,
    actualPaymentCents: Math.round(actualBaseCents * rate),
    fullyRefunded,
  };
}

function buyerOf(rng: Random, region: Region, ids: Set<string>): Buyer {
  let id: string;
  do id = region === 'US' ? `576${rng.digits(15)}` : `578${rng.digits(16)}`;
  while (ids.has(id));
  ids.add(id);
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  return {
    id,
    region,
    buyer: rng.chance(0.5) ? `user${rng.digits(10)}` : `${first.toLowerCase()}${rng.int(1, 9999)}`,
    recipient: `${first[0]}*** ${last[0]}***`,
    province: rng.pick(PROVINCES[region]),
    paymentMethod: rng.pick(PAYMENT_METHODS[region]),
  };
}

/** One organic single-line US order, whose ID the export will hold as a number. */
function markOneIdLost(rng: Random, orders: Order[]): void {
  const candidates = orders.filter(
    (order) => order.attribution.kind === 'organic' && order.region === 'US' && order.lines.length === 1,
  );
  if (candidates.length > 0) rng.pick(candidates).idLostAsNumber = true;
}
