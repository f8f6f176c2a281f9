/**
 * What the add-on remembers of every message it tried to send, in its own hidden tab: the Follow-up
 * log is the operator's view and may be edited, sorted or deleted, but a key remembered here as
 * `sending` or `sent` is never sent again, whatever the log says. One row per key, keys as text.
 */
import { MEMORY_HEADERS } from '../schema';
import { cleanText } from '../values';

export const MEMORY_STATE = { sending: 'sending', sent: 'sent', failed: 'failed' } as const;
export type MemoryState = (typeof MEMORY_STATE)[keyof typeof MEMORY_STATE];

export interface Remembered {
  key: string;
  state: MemoryState;
  /** 1-based row in the memory tab. */
  row: number;
}

export interface SendMemory {
  keys: Map<string, Remembered>;
  /** The first row after the last one used. */
  nextRow: number;
}

const STATES: ReadonlySet<string> = new Set(Object.values(MEMORY_STATE));
const isState = (value: string): value is MemoryState => STATES.has(value);

export function readMemory(values: readonly unknown[][]): SendMemory {
  const keys = new Map<string, Remembered>();
  let nextRow = 2;
  values.forEach((row, index) => {
    if (index === 0) return;
    const key = cleanText(row[0]);
    const state = cleanText(row[1]).toLowerCase();
    if (key === '') return;
    nextRow = index + 2;
    // A key is written once and updated in place; should a copy appear, the stricter state wins.
    const earlier = keys.get(key);
    if (isState(state) && (!earlier || earlier.state === MEMORY_STATE.failed))
      keys.set(key, { key, state, row: index + 1 });
  });
  return { keys, nextRow };
}

/** A send was attempted and is not known to have failed: the message may have gone out. */
export function neverAgain(memory: SendMemory, key: string): boolean {
  const state = memory.keys.get(key)?.state;
  return state === MEMORY_STATE.sending || state === MEMORY_STATE.sent;
}

export function memoryRow(key: string, state: MemoryState, time: Date, detail = ''): (string | Date)[] {
  return [key, state, time, detail];
}

export const MEMORY_WIDTH = MEMORY_HEADERS.length;
