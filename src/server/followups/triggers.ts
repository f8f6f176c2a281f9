/**
 * The one hourly trigger per user per spreadsheet that runs follow-ups. Installing checks for an
 * existing one first (an add-on may hold only one clock trigger per user per document, and a
 * trigger installed twice is how mail gets sent twice); removing takes every copy.
 */
import type { EntryPointName } from '../entryPoints';
import { withDocumentLock } from '../lock';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The exported function in src/server/index.ts the trigger calls. */
export const FOLLOW_UP_HANDLER: EntryPointName = 'runFollowUps';

function followUpTriggers(spreadsheet: Spreadsheet): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(spreadsheet).filter((trigger) => trigger.getHandlerFunction() === FOLLOW_UP_HANDLER);
}

export function followUpsAreOn(spreadsheet: Spreadsheet): boolean {
  return followUpTriggers(spreadsheet).length > 0;
}

/** True when this call installed the trigger, false when it was already there. */
export function installFollowUpTrigger(spreadsheet: Spreadsheet): boolean {
  return withDocumentLock('Turning follow-ups on', () => {
    if (followUpsAreOn(spreadsheet)) return false;
    ScriptApp.newTrigger(FOLLOW_UP_HANDLER).timeBased().everyHours(1).create();
    return true;
  });
}

/** How many triggers were removed (0 when follow-ups were already off). */
export function removeFollowUpTriggers(spreadsheet: Spreadsheet): number {
  return withDocumentLock('Turning follow-ups off', () => {
    const triggers = followUpTriggers(spreadsheet);
    for (const trigger of triggers) ScriptApp.deleteTrigger(trigger);
    return triggers.length;
  });
}
