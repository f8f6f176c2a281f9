/**
 * Reads every detected source tab into records of its kind.
 */
import type { SourceKind } from '../aliases';
import { buildCosts } from '../records/costs';
import { buildCreators } from '../records/creators';
import { buildOrderLines } from '../records/orders';
import { buildProducts } from '../records/products';
import { buildSamples } from '../records/samples';
import { shopOfOrderExport } from '../records/sellerCenter';
import { buildSettlementLines } from '../records/settlement';
import type { Issue, MappedTable, ParsedRow, ReadOptions } from '../records/table';
import { readTable } from '../records/table';
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
    // A Seller Center "All order" export writes times in its shop's zone and convention.
    const shop = table.kind === 'orders' ? shopOfOrderExport(table.values[table.headerRow] ?? []) : undefined;
    const readOptions = shop ? { ...options, timeZone: shop.timeZone, dateOrder: shop.dateOrder } : options;
    const { rows, issues, refusedRows } = readTable(table, readOptions);
    collected.issues.push(...issues);
    const built = buildRecords(table, rows, shop);
    collected.issues.push(...built.issues);
    const recorded = new Set(built.records.map((record) => record.source.row));
    collected.outcomes.push({
      tab: table.tab,
      kind: table.kind,
      rows: rows.length + refusedRows.length,
      refusedRows: [
        ...refusedRows,
        ...rows.filter((row) => !recorded.has(row.source.row)).map((row) => row.source.row),
      ],
    });
  }
  return collected;

  function buildRecords(
    table: MappedTable,
    rows: readonly ParsedRow[],
    shop: ReturnType<typeof shopOfOrderExport>,
  ): { records: readonly { source: { row: number } }[]; issues: readonly Issue[] } {
    switch (table.kind) {
      case 'creators': {
        const built = buildCreators(rows);
        collected.creators.push(...built.records);
        return built;
      }
      case 'samples': {
        const built = buildSamples(rows);
        collected.samples.push(...built.records);
        return built;
      }
      case 'orders':
      case 'affiliate': {
        const built = buildOrderLines(rows, shop);
        (table.kind === 'orders' ? collected.orders : collected.affiliate).push(...built.records);
        return built;
      }
      case 'settlement': {
        const built = buildSettlementLines(rows);
        collected.settlement.push(...built.records);
        return built;
      }
      case 'products': {
        const built = buildProducts(rows);
        collected.products.push(...built.records);
        return built;
      }
      case 'costs': {
        const built = buildCosts(rows);
        collected.costs.push(...built.records);
        return built;
      }
    }
  }
}
