/**
 * Reads every detected source tab into records of its kind.
 */
import type { SourceKind } from '../aliases';
import { costReader } from '../records/costs';
import { creatorReader } from '../records/creators';
import { numberLines, orderLineReader, ON_DEMAND_FIELDS } from '../records/orders';
import { productReader } from '../records/products';
import { sampleReader } from '../records/samples';
import { shopOfOrderExport } from '../records/sellerCenter';
import { settlementLineReader } from '../records/settlement';
import type { Issue, MappedTable, ReadOptions, RecordReader, SourceRef } from '../records/table';
import { FieldSlots, readRows } from '../records/table';
import type {
  CostRecord,
  CreatorRecord,
  OrderLine,
  ProductRecord,
  SampleRecord,
  SettlementLine,
} from '../records/types';

/** What became of one source tab's rows: each data row gives a record, or is refused (its issues say why). */
export interface TableOutcome {
  tab: string;
  kind: SourceKind;
  /** Data rows read (blank rows and exact copies of an earlier row are not counted). */
  rows: number;
  /** 1-based sheet rows that gave no record. */
  refusedRows: number[];
}

export interface Collected {
  creators: CreatorRecord[];
  samples: SampleRecord[];
  /** Lines from order exports and operators' order sheets. */
  orders: OrderLine[];
  /** Lines from affiliate-orders exports: they carry the creator and commission. */
  affiliate: OrderLine[];
  /** Lines of settlement statements: the real platform fees. */
  settlement: SettlementLine[];
  products: ProductRecord[];
  costs: CostRecord[];
  issues: Issue[];
  outcomes: TableOutcome[];
}

/** The records of one tab's rows go into `into`; what the rows gave goes into `collected`'s issues and outcomes. */
function readRecords<T extends { source: SourceRef }>(
  table: MappedTable,
  options: ReadOptions,
  collected: Collected,
  into: T[],
  readerOf: (slots: FieldSlots) => RecordReader<T>,
): T[] {
  const recordOf = readerOf(new FieldSlots(table.mapping));
  let records: T[] = [];
  let recordIssues: Issue[] = [];
  let unrecorded: number[] = [];
  const read = readRows(table, options, () => {
    [records, recordIssues, unrecorded] = [[], [], []];
    return (row) => {
      const record = recordOf(row, recordIssues);
      if (record) records.push(record);
      else unrecorded.push(row.source.row);
    };
  });
  for (let i = 0; i < records.length; i++) into.push(records[i]);
  collected.issues.push(...read.issues, ...recordIssues);
  collected.outcomes.push({
    tab: table.tab,
    kind: table.kind,
    rows: read.visited + read.refusedRows.length,
    refusedRows: [...read.refusedRows, ...unrecorded],
  });
  return records;
}

export function collectSources(tables: readonly MappedTable[], options: ReadOptions): Collected {
  const collected: Collected = {
    creators: [],
    samples: [],
    orders: [],
    affiliate: [],
    settlement: [],
    products: [],
    costs: [],
    issues: [],
    outcomes: [],
  };
  for (const table of tables) {
    const read = <T extends { source: SourceRef }>(
      into: T[],
      readerOf: (slots: FieldSlots) => RecordReader<T>,
      readOptions = options,
    ) => readRecords(table, readOptions, collected, into, readerOf);
    switch (table.kind) {
      case 'creators':
        read(collected.creators, creatorReader);
        break;
      case 'samples':
        read(collected.samples, sampleReader);
        break;
      case 'orders':
      case 'affiliate': {
        // A Seller Center "All order" export writes times in its shop's zone and convention.
        const shop = table.kind === 'orders' ? shopOfOrderExport(table.values[table.headerRow] ?? []) : undefined;
        const shopOptions = shop ? { timeZone: shop.timeZone, dateOrder: shop.dateOrder } : {};
        const readOptions = { ...options, ...shopOptions, onDemand: ON_DEMAND_FIELDS };
        const into = table.kind === 'orders' ? collected.orders : collected.affiliate;
        numberLines(read(into, (slots) => orderLineReader(slots, shop), readOptions));
        break;
      }
      case 'settlement':
        read(collected.settlement, settlementLineReader);
        break;
      case 'products':
        read(collected.products, productReader);
        break;
      case 'costs':
        read(collected.costs, costReader);
        break;
    }
  }
  return collected;
}
