/** The operator's answer to one follow-up awaiting approval, found in the log by its key. */
import { LOG_COLUMN, LOG_STATUS, readLog } from '../../core/followups/log';
import { FOLLOWUP_LOG_TAB } from '../../core/schema';
import { findOwnedSheet } from '../ownership';
import { withDocumentLock } from '../lock';
import { readValues } from '../sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Approved, it goes out with the next run; skipped, it is never sent. */
export function decideQueuedFollowUp(spreadsheet: Spreadsheet, key: string, decision: 'approve' | 'skip'): void {
  withDocumentLock('Answering a follow-up', () => {
    const sheet = findOwnedSheet(spreadsheet, FOLLOWUP_LOG_TAB);
    const entry = sheet && readLog(readValues(sheet)).entries.get(key);
    if (!sheet || !entry) throw new Error('That follow-up is no longer in the Follow-up log: refresh the list.');
    if (entry.state !== LOG_STATUS.awaiting)
      throw new Error(
        `That follow-up is no longer awaiting approval (its status is "${entry.status}"): refresh the list.`,
      );
    sheet
      .getRange(entry.row, LOG_COLUMN.Status)
      .setValue(decision === 'approve' ? LOG_STATUS.approved : LOG_STATUS.skipped);
  });
}
