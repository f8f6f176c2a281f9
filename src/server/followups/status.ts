/**
 * What the last follow-up run did, kept in a document property for the sidebar: add-on triggers
 * email no errors, so this and the Follow-up log are where a failure shows.
 */
import type { LogEntry } from '../../core/followups/log';
import type { RunReport } from '../api';

const STATUS_KEY = 'followUps:lastRun';
/** Keeps the property far below Apps Script's 9 KB a value. */
const UNCONFIRMED_SHOWN = 20;

export function newReport(at: Date, unconfirmed: readonly LogEntry[] = []): RunReport {
  return {
    at: at.toISOString(),
    outcome: 'done',
    sent: 0,
    queued: 0,
    held: 0,
    failed: 0,
    expired: 0,
    waiting: 0,
    deferred: 0,
    replies: 0,
    bounces: 0,
    optOuts: 0,
    unconfirmed: unconfirmed.slice(0, UNCONFIRMED_SHOWN).map(({ row, key }) => ({ row, key })),
  };
}

export function saveRunReport(report: RunReport): void {
  PropertiesService.getDocumentProperties().setProperty(STATUS_KEY, JSON.stringify(report));
}

export function loadRunReport(): RunReport | undefined {
  const json = PropertiesService.getDocumentProperties().getProperty(STATUS_KEY);
  if (!json) return undefined;
  try {
    return JSON.parse(json) as RunReport;
  } catch {
    return undefined;
  }
}
