/**
 * How far a long Organize run is, for the sidebar to poll while it waits: the run writes each step
 * to the document cache (shared by every execution on this spreadsheet, so a second sidebar sees it
 * too) and removes it when it ends.
 */
import type { OrganizeProgress } from './api';
import { continuationText, continuingNotice, pendingContinuation } from './organizeContinuation';

const KEY = 'organize:progress';
/** A run stops at 6 minutes; a step left behind by a crash must not show for longer. */
const EXPIRY_SECONDS = 7 * 60;

export interface Steps {
  next(text: string): void;
  /** Says how far the current step is, without moving to the next. */
  detail(text: string): void;
  end(): void;
}

export function recordSteps(steps: number): Steps {
  const cache = CacheService.getDocumentCache();
  let step = 0;
  const put = (text: string) => {
    const progress: OrganizeProgress = { step, steps, text };
    cache?.put(KEY, JSON.stringify(progress), EXPIRY_SECONDS);
  };
  return {
    next(text) {
      step = Math.min(step + 1, steps);
      put(text);
    },
    detail(text) {
      put(text);
    },
    end() {
      cache?.remove(KEY);
    },
  };
}

/** The running step, else (between the parts of a run that reached its time budget) how far it got. */
export function currentProgress(): OrganizeProgress | null {
  const json = CacheService.getDocumentCache()?.get(KEY);
  if (!json) {
    const pending = pendingContinuation();
    return pending
      ? {
          step: pending.rowsDone,
          steps: pending.rows,
          text: continuingNotice(continuationText(pending)),
          background: true,
        }
      : null;
  }
  try {
    return JSON.parse(json) as OrganizeProgress;
  } catch {
    return null;
  }
}
