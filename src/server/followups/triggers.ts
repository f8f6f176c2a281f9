/**
 * The one clock trigger per user per spreadsheet (an editor add-on may hold only one), normally the
 * hourly follow-up run. Installing checks for an existing one first (a trigger installed twice is
 * how mail gets sent twice); removing takes every copy.
 *
 * An Organize run that reaches its time budget borrows the slot: the hourly trigger is replaced by
 * a one-off trigger of the same handler, which continues Organize (src/server/organizeInHourlyRun.ts)
 * and then gives the slot back to the hourly schedule if follow-ups were on. While it is lent,
 * whether follow-ups are on is what the pending continuation will restore, and turning them on or
 * off changes that, not the one-off trigger.
 */
import type { EntryPointName } from '../entryPoints';
import { withDocumentLock } from '../lock';
import { pendingContinuation, saveContinuation } from '../organizeContinuation';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The exported function in src/server/index.ts the trigger calls. */
export const FOLLOW_UP_HANDLER: EntryPointName = 'runFollowUps';

function followUpTriggers(spreadsheet: Spreadsheet): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(spreadsheet).filter((trigger) => trigger.getHandlerFunction() === FOLLOW_UP_HANDLER);
}

export function followUpsAreOn(spreadsheet: Spreadsheet): boolean {
  return pendingContinuation()?.followUpsOn ?? followUpTriggers(spreadsheet).length > 0;
}

/** True when this call installed the trigger, false when it was already there. */
export function installFollowUpTrigger(spreadsheet: Spreadsheet): boolean {
  return withDocumentLock('Turning follow-ups on', () => {
    const pending = pendingContinuation();
    if (pending) {
      if (pending.followUpsOn) return false;
      saveContinuation({ ...pending, followUpsOn: true });
      return true;
    }
    if (followUpsAreOn(spreadsheet)) return false;
    ScriptApp.newTrigger(FOLLOW_UP_HANDLER).timeBased().everyHours(1).create();
    return true;
  });
}

/** How many triggers were removed (0 when follow-ups were already off). */
export function removeFollowUpTriggers(spreadsheet: Spreadsheet): number {
  return withDocumentLock('Turning follow-ups off', () => {
    const pending = pendingContinuation();
    if (pending) {
      saveContinuation({ ...pending, followUpsOn: false });
      return pending.followUpsOn ? 1 : 0;
    }
    const triggers = followUpTriggers(spreadsheet);
    for (const trigger of triggers) ScriptApp.deleteTrigger(trigger);
    return triggers.length;
  });
}

/** Hands the slot to one run of the same handler `afterMs` from now; says whether the hourly trigger was there. */
export function lendClockSlot(spreadsheet: Spreadsheet, afterMs: number): boolean {
  const triggers = followUpTriggers(spreadsheet);
  for (const trigger of triggers) ScriptApp.deleteTrigger(trigger);
  ScriptApp.newTrigger(FOLLOW_UP_HANDLER).timeBased().after(afterMs).create();
  return triggers.length > 0;
}

/** Takes the one-off trigger back (a fired one stays listed until deleted) and, if follow-ups are on, the hourly one. */
export function restoreClockSlot(spreadsheet: Spreadsheet, followUpsOn: boolean): void {
  for (const trigger of followUpTriggers(spreadsheet)) ScriptApp.deleteTrigger(trigger);
  if (followUpsOn) ScriptApp.newTrigger(FOLLOW_UP_HANDLER).timeBased().everyHours(1).create();
}
