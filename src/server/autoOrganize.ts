/** The "Organize before follow-ups" setting, as the sidebar's Organize panel shows and switches it. */
import { AUTO_ORGANIZE_SETTING, ORGANIZE_SETTINGS_ROWS, readSettings } from '../core/settings';
import { SETTINGS_TAB } from '../core/schema';
import type { AutoOrganizeStatus } from './api';
import { followUpsAreOn } from './followups/triggers';
import { findOwnedSheet } from './ownership';
import { setSettingValues } from './settingsTab';
import { readValues } from './sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function autoOrganizeStatus(spreadsheet: Spreadsheet): AutoOrganizeStatus {
  const settings = findOwnedSheet(spreadsheet, SETTINGS_TAB);
  const on = settings ? readSettings(readValues(settings)).autoOrganize : false;
  const followUpsOn = followUpsAreOn(spreadsheet);
  const text = !on
    ? 'Off: your tabs are organized when you press Organize sheets.'
    : followUpsOn
      ? 'On: every hour, before follow-ups, Creator Ops organizes again if one of your tabs changed.'
      : 'On, but it runs with the hourly follow-up run: turn follow-ups on (Follow-ups panel) for it to happen.';
  return { on, followUpsOn, text };
}

export function setAutoOrganize(spreadsheet: Spreadsheet, on: boolean): AutoOrganizeStatus {
  setSettingValues(spreadsheet, [[AUTO_ORGANIZE_SETTING, on ? 'on' : 'off']], ORGANIZE_SETTINGS_ROWS);
  return autoOrganizeStatus(spreadsheet);
}
