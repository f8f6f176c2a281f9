/**
 * The managed Samples, Creators and Products tabs read into what the rules and templates need.
 * Their canonical headers are aliases of themselves, so the Organize readers read them as they are.
 */
import type { SourceKind } from '../aliases';
import { mapHeaders } from '../detect';
import { creatorReader } from '../records/creators';
import type { Fields } from '../records/fields';
import { productReader } from '../records/products';
import { sampleReader } from '../records/samples';
import type { Issue, RecordReader } from '../records/table';
import { FieldSlots, fieldsOf, readRows } from '../records/table';
import type { CreatorRecord, ProductRecord, SampleRecord } from '../records/types';
import { SOURCE_GONE } from '../schema';
import { cleanText } from '../values';

export interface CreatorContext {
  record: CreatorRecord;
  fields: Fields;
  /** Why the Email cell could not be read, when it holds something that is not one address. */
  emailProblem?: string;
}

export interface SampleContext {
  sample: SampleRecord;
  fields: Fields;
  /** The Source cell when it says the sample's source row is gone: Organize kept the row, flagged. */
  goneSource?: string;
  creator?: CreatorContext;
  product?: ProductRecord;
}

export interface FollowUpTabs {
  samples: readonly unknown[][];
  creators: readonly unknown[][];
  products: readonly unknown[][];
}

/** A tab's records, each with its fields by name (what templates read), and the reading's issues. */
function readTab<T>(
  tab: string,
  kind: SourceKind,
  values: readonly unknown[][],
  timeZone: string,
  readerOf: (slots: FieldSlots) => RecordReader<T>,
): { records: { record: T; fields: Fields }[]; issues: Issue[] } {
  const mapping = mapHeaders(kind, values[0] ?? []);
  const slots = new FieldSlots(mapping);
  const recordOf = readerOf(slots);
  const records: { record: T; fields: Fields }[] = [];
  const recordIssues: Issue[] = [];
  const { issues } = readRows({ tab, kind, headerRow: 0, mapping, values }, { timeZone }, () => {
    records.length = 0;
    recordIssues.length = 0;
    return (row) => {
      const record = recordOf(row, recordIssues);
      if (record !== undefined) records.push({ record, fields: fieldsOf(row, slots) });
    };
  });
  return { records, issues };
}

/** Every creator row by handle (the first row of a handle wins). */
export function readCreators(values: readonly unknown[][], timeZone: string): Map<string, CreatorContext> {
  const { records, issues } = readTab('Creators', 'creators', values, timeZone, creatorReader);
  const emailProblems = new Map(
    issues.filter((issue) => issue.column === 'Email').map((issue) => [issue.row, issue.problem]),
  );
  const byHandle = new Map<string, CreatorContext>();
  for (const { record, fields } of records) {
    if (byHandle.has(record.handle)) continue;
    byHandle.set(record.handle, { record, fields, emailProblem: emailProblems.get(record.source.row) });
  }
  return byHandle;
}

function readProducts(values: readonly unknown[][], timeZone: string): Map<string, ProductRecord> {
  const { records } = readTab('Products', 'products', values, timeZone, productReader);
  return new Map(records.map(({ record }) => [record.sku.toLowerCase(), record]));
}

/** Every sample row with its creator and product, in sheet order. */
export function readSampleContexts(tabs: FollowUpTabs, timeZone: string): SampleContext[] {
  const creators = readCreators(tabs.creators, timeZone);
  const products = readProducts(tabs.products, timeZone);
  const { records } = readTab('Samples', 'samples', tabs.samples, timeZone, sampleReader);
  const sourceColumn = (tabs.samples[0] ?? []).findIndex((header) => cleanText(header) === 'Source');
  const goneSourceOf = (sheetRow: number): string | undefined => {
    const source = sourceColumn < 0 ? '' : cleanText(tabs.samples[sheetRow - 1]?.[sourceColumn]);
    return source.endsWith(SOURCE_GONE) ? source : undefined;
  };
  return records.map(({ record: sample, fields }) => ({
    sample,
    fields,
    goneSource: goneSourceOf(sample.source.row),
    creator: sample.handle ? creators.get(sample.handle) : undefined,
    product: sample.sku ? products.get(sample.sku.toLowerCase()) : undefined,
  }));
}
