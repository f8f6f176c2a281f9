/**
 * Real platform fees from pasted settlement statements, per Order ID + SKU ID. A line may be in
 * more than one statement (settled, then a refund); its fees add up.
 */
import { roundCents } from '../cents';
import type { Issue } from '../records/table';
import type { SettlementLine } from '../records/types';
import { rowList } from '../wording';

export const settlementKey = (orderId: string, skuId: string | undefined): string => `${orderId}|${skuId ?? ''}`;

export class SettlementFees {
  private readonly byLine = new Map<string, { fee: number; lines: SettlementLine[]; used: boolean }>();

  constructor(lines: readonly SettlementLine[]) {
    for (const line of lines) {
      if (line.isSample) continue;
      const key = settlementKey(line.orderId, line.skuId);
      const entry = this.byLine.get(key);
      if (entry) {
        entry.fee = roundCents(entry.fee + line.platformFee);
        entry.lines.push(line);
      } else this.byLine.set(key, { fee: line.platformFee, lines: [line], used: false });
    }
  }

  /** The real platform fee of an order line, or undefined when no statement has it. */
  feeOf(orderId: string, skuId: string | undefined): number | undefined {
    if (this.byLine.size === 0) return undefined;
    const entry = this.byLine.get(settlementKey(orderId, skuId));
    if (!entry) return undefined;
    entry.used = true;
    return entry.fee;
  }

  /** One issue per statement tab whose lines match no order line: their fees are counted nowhere. */
  unmatchedIssues(): Issue[] {
    const byTab = new Map<string, SettlementLine[]>();
    for (const { lines, used } of this.byLine.values()) {
      if (used) continue;
      for (const line of lines) {
        const list = byTab.get(line.source.tab);
        if (list) list.push(line);
        else byTab.set(line.source.tab, [line]);
      }
    }
    return [...byTab.entries()].map(([tab, lines]) => {
      const rows = lines.map((l) => l.source.row).sort((a, b) => a - b);
      return {
        tab,
        row: rows[0],
        column: 'Order ID',
        value: lines[0].orderId,
        problem:
          `${rows.length} statement ${rows.length === 1 ? 'line matches' : 'lines match'} no order line in any orders export ` +
          `(${rowList(rows)}), so their fees are not counted: ` +
          'paste the order export that has those orders.',
      };
    });
  }
}
