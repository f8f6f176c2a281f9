/**
 * What the hourly trigger does before follow-ups: continue an Organize that reached its time budget
 * (the continuation borrows this trigger's slot, see followups/triggers.ts), or, when the operator
 * asked for it in Settings, organize when a source tab changed since the last Organize, so
 * follow-ups never work from a stale Samples tab. Whether a tab changed is decided without reading
 * the order exports' every cell: from the edits a person made since (sourceEdits.ts), and from a
 * fingerprint (sourceFingerprint.ts) of every row of the tabs follow-ups mail from and a few
 * sampled rows of the rest, for changes no edit event reports (another script, an import).
 */
import { readSettings } from '../core/settings';
import { SETTINGS_TAB } from '../core/schema';
import { organizeSpreadsheet } from './organize';
import { restoreClockSlot } from './followups/triggers';
import { clearContinuation, continuingNotice, pendingContinuation } from './organizeContinuation';
import { ownedSheets } from './ownership';
import { readValues } from './sheets';
import { editedSinceLastOrganize } from './sourceEdits';
import { fingerprintOfSheets, inputSheets, lastOrganizedFingerprint, tabsReadWhole } from './sourceFingerprint';
import { loadMappings } from './mappings';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type HourlyOrganize = 'continued' | 'organized' | 'unchanged' | 'off';

/** Whether the Settings row asks for it, and a source tab was edited or changed since the last Organize that finished. */
function wantsOrganize(spreadsheet: Spreadsheet): boolean {
  const owned = ownedSheets(spreadsheet);
  const settings = owned.get(SETTINGS_TAB);
  if (!settings || !readSettings(readValues(settings)).autoOrganize) return false;
  if (editedSinceLastOrganize()) return true;
  const kinds = [...loadMappings(PropertiesService.getDocumentProperties())].map(
    ([tab, { kind }]) => [tab, kind] as const,
  );
  const whole = tabsReadWhole(kinds, settings);
  return fingerprintOfSheets(inputSheets(spreadsheet, owned), whole) !== lastOrganizedFingerprint();
}

/**
 * Returns whether follow-ups may run now: not while an Organize is part-way (they would read a
 * half-written Samples tab), nor in a one-off continuation when follow-ups are off.
 */
export function organizeBeforeFollowUps(spreadsheet: Spreadsheet, now: Date): boolean {
  const pending = pendingContinuation();
  if (pending) {
    try {
      const { continuing } = organizeSpreadsheet(spreadsheet, now);
      // Seen by whoever has the spreadsheet open as the trigger runs.
      spreadsheet.toast(
        continuing ? continuingNotice(continuing.text) : 'Your tabs are organized.',
        'Creator Ops: organizing',
        10,
      );
      return !continuing && pending.followUpsOn;
    } catch (error) {
      // Nobody sees a trigger's error: give the slot back so follow-ups go on; the next Organize finishes the job.
      console.error(`Organize could not continue: ${String(error)}`);
      restoreClockSlot(spreadsheet, pending.followUpsOn);
      clearContinuation();
      return pending.followUpsOn;
    }
  }
  try {
    return !wantsOrganize(spreadsheet) || !organizeSpreadsheet(spreadsheet, now).continuing;
  } catch (error) {
    console.error(`Organize before follow-ups failed: ${String(error)}`);
    return true;
  }
}
