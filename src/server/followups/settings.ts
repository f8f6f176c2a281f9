/** The follow-up rows of Settings the sidebar edits: mode, send window and sender name. */
import { senderName } from '../../core/followups/mailHeaders';
import { formatSendWindow, parseSendWindow } from '../../core/followups/window';
import { FOLLOW_UP_SETTINGS_ROWS } from '../../core/settings';
import type { FollowUpSettingsRequest } from '../api';
import { withDocumentLock } from '../lock';
import { setSettingValues } from '../settingsTab';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function saveFollowUpSettings(spreadsheet: Spreadsheet, request: FollowUpSettingsRequest): void {
  const window = parseSendWindow(request.window);
  if (window.value === null) throw new Error(`Send window: ${window.problem ?? 'write it like 09:00-18:00'}.`);
  const values: [string, string][] = [
    ['Follow-up mode', request.mode],
    ['Follow-up send window', formatSendWindow(window.value)],
    ['Follow-up sender name', senderName(request.senderName)],
  ];
  withDocumentLock('Saving the follow-up settings', () =>
    setSettingValues(spreadsheet, values, FOLLOW_UP_SETTINGS_ROWS),
  );
}
