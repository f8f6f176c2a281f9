/**
 * How far a long Organize run is, for the sidebar to poll while it waits: the run writes each step
 * to the document cache (shared by every execution on this spreadsheet, so a second sidebar sees it
 * too) and removes it when it ends.
 */
import type { OrganizeProgress } from './api';

const KEY = 'organize:progress';
/** A run stops at 6 minutes; a step left behind by a crash must not show for longer. */
const EXPIRY_SECONDS = 7 * 60;

export interface Steps {
  next(text: string): void;
  end(): void;
}

export function recordSteps(steps: number): Steps {
  const cache = CacheService.getDocumentCache();
  let step = 0;
  return {
    next(text) {
      step = Math.min(step + 1, steps);
      const progress: OrganizeProgress = { step, steps, text };
      cache?.put(KEY, JSON.stringify(progress), EXPIRY_SECONDS);
    },
    end() {
      cache?.remove(KEY);
    },
  };
}

export function currentProgress(): OrganizeProgress | null {
  const json = CacheService.getDocumentCache()?.get(KEY);
  if (!json) return null;
  try {
    return JSON.parse(json) as OrganizeProgress;
  } catch {
    return null;
  }
}
