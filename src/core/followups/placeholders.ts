/**
 * What a template's placeholders stand for: every Samples and Creators column by its header
 * (`{{Promo code}}`; `{{creator Status}}` / `{{sample Status}}` where both tabs have the column,
 * unprefixed meaning the sample's), plus product, brand, due date, tracking link, first name and
 * sender name. Values are plain text as a person would write them.
 */
import { normalizeHeader } from '../aliases';
import type { Fields } from '../records/fields';
import type { Money } from '../cells';
import type { ProductRecord } from '../records/types';
import type { FieldSpec } from '../schema';
import { CREATORS, SAMPLES } from '../schema';
import { cleanText, dayKey, plainNumberString } from '../values';
import type { MergeValues } from './templates';
import { trackingLink } from './tracking';

export interface MergeSources {
  sample: Fields;
  creator?: Fields;
  product?: ProductRecord;
  /** The due date the sample works to ('YYYY-MM-DD'), stated or implied. */
  dueDay?: string;
  senderName: string;
  timeZone: string;
}

const DAY_FORMAT = new Intl.DateTimeFormat('en-US', {
  timeZone: 'UTC',
  weekday: 'long',
  month: 'long',
  day: 'numeric',
});

/** 'Friday, March 20' from '2026-03-20'. */
export function formatDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return DAY_FORMAT.format(new Date(Date.UTC(year, month - 1, date)));
}

function formatField(spec: FieldSpec, value: unknown, timeZone: string): string {
  if (value === undefined || value === null) return '';
  if (value instanceof Date) return formatDay(dayKey(value, timeZone));
  if (spec.kind === 'money') {
    const money = value as Money;
    return `${money.amount.toFixed(2)}${money.currency ? ` ${money.currency}` : ''}`;
  }
  if (spec.kind === 'percent') return `${plainNumberString(Math.round((value as number) * 10000) / 100)}%`;
  return cleanText(value);
}

function addFields(
  values: MergeValues,
  prefix: string,
  specs: readonly FieldSpec[],
  fields: Fields | undefined,
  timeZone: string,
): void {
  for (const spec of specs) {
    const text = formatField(spec, fields?.[spec.header], timeZone);
    values.set(normalizeHeader(`${prefix} ${spec.header}`), text);
    const plain = normalizeHeader(spec.header);
    if (!values.has(plain)) values.set(plain, text);
  }
}

function firstName(creator: Fields | undefined): string {
  return cleanText(creator?.Name).split(/\s+/)[0] ?? '';
}

export function mergeValues(sources: MergeSources): MergeValues {
  const { sample, creator, product, timeZone } = sources;
  const values: MergeValues = new Map();
  addFields(values, 'sample', SAMPLES.fields, sample, timeZone);
  addFields(values, 'creator', CREATORS.fields, creator, timeZone);
  const sku = cleanText(sample.SKU);
  values.set(normalizeHeader('first name'), firstName(creator));
  values.set(normalizeHeader('product'), product?.product ?? sku);
  values.set(normalizeHeader('brand'), product?.brand ?? cleanText(creator?.Brand));
  values.set(normalizeHeader('due date'), sources.dueDay ? formatDay(sources.dueDay) : '');
  values.set(normalizeHeader('tracking link'), trackingLink(cleanText(sample.Carrier), cleanText(sample.Tracking)));
  values.set(normalizeHeader('sender name'), sources.senderName);
  return values;
}

/**
 * What an outreach template's placeholders stand for: the creator's columns by header (`{{Handle}}`,
 * `{{Niche}}`), plus first name, brand (the creator's Brand) and sender name; there is no sample yet.
 */
export function creatorMergeValues(creator: Fields, senderName: string, timeZone: string): MergeValues {
  const values: MergeValues = new Map();
  addFields(values, 'creator', CREATORS.fields, creator, timeZone);
  values.set(normalizeHeader('first name'), firstName(creator));
  values.set(normalizeHeader('brand'), cleanText(creator.Brand));
  values.set(normalizeHeader('sender name'), senderName);
  return values;
}
