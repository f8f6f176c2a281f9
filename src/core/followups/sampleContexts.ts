/**
 * The managed Samples, Creators and Products tabs read into what the rules and templates need.
 * Their canonical headers are aliases of themselves, so the Organize readers read them as they are.
 */
import type { SourceKind } from '../aliases';
import { mapHeaders } from '../detect';
import { buildCreators } from '../records/creators';
import type { Fields } from '../records/fields';
import { buildProducts } from '../records/products';
import { buildSamples } from '../records/samples';
import type { ParsedRow } from '../records/table';
import { readTable } from '../records/table';
import type { CreatorRecord, ProductRecord, SampleRecord } from '../records/types';

export interface CreatorContext {
  record: CreatorRecord;
  fields: Fields;
  /** Why the Email cell could not be read, when it holds something that is not one address. */
  emailProblem?: string;
}

export interface SampleContext {
  sample: SampleRecord;
  fields: Fields;
  creator?: CreatorContext;
  product?: ProductRecord;
}

export interface FollowUpTabs {
  samples: readonly unknown[][];
  creators: readonly unknown[][];
  products: readonly unknown[][];
}

function parseTab(tab: string, kind: SourceKind, values: readonly unknown[][], timeZone: string) {
  const mapping = mapHeaders(kind, values[0] ?? []);
  return readTable({ tab, kind, headerRow: 0, mapping, values }, { timeZone });
}

function fieldsByRow(rows: readonly ParsedRow[]): Map<number, Fields> {
  return new Map(rows.map((row) => [row.source.row, row.fields]));
}

/** Every creator row by handle (the first row of a handle wins). */
export function readCreators(values: readonly unknown[][], timeZone: string): Map<string, CreatorContext> {
  const { rows, issues } = parseTab('Creators', 'creators', values, timeZone);
  const fields = fieldsByRow(rows);
  const emailProblems = new Map(
    issues.filter((issue) => issue.column === 'Email').map((issue) => [issue.row, issue.problem]),
  );
  const byHandle = new Map<string, CreatorContext>();
  for (const record of buildCreators(rows).records) {
    if (byHandle.has(record.handle)) continue;
    const row = record.source.row;
    byHandle.set(record.handle, { record, fields: fields.get(row) ?? {}, emailProblem: emailProblems.get(row) });
  }
  return byHandle;
}

function readProducts(values: readonly unknown[][], timeZone: string): Map<string, ProductRecord> {
  const { records } = buildProducts(parseTab('Products', 'products', values, timeZone).rows);
  return new Map(records.map((product) => [product.sku.toLowerCase(), product]));
}

/** Every sample row with its creator and product, in sheet order. */
export function readSampleContexts(tabs: FollowUpTabs, timeZone: string): SampleContext[] {
  const creators = readCreators(tabs.creators, timeZone);
  const products = readProducts(tabs.products, timeZone);
  const { rows } = parseTab('Samples', 'samples', tabs.samples, timeZone);
  const fields = fieldsByRow(rows);
  return buildSamples(rows).records.map((sample) => ({
    sample,
    fields: fields.get(sample.source.row) ?? {},
    creator: sample.handle ? creators.get(sample.handle) : undefined,
    product: sample.sku ? products.get(sample.sku.toLowerCase()) : undefined,
  }));
}
