/**
 * One creator across handle changes (a TikTok username can change every 30 days). A creator's
 * earlier handles come from an Aliases column of a source list ("Previous handle", "Old username")
 * or from what the operator typed into the managed Creators tab's Aliases cell; every row under an
 * earlier handle is organized under the current one, so its history follows into every formula.
 */
import type { Issue, SourceRef } from '../records/table';
import { readTable, sourceLabel } from '../records/table';
import type { CreatorRecord } from '../records/types';
import type { TabSpec } from '../schema';
import { CREATORS } from '../schema';
import { normalizeHandle } from '../values';
import type { ExistingTab } from './merge';

/** A source row or Creators cell saying `alias` is an earlier handle of `handle`. */
export interface AliasClaim {
  handle: string;
  alias: string;
  source: SourceRef;
}

export class CurrentHandles {
  /** Earlier handle → the handle it changed to (which may itself have changed since). */
  private readonly changedTo = new Map<string, string>();

  /** Claims are taken in order: a claim that contradicts an earlier one is reported and left out. */
  constructor(claims: readonly AliasClaim[], issues: Issue[]) {
    for (const claim of claims) this.add(claim, issues);
  }

  get size(): number {
    return this.changedTo.size;
  }

  /** The handle the creator goes by now. */
  of(handle: string): string;
  of(handle: string | undefined): string | undefined;
  of(handle: string | undefined): string | undefined {
    let current = handle;
    while (current !== undefined && this.changedTo.has(current)) current = this.changedTo.get(current);
    return current;
  }

  isEarlier(handle: string): boolean {
    return this.changedTo.has(handle);
  }

  /** Each current handle with its earlier handles, in the order they were claimed. */
  earlierHandles(): Map<string, string[]> {
    const byCurrent = new Map<string, string[]>();
    for (const alias of this.changedTo.keys()) {
      const current = this.of(alias);
      const list = byCurrent.get(current);
      if (list) list.push(alias);
      else byCurrent.set(current, [alias]);
    }
    return byCurrent;
  }

  private add({ handle, alias, source }: AliasClaim, issues: Issue[]): void {
    if (alias === handle) return;
    const current = this.of(handle);
    const claimedFor = this.changedTo.get(alias);
    if (claimedFor === undefined && current !== alias) {
      this.changedTo.set(alias, handle);
      return;
    }
    if (claimedFor !== undefined && this.of(claimedFor) === current) return; // the same, said twice
    const problem =
      claimedFor !== undefined
        ? `@${alias} is already an earlier handle of @${claimedFor}; kept that. A handle belongs to one creator: remove it from one of the two Aliases`
        : `@${handle} is already an earlier handle of @${alias}, so @${alias} cannot be an earlier handle of @${handle}; kept the first. Remove one of the two from Aliases`;
    issues.push({ ...source, column: 'Aliases', value: alias, problem });
  }
}

/** The earlier handles source creator lists give in their Aliases column. */
export function claimsOfSources(creators: readonly CreatorRecord[]): AliasClaim[] {
  return creators.flatMap(({ handle, aliases, source }) => (aliases ?? []).map((alias) => ({ handle, alias, source })));
}

/**
 * The earlier handles the operator typed into the managed Creators tab's Aliases cells (what Organize
 * wrote there last time included): the tab remembers them from one run to the next.
 */
export function claimsTypedInCreators(existing: ExistingTab | undefined, issues: Issue[]): AliasClaim[] {
  const values = existing?.values ?? [];
  const handleColumn = headerIndex(values, 'Handle');
  const aliasesColumn = headerIndex(values, 'Aliases');
  if (handleColumn < 0 || aliasesColumn < 0) return [];
  const mapping = { Handle: handleColumn, Aliases: aliasesColumn };
  const read = readTable({ tab: CREATORS.name, kind: 'creators', headerRow: 0, mapping, values }, { timeZone: 'UTC' });
  issues.push(...read.issues.filter((issue) => issue.column === 'Aliases'));
  return read.rows.flatMap(({ fields, source }) => {
    const handle = fields.Handle;
    const aliases = fields.Aliases;
    if (typeof handle !== 'string' || !Array.isArray(aliases)) return [];
    return (aliases as string[]).map((alias) => ({ handle, alias, source }));
  });
}

/**
 * A managed tab as the operator left it, with earlier handles in its Handle column read as the
 * current ones, so its rows meet the freshly organized records under the same key (a Costs row's
 * key includes the handle: it would otherwise be kept twice, and counted twice).
 */
export function withCurrentHandles(
  spec: TabSpec,
  existing: ExistingTab | undefined,
  handles: CurrentHandles,
): ExistingTab | undefined {
  if (!existing || handles.size === 0 || spec.name === CREATORS.name) return existing;
  const column = headerIndex(existing.values, 'Handle');
  if (column < 0) return existing;
  const values = existing.values.map((row, index) => {
    const handle = index === 0 ? null : normalizeHandle(row[column]).value;
    if (!handle || !handles.isEarlier(handle)) return row;
    const current = row.slice();
    current[column] = handles.of(handle);
    return current;
  });
  return { ...existing, values };
}

/**
 * Two handles with one email or promo code are probably one creator under two usernames: said once
 * per pair, with how to make them one.
 */
export function reportProbableRenames(creators: readonly CreatorRecord[], issues: Issue[]): void {
  const pairs = new Set<string>();
  for (const [field, header] of [
    ['email', 'Email'],
    ['promoCode', 'Promo code'],
  ] as const) {
    const firstWith = new Map<string, CreatorRecord>();
    for (const creator of creators) {
      const value = creator[field];
      if (!value) continue;
      const first = firstWith.get(value.toLowerCase());
      if (!first) {
        firstWith.set(value.toLowerCase(), creator);
        continue;
      }
      const pair = `${first.handle} ${creator.handle}`;
      if (pairs.has(pair)) continue;
      pairs.add(pair);
      issues.push({
        ...creator.source,
        column: header,
        value,
        problem:
          `@${creator.handle} has the same ${header} as @${first.handle} (${sourceLabel(first.source)}): probably one creator who changed username. ` +
          `If so, write the earlier handle into the Aliases cell of the current one on the Creators tab (e.g. ${first.handle} in the row of @${creator.handle}); ` +
          'the next Organize puts all their samples, orders and costs under the current handle',
      });
    }
  }
}

/** The column of a tab's values whose header reads `header` (any case), or -1. */
export function headerIndex(values: readonly unknown[][], header: string): number {
  return (values[0] ?? []).findIndex((cell) => String(cell).trim().toLowerCase() === header.toLowerCase());
}
