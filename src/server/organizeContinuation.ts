/**
 * Where an Organize run that reached its time budget stopped, kept in the document's properties
 * for the one-off trigger that continues it. It belongs to the user whose trigger runs it (an
 * add-on's triggers run as the user who made them).
 */

const KEY = 'organize:continuation';

export interface Continuation {
  owner: string;
  /** The managed tab being written when the run stopped, and how far: data rows written of its rows. */
  tab: string;
  rowsDone: number;
  rows: number;
  /** The source tabs' fingerprint when the run began: a change means the next part starts over. */
  sources: string;
  /** Whether the hourly follow-up trigger goes back once Organize is done (it lent its slot). */
  followUpsOn: boolean;
  /** Parts run so far. */
  parts: number;
  /** The run's own time (ISO): every part organizes as of it, so sample statuses agree across parts. */
  now: string;
}

const currentUser = (): string => Session.getEffectiveUser().getEmail();

/** The current user's pending continuation on this spreadsheet, if any. */
export function pendingContinuation(): Continuation | null {
  const json = PropertiesService.getDocumentProperties().getProperty(KEY);
  if (!json) return null;
  try {
    const continuation = JSON.parse(json) as Continuation;
    return continuation.owner === currentUser() ? continuation : null;
  } catch {
    return null;
  }
}

export function saveContinuation(continuation: Omit<Continuation, 'owner'>): void {
  PropertiesService.getDocumentProperties().setProperty(KEY, JSON.stringify({ ...continuation, owner: currentUser() }));
}

export function clearContinuation(): void {
  PropertiesService.getDocumentProperties().deleteProperty(KEY);
}

/** What the toast and the sidebar say between two parts. */
export function continuingNotice(progress: string): string {
  return `${progress} written; Organize continues in the background in a minute.`;
}

/** "Orders: 60,000 of 100,000". */
export function continuationText({ tab, rowsDone, rows }: Pick<Continuation, 'tab' | 'rowsDone' | 'rows'>): string {
  return `${tab}: ${rowsDone.toLocaleString('en-US')} of ${rows.toLocaleString('en-US')}`;
}
