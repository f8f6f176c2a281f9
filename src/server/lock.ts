/**
 * Runs work that must not overlap (a second Organize, two trigger runs) under the document lock,
 * flushing pending writes before the lock is released.
 */
import { BusyError } from '../core/errors';

const LOCK_WAIT_MS = 30 * 1000;

export function withDocumentLock<T>(what: string, work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    throw new BusyError(`${what} is already running in this spreadsheet. Try again in a minute.`);
  }
  return holding(lock, work);
}

/** For work that can simply skip a turn (a trigger run overlapping another run): undefined when the lock stays taken. */
export function unlessDocumentLocked<T>(work: () => T, waitMs = 0): T | undefined {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(waitMs)) return undefined;
  return holding(lock, work);
}

function holding<T>(lock: GoogleAppsScript.Lock.Lock, work: () => T): T {
  try {
    return work();
  } finally {
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}
