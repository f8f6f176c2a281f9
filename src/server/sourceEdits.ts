/**
 * When a person last edited a tab Organize reads, noted by the onEdit simple trigger. The sampled
 * fingerprint (sourceFingerprint.ts) sees appends, resized and renamed tabs and edits in its few
 * sampled rows; this sees what a person types anywhere else, such as a sample marked delivered in
 * the middle of a long log. Together they decide whether the hourly run organizes first, so
 * follow-ups do not work from a Samples tab behind the seller's own log.
 *
 * Times, not a flag: an edit made while Organize was reading is after the time that run saved, so
 * it is not forgotten when the run finishes.
 */
import { SETTINGS_TAB } from '../core/schema';
import { TAB_MARKER } from './ownership';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const EDITED_KEY = 'organize:sourceEditedAt';
const READ_KEY = 'organize:sourcesReadAt';

/** A tab the add-on writes (every role but Settings, which the operator fills): edits there are no source change. */
function isWrittenByAddOn(sheet: Sheet): boolean {
  return sheet
    .getDeveloperMetadata()
    .some((marker) => marker.getKey() === TAB_MARKER && marker.getValue() !== SETTINGS_TAB);
}

/**
 * The onEdit simple trigger's work: one metadata look-up and one property write per edit. Runs in
 * AuthMode.LIMITED; in AuthMode.NONE (the add-on not yet used in this spreadsheet) it may not use
 * properties, and there is no Organize to keep up to date.
 */
export function noteSourceEdit(event: GoogleAppsScript.Events.SheetsOnEdit | undefined, now: number): void {
  if (!event?.range || event.authMode === ScriptApp.AuthMode.NONE) return;
  if (isWrittenByAddOn(event.range.getSheet())) return;
  PropertiesService.getDocumentProperties().setProperty(EDITED_KEY, String(now));
}

/** Saved by an Organize that finished: when it began reading the tabs it organized. */
export function saveSourcesReadAt(readAt: number): void {
  PropertiesService.getDocumentProperties().setProperty(READ_KEY, String(readAt));
}

/** Whether a person edited a source tab since the last Organize that finished began reading. */
export function editedSinceLastOrganize(): boolean {
  const properties = PropertiesService.getDocumentProperties();
  const edited = Number(properties.getProperty(EDITED_KEY));
  if (!edited) return false;
  const read = Number(properties.getProperty(READ_KEY));
  return !read || edited >= read;
}
