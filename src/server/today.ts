/**
 * The Today panel: samples due, overdue and waiting to ship, creators who replied and wait for an
 * answer, and follow-ups awaiting approval, each with the row it is on. One read per tab, the
 * tabs found in one metadata search.
 */
import { headerColumn } from '../core/aliases';
import { cleanText, dayKey } from '../core/values';
import type { LogColumn } from '../core/followups/log';
import { LOG_STATUS, logColumns, readLog } from '../core/followups/log';
import type { SampleContext } from '../core/followups/sampleContexts';
import { readCreators, readSampleContexts } from '../core/followups/sampleContexts';
import type { SheetValue } from '../core/cells';
import {
  CREATORS,
  FOLLOWUP_LOG_TAB,
  MEMORY_TAB,
  OUTREACH_LOG_TAB,
  PRODUCTS,
  SAMPLES,
  SETTINGS_TAB,
} from '../core/schema';
import { OUTREACH_STATUS, readOutreachLog } from '../core/outreach/outreachLog';
import { readSettings } from '../core/settings';
import type { Agenda, SampleAgenda } from '../core/today';
import { sampleAgenda } from '../core/today';
import type { AddonTabRole } from '../core/schema';
import { AddOnTabs } from './addOnTabs';
import type { CreatorItem, ListOf, QueuedItem, SampleItem, ThreadItem, TodayLists } from './api';
import { readMemory } from '../core/mail/memory';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Items sent per list; the count on each list is the full one. */
const SHOWN = 50;

function listOf<T>(items: T[], order: (a: T, b: T) => number): ListOf<T> {
  return { items: items.sort(order).slice(0, SHOWN), total: items.length };
}

function sampleItem(context: SampleContext, agenda: SampleAgenda): SampleItem {
  const { sample } = context;
  return {
    sampleId: sample.sampleId,
    handle: sample.handle ?? '',
    product: context.product?.product ?? sample.sku ?? '',
    day: agenda.day,
    daysSince: agenda.daysSince,
    videoUrl: sample.videoUrl ?? '',
    row: sample.source.row,
  };
}

function sampleLists(tabs: AddOnTabs, timeZone: string, today: string): Record<Agenda, SampleItem[]> {
  const days = readSettings(tabs.values(SETTINGS_TAB)).followUps.days;
  const contexts = readSampleContexts(
    { samples: tabs.values(SAMPLES.name), creators: [], products: tabs.values(PRODUCTS.name) },
    timeZone,
  );
  const lists: Record<Agenda, SampleItem[]> = { due: [], overdue: [], 'to ship': [] };
  for (const context of contexts) {
    const agenda = sampleAgenda(context.sample, days, timeZone, today);
    if (agenda) lists[agenda.agenda].push(sampleItem(context, agenda));
  }
  return lists;
}

function repliedCreators(tabs: AddOnTabs, timeZone: string): CreatorItem[] {
  const creators = readCreators(tabs.values(CREATORS.name), timeZone);
  return [...creators.values()]
    .filter(({ record }) => record.status === 'replied')
    .map(({ record }) => ({
      handle: record.handle,
      name: record.name ?? '',
      email: record.email ?? '',
      profileUrl: record.profileUrl ?? '',
      lastContacted: record.lastContacted ? dayKey(record.lastContacted, timeZone) : '',
      row: record.source.row,
    }));
}

function awaitingApproval(values: readonly SheetValue[][], tab: string): QueuedItem[] {
  const columns = values.length > 0 ? logColumns(values[0]) : undefined;
  const cell = (row: number, column: LogColumn) => cleanText(columns && values[row - 1][columns[column]]);
  return [...readLog(values).entries.values()]
    .filter((entry) => entry.state === LOG_STATUS.awaiting)
    .map((entry) => ({
      key: entry.key,
      rule: cell(entry.row, 'Rule'),
      handle: cell(entry.row, 'Handle'),
      sampleId: cell(entry.row, 'Sample ID'),
      to: cell(entry.row, 'To'),
      subject: cell(entry.row, 'Subject'),
      tab,
      row: entry.row,
    }));
}

/** Outreach emails queued in review mode: approved or skipped the same way as follow-ups. */
function awaitingOutreach(values: readonly SheetValue[][], tab: string, timeZone: string): QueuedItem[] {
  if (values.length === 0) return [];
  const cell = (row: number, name: string) => cleanText(values[row - 1][headerColumn(values[0], name)]);
  return readOutreachLog(values, timeZone)
    .filter((entry) => entry.status === OUTREACH_STATUS.awaiting && entry.key !== '')
    .map((entry) => ({
      key: entry.key,
      rule: `${entry.sequence} step ${entry.step}${entry.variant}`,
      handle: entry.handle,
      sampleId: '',
      to: cell(entry.row, 'To'),
      subject: cell(entry.row, 'Subject'),
      tab,
      row: entry.row,
    }));
}

/** How far back the Today panel lists emails that may still get an answer. */
const THREAD_DAYS = 14;

function unansweredThreads(tabs: AddOnTabs, timeZone: string, now: Date): ThreadItem[] {
  const memory = readMemory(tabs.values(MEMORY_TAB));
  const since = now.getTime() - THREAD_DAYS * 24 * 60 * 60 * 1000;
  return [...memory.threads.values()]
    .filter((thread) => !thread.state && thread.lastSent.getTime() > since)
    .map((thread) => ({
      threadId: thread.threadId,
      handle: thread.handle,
      to: thread.to,
      subject: thread.subject,
      lastSent: dayKey(thread.lastSent, timeZone),
    }));
}

export function todayLists(spreadsheet: Spreadsheet, now: Date): TodayLists {
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const today = dayKey(now, timeZone);
  const addOnTabs = new AddOnTabs(spreadsheet);
  const nameOf = (role: AddonTabRole) => addOnTabs.sheet(role)?.getName();
  const tabs = { samples: nameOf(SAMPLES.name), creators: nameOf(CREATORS.name), log: nameOf(FOLLOWUP_LOG_TAB) };
  const samples = sampleLists(addOnTabs, timeZone, today);
  const oldestFirst = (a: { daysSince: number }, b: { daysSince: number }) => b.daysSince - a.daysSince;
  return {
    organized: tabs.samples !== undefined || tabs.creators !== undefined,
    today,
    tabs: {
      samples: tabs.samples ?? SAMPLES.name,
      creators: tabs.creators ?? CREATORS.name,
      log: tabs.log ?? FOLLOWUP_LOG_TAB,
    },
    due: listOf(samples.due, (a, b) => a.day.localeCompare(b.day) || a.row - b.row),
    overdue: listOf(samples.overdue, oldestFirst),
    toShip: listOf(samples['to ship'], oldestFirst),
    replied: listOf(
      repliedCreators(addOnTabs, timeZone),
      (a, b) => (a.lastContacted || today).localeCompare(b.lastContacted || today) || a.row - b.row,
    ),
    awaiting: listOf(
      [
        ...awaitingApproval(addOnTabs.values(FOLLOWUP_LOG_TAB), tabs.log ?? FOLLOWUP_LOG_TAB),
        ...awaitingOutreach(addOnTabs.values(OUTREACH_LOG_TAB), nameOf(OUTREACH_LOG_TAB) ?? OUTREACH_LOG_TAB, timeZone),
      ],
      (a, b) => a.tab.localeCompare(b.tab) || a.row - b.row,
    ),
    threads: listOf(unansweredThreads(addOnTabs, timeZone, now), (a, b) => b.lastSent.localeCompare(a.lastSent)),
  };
}
