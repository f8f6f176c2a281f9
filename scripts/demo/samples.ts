/** The demo's ground truth about product samples sent to creators. */
import type { Product, Region } from './catalog';
import { COURIERS, trackingNumber } from './catalog';
import type { Creator } from './creators';
import type { Period } from './period';
import { randomDay } from './period';
import type { Random } from './random';
import { weightedPicker } from './random';
import type { WallTime } from './wallClock';
import { addDays } from './wallClock';

export interface SampleShipment {
  handle: string;
  region: Region;
  product: Product;
  units: number;
  requested: WallTime;
  shipped?: WallTime;
  delivered?: WallTime;
  due?: WallTime;
  posted?: WallTime;
  videoUrl?: string;
  courier: string;
  tracking: string;
  cancelled: boolean;
  shippingCents: number;
}

const STATUS_WEIGHT: Record<Creator['status'], number> = {
  prospect: 0,
  contacted: 1,
  replied: 4,
  negotiating: 4,
  active: 10,
  paused: 3,
  declined: 1,
};

/** Shipments, oldest request first; the first one goes to `strangerHandle`, who is on no outreach list. */
export function generateSamples(
  rng: Random,
  count: number,
  creators: readonly Creator[],
  products: readonly Product[],
  period: Period,
  strangerHandle: string,
): SampleShipment[] {
  const candidates = creators.filter((creator) => STATUS_WEIGHT[creator.status] > 0);
  const pickCreator = weightedPicker(
    candidates.length > 0 ? candidates : creators,
    (creator) => STATUS_WEIGHT[creator.status] || 1,
  );
  const shipments: SampleShipment[] = [];
  for (let i = 0; i < count; i++) {
    const creator = i === 0 ? undefined : pickCreator(rng);
    const region = creator?.region ?? 'US';
    const eligible = products.filter(
      (product) => product.region === region && (!creator || creator.brands.includes(product.brand)),
    );
    shipments.push(shipment(rng, creator?.handle ?? strangerHandle, region, rng.pick(eligible), period));
  }
  return shipments.sort((a, b) => a.requested - b.requested);
}

function shipment(rng: Random, handle: string, region: Region, product: Product, period: Period): SampleShipment {
  const requested = randomDay(rng, period, 0.5);
  const courier = rng.pick(COURIERS[region]);
  const base: SampleShipment = {
    handle,
    region,
    product,
    units: rng.chance(0.8) ? 1 : 2,
    requested,
    courier,
    tracking: trackingNumber(rng, courier),
    cancelled: rng.chance(0.04),
    shippingCents: region === 'US' ? rng.int(425, 895) : rng.int(285, 450),
  };
  if (base.cancelled) return base;
  const shipped = addDays(requested, rng.int(1, 4));
  if (shipped >= period.end) return base;
  const delivered = addDays(shipped, rng.int(2, 6));
  if (delivered >= period.end) return { ...base, shipped };
  const due = addDays(delivered, 14);
  const posted = addDays(delivered, rng.int(3, 20));
  const didPost = rng.chance(0.6) && posted < period.end;
  return {
    ...base,
    shipped,
    delivered,
    due,
    posted: didPost ? posted : undefined,
    videoUrl: didPost ? `https://www.tiktok.com/@${handle}/video/7${rng.digits(18)}` : undefined,
  };
}

/** What the sample's product costs the seller. */
export function sampleCostCents(sample: SampleShipment): number {
  return sample.product.costCents * sample.units;
}
