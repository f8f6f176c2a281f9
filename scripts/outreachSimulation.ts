/**
 * An outreach experiment played forward in the local runtime: the built add-on (its reading copy,
 * dist-reading/, with reading replies on) enrols the workbook's first sequence, the hourly trigger
 * fires on the fake clock, and simulated creators answer each email in Gmail at rates set per
 * variant: some reply (and of those some become active and sell, with invented orders on the Orders
 * tab attributed to them), some ask to stop, some addresses bounce. Every draw comes from one seeded
 * generator per creator, so the same seed and workbook always give the same experiment.
 */
import { normalizeHeader } from '../src/core/aliases';
import { CREATORS, ORDERS, OUTREACH_LOG_TAB, PRODUCTS, SETTINGS_TAB, SAMPLES, COSTS } from '../src/core/schema';
import { hash32 } from '../src/core/hash';
import { dayKey } from '../src/core/values';
import { Random } from './demo/random';
import type { Runtime, SentMail } from './runtime';
import type { CellValue, SheetModel } from './runtime/workbook';
import { valuesOf } from './runtime/workbook';
import { addOn, ownedTabOf } from './addOn';
import { setSetting } from './followupSimulation';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const TRIGGER_HANDLER = 'runFollowUps';

/** How the creators of one variant answer, as fractions of those contacted. */
export interface VariantBehaviour {
  /** Reply at some point in the sequence. */
  reply: number;
  /** Ask to stop instead of replying. */
  optOut: number;
  /** The address bounces on the first email. */
  bounce: number;
  /** Of those who reply, the share who become active and sell. */
  active: number;
}

export interface OutreachSimulationConfig {
  seed: number;
  variants: Record<string, VariantBehaviour>;
  /** Settings rows typed in before the run, as an operator would (name → value). */
  settings: Record<string, string | number>;
  /** Orders an active creator brings, at most; each between 1 and this many. */
  ordersPerActive: number;
  /** Gross sales of one order line, in the report currency: [low, high]. */
  orderGross: [number, number];
}

/**
 * Two openers, B much better than A at getting replies and at finding creators who sell. The
 * guard's minimum detectable lift is typed as 15 points (the Settings default is 5) so a demo of a
 * few hundred prospects can reach it: at a 5-point lift a 25% baseline needs over 1,100 contacts
 * per arm, which is weeks of a free Gmail account's 100 emails a day.
 */
export const DEFAULT_OUTREACH_CONFIG: OutreachSimulationConfig = {
  seed: 11,
  variants: {
    A: { reply: 0.15, optOut: 0.02, bounce: 0.03, active: 0.25 },
    B: { reply: 0.35, optOut: 0.02, bounce: 0.03, active: 0.45 },
  },
  settings: {
    'Outreach: minimum detectable lift': 0.15,
    'Sender postal address': '200 Example Avenue, Suite 4, Springfield, OR 97477',
    'Mail: read replies and bounces': 'on',
    'Follow-up mode': 'send',
  },
  ordersPerActive: 6,
  orderGross: [25, 90],
};

export interface DayProgress {
  day: string;
  sent: number;
  replies: number;
  optOuts: number;
  bounces: number;
  becameActive: number;
  /** The step-1 rows of OUTREACH_RESULTS: variant, contacted, replied, verdict. */
  arms: { variant: string; contacted: number; replied: number; verdict: string }[];
}

export interface OutreachSimulationResult {
  enrolMessage: string;
  days: DayProgress[];
  /** Every email the add-on sent, follow-ups included. */
  sent: (SentMail & { threadId: string })[];
  results: (string | number)[][];
}

type Fate = 'reply' | 'optOut' | 'bounce' | 'silent';

interface Creator {
  handle: string;
  email: string;
  variant: string;
  fate: Fate;
  /** The step after which they answer (1-based), and how many hours later. */
  answerStep: number;
  answerDelayHours: number;
  becomesActive: boolean;
  random: Random;
  emails: number;
  threadId?: string;
  answered: boolean;
}

function creatorOf(seed: number, handle: string, email: string, variant: string, config: OutreachSimulationConfig) {
  const random = new Random(hash32(`${seed}\u0000${handle}`));
  const behaviour = config.variants[variant] ?? config.variants[Object.keys(config.variants)[0]];
  const draw = random.next();
  const fate: Fate =
    draw < behaviour.bounce
      ? 'bounce'
      : draw < behaviour.bounce + behaviour.optOut
        ? 'optOut'
        : draw < behaviour.bounce + behaviour.optOut + behaviour.reply
          ? 'reply'
          : 'silent';
  return {
    handle,
    email,
    variant,
    fate,
    answerStep:
      fate === 'bounce'
        ? 1
        : random.weighted([
            [1, 5],
            [2, 3],
            [3, 2],
          ] as const),
    answerDelayHours: fate === 'bounce' ? 0 : random.int(2, 40),
    becomesActive: fate === 'reply' && random.chance(behaviour.active),
    random,
    emails: 0,
    answered: false,
  } satisfies Creator;
}

