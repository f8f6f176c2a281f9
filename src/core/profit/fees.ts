/**
 * Platform fees estimated from Settings, for lines whose Platform fee cell is blank: the
 * `Platform fee % XX` row of the line's region, as Organize estimates them (records/orders.ts).
 * The region is the line's Region cell as a code (`GB` reads as `UK`), else the region of its
 * currency. A line whose region is unknown, or has no fee row, is collected and the report stops
 * with the list: an unknown fee is never taken as 0.
 */
import type { Settings } from '../settings';
import { regionOfCurrency } from '../settings';
import { regionCode } from '../values';
import type { RangeReader } from './columns';
import { listed } from './listing';

export class FeeBook {
  /** Region code, or null when the text names no region, by Region cell text. */
  private readonly codes = new Map<string, string | null>();
  /** Rows of the lines that could not be estimated, by what to fix. */
  private readonly unknown = new Map<string, string[]>();

  constructor(private readonly settings: Pick<Settings, 'platformFeeByRegion' | 'reportCurrency'>) {}

  private codeOf(region: string): string | null {
    let code = this.codes.get(region);
    if (code === undefined) {
      code = regionCode(region) ?? null;
      this.codes.set(region, code);
    }
    return code;
  }

  /** The fee % of a line's region, as a fraction; NaN, and noted for the error, when it is unknown. */
  feePct(region: string | undefined, currency: string | undefined, range: RangeReader, row: number): number {
    const code =
      region === undefined ? regionOfCurrency(currency ?? this.settings.reportCurrency) : this.codeOf(region);
    const pct = code ? this.settings.platformFeeByRegion[code] : undefined;
    if (pct !== undefined) return pct;
    const problem =
      region !== undefined && !code
        ? `Region "${region}" is not a region code (US, UK, ...): write the shop's region code`
        : code
          ? `No platform fee % for region ${code} in Settings: add a row "Platform fee % ${code}" with TikTok Shop's fee on net revenue`
          : 'No region for the line, so its platform fee cannot be estimated: add a Region column (US, UK, ...)';
    const rows = this.unknown.get(problem) ?? [];
    rows.push(range.rowLabel(row));
    this.unknown.set(problem, rows);
    return NaN;
  }

  /** The problems to fix when any fee the report needed could not be estimated. */
  problems(): string[] {
    return [...this.unknown].map(([problem, rows]) => `${problem}, or fill in Platform fee on ${listed(rows)}.`);
  }
}
