/**
 * Switching reply reading on or off (Settings row `Mail: read replies and bounces`). On asks Google
 * for gmail.metadata first: the sidebar gets the consent page to open, the menu item Google's own
 * prompt; the setting turns on only once the scope is granted.
 */
import { withDocumentLock } from '../lock';
import { setSettingValues } from '../settingsTab';
import { FOLLOW_UP_SETTINGS_ROWS } from '../../core/settings';
import { readingConsentUrl, readingGranted, replyReadingAvailable, requireReading } from './replyReading';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const READING_SETTING = 'Mail: read replies and bounces';

export interface ReadingSwitched {
  message: string;
  /** Open this page to grant the scope, then switch on again. */
  consentUrl?: string;
}

function save(spreadsheet: Spreadsheet, on: boolean): void {
  withDocumentLock('Saving the reply reading setting', () =>
    setSettingValues(spreadsheet, [[READING_SETTING, on ? 'on' : 'off']], FOLLOW_UP_SETTINGS_ROWS),
  );
}

const ON_MESSAGE = 'Reading replies and bounces is on: each hourly run checks the threads the add-on started.';
const OFF_MESSAGE = 'Reading replies is off: change Status, or mark an email in the Today panel, when someone answers.';

export function switchReplyReading(spreadsheet: Spreadsheet, on: boolean): ReadingSwitched {
  if (!on) {
    save(spreadsheet, false);
    return { message: OFF_MESSAGE };
  }
  const consentUrl = readingConsentUrl();
  if (consentUrl)
    return {
      message:
        'Google needs your permission to read the headers of the emails the add-on sent. Grant it, then switch on again.',
      consentUrl,
    };
  save(spreadsheet, true);
  return { message: ON_MESSAGE };
}

/** The menu item: Google shows its consent prompt when needed, and the execution ends there. */
export function switchReplyReadingFromMenu(spreadsheet: Spreadsheet): string {
  requireReading();
  save(spreadsheet, true);
  return ON_MESSAGE;
}

export interface ReadingState {
  /** This copy of the add-on can read replies at all (dist-reading). */
  available: boolean;
  on: boolean;
  granted: boolean;
}

export function readingState(on: boolean): ReadingState {
  const available = replyReadingAvailable();
  return { available, on: available && on, granted: available && readingGranted() };
}