function tabOf(runtime: Runtime, role: Parameters<typeof ownedTabOf>[1]): SheetModel {
  const sheet = ownedTabOf(runtime.workbook, role);
  if (!sheet) throw new Error(`The workbook has no ${role} tab the add-on made`);
  return sheet;
}

function column(sheet: SheetModel, header: string): number {
  const index = sheet.rows[0].findIndex((cell) => normalizeHeader(cell.value) === normalizeHeader(header));
  if (index < 0) throw new Error(`The ${sheet.name} tab has no ${header} column`);
  return index;
}

function setCreatorStatus(runtime: Runtime, handle: string, status: string): void {
  const sheet = tabOf(runtime, CREATORS.name);
  const [h, s] = [column(sheet, 'Handle'), column(sheet, 'Status')];
  const row = sheet.rows.find((r, i) => i > 0 && r[h]?.value === handle);
  if (row) row[s] = { value: status };
}

/** A product with a unit cost to sell, from the Products tab. */
function productToSell(runtime: Runtime): { sku: string; product: string; unitCost: number } {
  const values = valuesOf(tabOf(runtime, PRODUCTS.name));
  const [header, ...rows] = values;
  const at = (name: string) => header.findIndex((cell) => normalizeHeader(cell) === normalizeHeader(name));
  const row = rows.find((r) => typeof r[at('Unit cost')] === 'number' && r[at('SKU')] !== '');
  if (!row) throw new Error('The Products tab has no product with a Unit cost to sell in the simulation');
  return { sku: String(row[at('SKU')]), product: String(row[at('Product')]), unitCost: Number(row[at('Unit cost')]) };
}

let orderSerial = 0;

/** Invented orders attributed to an active creator, appended to the Orders tab from `time` on. */
function appendOrders(runtime: Runtime, creator: Creator, time: Date, config: OutreachSimulationConfig): void {
  const sheet = tabOf(runtime, ORDERS.name);
  const product = productToSell(runtime);
  const count = creator.random.int(1, config.ordersPerActive);
  const headers = sheet.rows[0].map((cell) => String(cell.value));
  for (let i = 0; i < count; i++) {
    const [low, high] = config.orderGross;
    const gross = Math.round((low + creator.random.next() * (high - low)) * 100) / 100;
    const units = Math.max(1, Math.round(gross / Math.max(product.unitCost * 3, 1)));
    const cells: Record<string, CellValue> = {
      'Order ID': `5790${String(hash32(creator.handle)).padStart(10, '0')}${String(++orderSerial).padStart(5, '0')}`,
      Line: 1,
      Date: new Date(time.getTime() + i * DAY_MS),
      Handle: creator.handle,
      SKU: product.sku,
      Product: product.product,
      Units: units,
      'Gross sales': gross,
      'Seller discount': 0,
      Refund: 0,
      Status: 'completed',
      'Commission %': 0.15,
      Source: 'outreach simulation',
    };
    sheet.rows.push(headers.map((header) => ({ value: cells[header] ?? '' })));
  }
}

function enrolledVariants(runtime: Runtime): Map<string, string> {
  const log = valuesOf(tabOf(runtime, 'Creator Ops memory'));
  const variants = new Map<string, string>();
  for (const row of log) {
    if (!String(row[0]).startsWith('enrol|')) continue;
    const detail = JSON.parse(String(row[3])) as { handle: string; variant: string };
    variants.set(detail.handle, detail.variant);
  }
  return variants;
}

/** OUTREACH_RESULTS computed by the built add-on's custom function over the tabs as they are. */
export function outreachResultsNow(runtime: Runtime): (string | number)[][] {
  // A tab the workbook lacks is an argument left out, as a formula would leave it.
  const tab = (role: Parameters<typeof ownedTabOf>[1]) => {
    const sheet = ownedTabOf(runtime.workbook, role);
    return sheet ? valuesOf(sheet) : undefined;
  };
  if ((tab(OUTREACH_LOG_TAB)?.length ?? 0) < 2) return [];
  return runtime.callAs(
    'CUSTOM_FUNCTION',
    'OUTREACH_RESULTS',
    tab(OUTREACH_LOG_TAB),
    tab(CREATORS.name),
    tab(ORDERS.name),
    tab(SAMPLES.name),
    tab(PRODUCTS.name),
    tab(COSTS.name),
    tab(SETTINGS_TAB),
  ) as (string | number)[][];
}

function armsOf(results: readonly (string | number)[][]): DayProgress['arms'] {
  if (results.length < 2) return [];
  const [header, ...rows] = results;
  const at = (name: string) => header.indexOf(name);
  return rows
    .filter((row) => row[at('Step')] === 1 && row[at('Variant')] !== '')
    .map((row) => ({
      variant: String(row[at('Variant')]),
      contacted: Number(row[at('Contacted')]),
      replied: Number(row[at('Replied')]),
      verdict: String(row[at('Verdict')]),
    }));
}

