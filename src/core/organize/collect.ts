/**
 * Reads every detected source tab into records of its kind.
 */
import type { SourceKind } from '../aliases';
import { buildCosts } from '../records/costs';
import { buildCreators } from '../records/creators';
import { buildOrderLines } from '../records/orders';
import { buildProducts } from '../records/products';
import { buildSamples } from '../records/samples';
import type { Issue, MappedTable, ReadOptions } from '../records/table';
import { readTable } from '../records/table';
import type { CostRecord, CreatorRecord, OrderLine, ProductRecord, SampleRecord } from '../records/types';

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
    products: [],
    costs: [],
    issues: [],
    outcomes: [],
  };
  for (const table of tables) {
    const { rows, issues } = readTable(table, options);
    collected.issues.push(...issues);
    const built = buildRecords(table, table.kind, rows);
    collected.issues.push(...built.issues);
    const recorded = new Set(built.records.map((record) => record.source.row));
    collected.outcomes.push({
      tab: table.tab,
      kind: table.kind,
      rows: rows.length,
      refusedRows: rows.filter((row) => !recorded.has(row.source.row)).map((row) => row.source.row),
    });
  }
  return collected;

  function buildRecords(
    table: MappedTable,
    kind: SourceKind,
    rows: Parameters<typeof buildCreators>[0],
  ): { records: readonly { source: { row: number } }[]; issues: Issue[] } {
    switch (kind) {
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
        const built = buildOrderLines(table, rows);
        (kind === 'orders' ? collected.orders : collected.affiliate).push(...built.records);
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
