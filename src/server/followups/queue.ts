/** The operator's answer to one email awaiting approval (a follow-up or an outreach step), found in its log by its key. */
import { LOG_STATUS, logColumns, readLog } from '../../core/followups/log';
import { OUTREACH_KEY } from '../../core/outreach/due';
import { headerColumn } from '../../core/aliases';
import { OUTREACH_STATUS, readOutreachLog } from '../../core/outreach/outreachLog';
import { FOLLOWUP_LOG_TAB, OUTREACH_LOG_TAB } from '../../core/schema';
import { findOwnedSheet } from '../ownership';
import { withDocumentLock } from '../lock';
import { readValues } from '../sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Approved, it goes out with the next run; skipped, it is never sent. */
export function decideQueuedFollowUp(spreadsheet: Spreadsheet, key: string, decision: 'approve' | 'skip'): void {
  if (key.startsWith(OUTREACH_KEY)) return decideQueuedOutreach(spreadsheet, key, decision);
  withDocumentLock('Answering a follow-up', () => {
    const sheet = findOwnedSheet(spreadsheet, FOLLOWUP_LOG_TAB);
    const values = sheet ? readValues(sheet) : [];
    const entry = readLog(values).entries.get(key);
    if (!sheet || !entry) throw new Error('That follow-up is no longer in the Follow-up log: refresh the list.');
    if (entry.state !== LOG_STATUS.awaiting)
      throw new Error(
        `That follow-up is no longer awaiting approval (its status is "${entry.status}"): refresh the list.`,
      );
    sheet
      .getRange(entry.row, logColumns(values[0]).Status + 1)
      .setValue(decision === 'approve' ? LOG_STATUS.approved : LOG_STATUS.skipped);
  });
}

function decideQueuedOutreach(spreadsheet: Spreadsheet, key: string, decision: 'approve' | 'skip'): void {
  withDocumentLock('Answering an outreach email', () => {
    const sheet = findOwnedSheet(spreadsheet, OUTREACH_LOG_TAB);
    const values = sheet ? readValues(sheet) : [];
    const entry = readOutreachLog(values, spreadsheet.getSpreadsheetTimeZone())
      .filter((row) => row.key === key)
      .pop();
    if (!sheet || !entry) throw new Error('That email is no longer in the Outreach log: refresh the list.');
    if (entry.status !== OUTREACH_STATUS.awaiting)
      throw new Error(`That email is no longer awaiting approval (its status is "${entry.status}"): refresh the list.`);
    const status = headerColumn(values[0] ?? [], 'Status');
    sheet
      .getRange(entry.row, status + 1)
      .setValue(decision === 'approve' ? OUTREACH_STATUS.approved : OUTREACH_STATUS.skipped);
  });
}