/** What a creator does once an email of theirs is in, answering in Gmail when their time comes. */
function answer(runtime: Runtime, creator: Creator, now: Date, day: DayProgress, config: OutreachSimulationConfig) {
  if (creator.answered || creator.fate === 'silent' || !creator.threadId || creator.emails < creator.answerStep) return;
  if (creator.fate === 'bounce') {
    runtime.gmail.bounce(creator.threadId, { at: now });
    day.bounces++;
  } else if (creator.fate === 'optOut') {
    runtime.gmail.reply(creator.threadId, { from: creator.email, subject: 'Please stop emailing me', at: now });
    day.optOuts++;
  } else {
    runtime.gmail.reply(creator.threadId, { from: creator.email, body: 'Sounds good, tell me more!', at: now });
    day.replies++;
    if (creator.becomesActive) {
      // The operator recruits them: Status active, and their videos start selling.
      setCreatorStatus(runtime, creator.handle, 'active');
      appendOrders(runtime, creator, now, config);
      day.becameActive++;
    }
  }
  creator.answered = true;
}

export interface OutreachSimulationOptions {
  from: Date;
  days: number;
  config: OutreachSimulationConfig;
  /** Called at the end of each simulated day. */
  onDay?: (day: DayProgress) => void;
}

export function simulateOutreach(runtime: Runtime, options: OutreachSimulationOptions): OutreachSimulationResult {
  const { config } = options;
  runtime.clock.set(options.from);
  addOn(runtime).menuFollowUpsOn();
  // Follow-ups made their Settings rows (the postal address among them), enrolment makes the Outreach ones.
  const later = typeSettings(runtime, config.settings);
  const enrolMessage = addOn(runtime).enrol({}).message;
  for (const [name, value] of later) setSetting(runtime, name, value);
  const trigger = runtime.triggers.find((t) => t.handler === TRIGGER_HANDLER && t.owner === runtime.userEmail);
  if (!trigger) throw new Error('Turning follow-ups on installed no trigger');

  const variants = enrolledVariants(runtime);
  const creators = new Map<string, Creator>();
  const creatorsTab = valuesOf(tabOf(runtime, CREATORS.name));
  const [handleAt, emailAt] = ['Handle', 'Email'].map((h) =>
    creatorsTab[0].findIndex((cell) => normalizeHeader(cell) === normalizeHeader(h)),
  );
  for (const row of creatorsTab.slice(1)) {
    const handle = String(row[handleAt]);
    const variant = variants.get(handle);
    if (variant !== undefined)
      creators.set(
        String(row[emailAt]).trim().toLowerCase(),
        creatorOf(config.seed, handle, String(row[emailAt]).trim(), variant, config),
      );
  }

  const timeZone = runtime.workbook.timeZone;
  const outboxBefore = runtime.outbox.length;
  const days: DayProgress[] = [];
  let seen = runtime.gmail.sent.length;
  let day: DayProgress | undefined;
  const pending: { at: number; creator: Creator }[] = [];
  for (let hour = 0; hour < options.days * 24; hour++) {
    const now = new Date(options.from.getTime() + hour * HOUR_MS);
    const today = dayKey(now, timeZone);
    if (!day || day.day !== today) {
      if (day) finishDay(runtime, day, days, options);
      day = { day: today, sent: 0, replies: 0, optOuts: 0, bounces: 0, becameActive: 0, arms: [] };
    }
    runtime.clock.set(now);
    for (const due of pending.filter((p) => p.at <= now.getTime())) answer(runtime, due.creator, now, day, config);
    pending.splice(0, pending.length, ...pending.filter((p) => p.at > now.getTime()));
    runtime.fireTrigger(trigger);
    for (const message of runtime.gmail.sent.slice(seen)) {
      day.sent++;
      const creator = message.to.map((to) => creators.get(to.toLowerCase())).find(Boolean);
      if (!creator) continue;
      creator.emails++;
      creator.threadId ??= message.threadId;
      if (creator.emails === creator.answerStep && creator.fate !== 'silent')
        pending.push({ at: now.getTime() + creator.answerDelayHours * HOUR_MS, creator });
    }
    seen = runtime.gmail.sent.length;
  }
  if (day) finishDay(runtime, day, days, options);
  return {
    enrolMessage,
    days,
    sent: runtime.outbox.slice(outboxBefore).map((m) => ({ ...m, threadId: m.threadId ?? '' })),
    results: outreachResultsNow(runtime),
  };
}

/** Types each setting whose row the Settings tab has; returns the others. */
function typeSettings(runtime: Runtime, settings: Record<string, string | number>): [string, string | number][] {
  const names = new Set(valuesOf(tabOf(runtime, SETTINGS_TAB)).map((row) => normalizeHeader(row[0])));
  const missing: [string, string | number][] = [];
  for (const [name, value] of Object.entries(settings)) {
    if (names.has(normalizeHeader(name))) setSetting(runtime, name, value);
    else missing.push([name, value]);
  }
  return missing;
}

function finishDay(runtime: Runtime, day: DayProgress, days: DayProgress[], options: OutreachSimulationOptions): void {
  day.arms = armsOf(outreachResultsNow(runtime));
  days.push(day);
  options.onDay?.(day);
}
