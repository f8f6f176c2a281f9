/**
 * The merge state, kept in a hidden tab because Properties hold too little (500 KB) for
 * the fingerprints of a large Orders tab: one row per record, `Tab, Key, Fingerprints`.
 */
import type { ManagedTabName } from '../schema';
import { MANAGED_TABS } from '../schema';

export { STATE_TAB } from '../schema';
import { fingerprintsText } from './fingerprint';
import type { MergeState } from './merge';

export const STATE_HEADERS = ['Tab', 'Key', 'Fingerprints'];

export function stateFromRows(rows: readonly unknown[][]): Partial<Record<ManagedTabName, MergeState>> {
  const state: Partial<Record<ManagedTabName, MergeState>> = {};
  const names = new Set<string>(MANAGED_TABS.map((t) => t.name));
  for (const [tab, key, fingerprints] of rows.slice(1)) {
    if (typeof tab !== 'string' || !names.has(tab)) continue;
    const map = (state[tab as ManagedTabName] ??= new Map());
    map.set(String(key), String(fingerprints));
  }
  return state;
}

export function stateToRows(state: Partial<Record<ManagedTabName, MergeState>>): string[][] {
  const rows = [STATE_HEADERS];
  for (const [tab, map] of Object.entries(state)) {
    for (const [key, fingerprints] of map ?? []) rows.push([tab, key, fingerprintsText(fingerprints)]);
  }
  return rows;
}
