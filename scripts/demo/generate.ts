/**
 * A deterministic, realistic and messy TikTok Shop seller workbook: the tabs a seller has before
 * Organize runs, and the truth a correct Organize must recover from them.
 */
import type { WorkbookModel } from '../runtime/workbook';
import { CURRENCY_OF, SKU_WITHOUT_COST, buildCatalog } from './catalog';
import { generateCreators, generateProspects, outsideHandles } from './creators';
import type { Order, OrderLine } from './orders';
import { generateOrders, paymentCents } from './orders';
import type { Period } from './period';
import { Random } from './random';
import { generateSamples } from './samples';
import { buildAffiliateExportTab } from './tabs/affiliateExport';
import { CONTENT_CALENDAR_TAB, buildContentCalendarTab } from './tabs/contentCalendar';
import { buildCreatorPaymentsTab } from './tabs/creatorPayments';
import { buildOrderExportTabs } from './tabs/orderExports';
import { addProspectRows, buildOutreachTab } from './tabs/outreach';
import { buildProductCostsTab } from './tabs/productCosts';
import { buildSampleLogTab } from './tabs/sampleLog';
import type { DemoTruth, OrderLineTruth } from './truth';
import { noFindings } from './truth';
import { addMonths, instantOf, startOfDay, wallTime, wallTimeOf } from './wallClock';

export type { DemoTruth } from './truth';

export interface DemoOptions {
  seed?: number;
  creators?: number;
  /** Sample shipments logged (before the deliberate duplicate rows). */
  samples?: number;
  /** Lines across both order exports, sample lines included. */
  orderLines?: number;
  timeZone?: string;
  /** The first day covered, taken as a calendar day in `timeZone`. */
  start?: Date;
  months?: number;
  /** Creators never contacted, added at the bottom of the outreach list for an outreach sequence to recruit. */
  prospects?: number;
  /** Leave one sold SKU out of the COGS tab, as finance sometimes does (the profit formulas then refuse to guess). */
  uncostedSku?: boolean;
}

export const DEMO_DEFAULTS = {
  seed: 20261123,
  creators: 200,
  prospects: 400,
  samples: 300,
  orderLines: 5000,
  timeZone: 'America/Los_Angeles',
  months: 5,
} as const;

export function generateDemoWorkbook(options: DemoOptions = {}): { workbook: WorkbookModel; truth: DemoTruth } {
  const settings = {
    seed: options.seed ?? DEMO_DEFAULTS.seed,
    creators: options.creators ?? DEMO_DEFAULTS.creators,
    prospects: options.prospects ?? DEMO_DEFAULTS.prospects,
    samples: options.samples ?? DEMO_DEFAULTS.samples,
    orderLines: options.orderLines ?? DEMO_DEFAULTS.orderLines,
    months: options.months ?? DEMO_DEFAULTS.months,
  };
  const timeZone = options.timeZone ?? DEMO_DEFAULTS.timeZone;
  const firstDay = startOfDay(wallTimeOf(options.start ?? instantOf(wallTime(2026, 7, 1), timeZone), timeZone));
  const period: Period = { start: firstDay, end: addMonths(firstDay, settings.months), timeZone };

  const rng = new Random(settings.seed);
  const products = buildCatalog(rng.fork());
  const takenHandles = new Set<string>();
  const creators = generateCreators(rng.fork(), settings.creators, takenHandles);
  // One stranger who got a sample, plus open-collaboration affiliates (about 5% of the roster) nobody reached out to.
  const openCollaborators = Math.max(1, Math.round(settings.creators / 20));
  const [stranger, ...outsideAffiliates] = outsideHandles(rng.fork(), 1 + openCollaborators, takenHandles);
  const samples = generateSamples(rng.fork(), settings.samples, creators, products, period, stranger);
  const orders = generateOrders(rng.fork(), {
    lineCount: settings.orderLines,
    creators,
    outsideAffiliates,
    products,
    samples,
    period,
  });

  const findings = noFindings();
  const outreach = buildOutreachTab(rng.fork(), creators, period, findings);
  const sampleLog = buildSampleLogTab(rng.fork(), samples, timeZone, findings);
  const orderExports = buildOrderExportTabs(orders, findings);
  const affiliateExport = buildAffiliateExportTab(rng.fork(), orders);
  const productCosts = buildProductCostsTab(rng.fork(), products, options.uncostedSku ? [SKU_WITHOUT_COST] : []);
  const payments = buildCreatorPaymentsTab(rng.fork(), creators, period);
  const calendar = buildContentCalendarTab(rng.fork(), period);
  // Drawn last, so the rest of the workbook is the same with or without them.
  const prospectRng = rng.fork();
  const prospects = generateProspects(prospectRng.fork(), settings.prospects, takenHandles);
  const prospectTruth = addProspectRows(prospectRng.fork(), outreach.sheet, prospects, period);
  const creatorsTruth = [...outreach.creators, ...prospectTruth].sort((a, b) => (a.handle < b.handle ? -1 : 1));

  const orderLines = orders
    .filter((order) => !order.idLostAsNumber)
    .flatMap((order) => order.lines.map((line) => lineTruth(order, line)));
  const listed = new Set(creatorsTruth.map((creator) => creator.handle));
  const seenHandles = [...sampleLog.readable.map((sample) => sample.handle), ...orderLines.map((line) => line.handle)];
  return {
    workbook: {
      timeZone,
      sheets: [
        outreach.sheet,
        sampleLog.sheet,
        ...orderExports,
        affiliateExport,
        productCosts,
        payments.sheet,
        calendar,
      ],
    },
    truth: {
      creators: creatorsTruth,
      handlesOutsideOutreach: [...new Set(seenHandles)]
        .filter((handle): handle is string => handle !== null && !listed.has(handle))
        .sort(),
      sampleCount: sampleLog.readable.length,
      cancelledSampleCount: sampleLog.readable.filter((sample) => sample.cancelled).length,
      orderLines,
      skusWithoutCost: options.uncostedSku ? [SKU_WITHOUT_COST] : [],
      costRowCount: payments.rowCount,
      ...findings,
      unrelatedTabs: [CONTENT_CALENDAR_TAB],
    },
  };
}

function lineTruth(order: Order, line: OrderLine): OrderLineTruth {
  const { attribution } = order;
  const settled = line.affiliate && (line.affiliate.actualPaymentCents ?? line.affiliate.estPaymentCents);
  const rate = attribution.kind === 'affiliate' || attribution.kind === 'promo' ? attribution.rate : undefined;
  return {
    orderId: order.id,
    skuId: line.product.skuId,
    sku: line.product.sku,
    handle: attribution.kind === 'affiliate' || attribution.kind === 'promo' ? attribution.handle : null,
    units: line.units,
    gross: line.grossCents / 100,
    discount: line.discountCents / 100,
    refund: line.refundCents / 100,
    status: canonicalStatus(order, line),
    isSample: attribution.kind === 'sample',
    currency: CURRENCY_OF[order.region],
    region: order.region,
    ...(settled !== undefined && { commission: settled / 100 }),
    ...(rate !== undefined && { commissionRate: rate }),
  };
}

/** Seller Center status → Orders status: a refund outranks delivery; in-transit orders are pending. */
function canonicalStatus(order: Order, line: OrderLine): string {
  if (order.status === 'Cancelled') return 'cancelled';
  if (order.status === 'Unpaid') return 'unpaid';
  if (line.refundCents > 0) return line.refundCents >= paymentCents(line) ? 'refunded' : 'partially refunded';
  return order.status === 'Completed' || order.status === 'Delivered' ? 'completed' : 'pending';
}
