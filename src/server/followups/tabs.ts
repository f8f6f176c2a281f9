/**
 * The tabs follow-ups read, one getValues each. The tabs follow-ups own (Templates, Follow-up log)
 * and the follow-up rows of Settings are created when missing; what the operator edited is kept.
 */
import type { SampleContext } from '../../core/followups/sampleContexts';
import { readSampleContexts } from '../../core/followups/sampleContexts';
import type { FollowUpLog } from '../../core/followups/log';
import { readLog } from '../../core/followups/log';
import type { FollowUpRule } from '../../core/followups/rules';
import type { Template } from '../../core/followups/templates';
import { defaultTemplateRows, readTemplates } from '../../core/followups/templates';
import type { SheetValue } from '../../core/cells';
import {
  CREATORS,
  FOLLOWUP_LOG_HEADERS,
  FOLLOWUP_LOG_TAB,
  PRODUCTS,
  SAMPLES,
  SETTINGS_TAB,
  TEMPLATES_HEADERS,
  TEMPLATES_TAB,
} from '../../core/schema';
import type { Settings } from '../../core/settings';
import { FOLLOW_UP_SETTINGS_ROWS, readSettings } from '../../core/settings';
import { ensureSettingsRows } from '../settingsTab';
import { readValues, sheetNamed, writeTab } from '../sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface FollowUpState {
  templates: Record<FollowUpRule, Template>;
  contexts: SampleContext[];
  log: FollowUpLog;
  /** Undefined only when reading without `create` and there is no log tab yet. */
  logSheet?: Sheet;
  samplesSheet?: Sheet;
  samplesHeader: SheetValue[];
}

function valuesOf(spreadsheet: Spreadsheet, name: string): Tab {
  const sheet = spreadsheet.getSheetByName(name) ?? undefined;
  return { sheet, values: sheet ? readValues(sheet) : [] };
}

interface Tab {
  sheet?: Sheet;
  values: SheetValue[][];
}

function ensureTab(
  spreadsheet: Spreadsheet,
  name: string,
  headers: readonly string[],
  rows: string[][],
  tab: Tab,
): Required<Tab> {
  if (tab.sheet && tab.values.length > 0) return { sheet: tab.sheet, values: tab.values };
  const sheet = tab.sheet ?? sheetNamed(spreadsheet, name);
  writeTab(sheet, { headers, rows, formats: rows.map(() => headers.map(() => '@')) });
  return { sheet, values: [headers.slice(), ...rows] };
}

function settingsValues(spreadsheet: Spreadsheet, create: boolean): SheetValue[][] {
  const { values } = valuesOf(spreadsheet, SETTINGS_TAB);
  return create ? ensureSettingsRows(spreadsheet, values, FOLLOW_UP_SETTINGS_ROWS) : values;
}

function templatesTab(spreadsheet: Spreadsheet, create: boolean): Tab {
  const tab = valuesOf(spreadsheet, TEMPLATES_TAB);
  return create ? ensureTab(spreadsheet, TEMPLATES_TAB, TEMPLATES_HEADERS, defaultTemplateRows(), tab) : tab;
}

function logTab(spreadsheet: Spreadsheet, create: boolean): Tab {
  const tab = valuesOf(spreadsheet, FOLLOWUP_LOG_TAB);
  return create ? ensureTab(spreadsheet, FOLLOWUP_LOG_TAB, FOLLOWUP_LOG_HEADERS, [], tab) : tab;
}

/** The Follow-up log tab, created with its header row when missing. */
export function followUpLogSheet(spreadsheet: Spreadsheet): Sheet {
  return logTab(spreadsheet, true).sheet as Sheet;
}

/** Creates the Templates and Follow-up log tabs and the follow-up settings when missing. */
export function ensureFollowUpTabs(spreadsheet: Spreadsheet): void {
  settingsValues(spreadsheet, true);
  templatesTab(spreadsheet, true);
  logTab(spreadsheet, true);
}

/** `create` makes missing follow-up tabs and rows first (a run); a preview only reads. */
export function readFollowUpSettings(spreadsheet: Spreadsheet, options: { create: boolean }): Settings {
  return readSettings(settingsValues(spreadsheet, options.create));
}

/** Everything a run or a preview decides from, besides the settings. */
export function readFollowUpState(
  spreadsheet: Spreadsheet,
  timeZone: string,
  options: { create: boolean },
): FollowUpState {
  const samples = valuesOf(spreadsheet, SAMPLES.name);
  const log = logTab(spreadsheet, options.create);
  return {
    templates: readTemplates(templatesTab(spreadsheet, options.create).values),
    contexts: readSampleContexts(
      {
        samples: samples.values,
        creators: valuesOf(spreadsheet, CREATORS.name).values,
        products: valuesOf(spreadsheet, PRODUCTS.name).values,
      },
      timeZone,
    ),
    log: readLog(log.values),
    logSheet: log.sheet,
    samplesSheet: samples.sheet,
    samplesHeader: samples.values[0] ?? [],
  };
}
