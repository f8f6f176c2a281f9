/**
 * Which follow-up messages a sample has and on which days they are due. Days are 'YYYY-MM-DD'
 * keys in the spreadsheet's time zone; the caller decides whether the send window is open.
 */
import type { SampleRecord } from '../records/types';
import type { FollowUpDays } from '../settings';
import { addDays, dayKey } from '../values';

export const FOLLOW_UP_RULES = [
  'Brief',
  'Delivered',
  'Reminder',
  'Overdue',
  'Second nudge',
  'Thanks',
  'Ship reminder',
] as const;
export type FollowUpRule = (typeof FOLLOW_UP_RULES)[number];

/**
 * A message stays due for this many days from its day, then lapses unsent. Switching automation
 * on over an old sheet therefore does not mail every creator about samples from months ago.
 */
export const DAYS_DUE = 7;

export interface RuleMessage {
  rule: FollowUpRule;
  sampleId: string;
  /** The date the message is about (Shipped, Delivered, Due, Posted or Requested). */
  anchorDay: string;
  /** The first day it may go out. */
  day: string;
  /** The last day it may go out: a later message of the same sample supersedes it. */
  lastDay: string;
  /** Never sent twice: changing the anchor date (a new Due) makes a new message. */
  key: string;
  recipient: 'creator' | 'owner';
  /** The due date the sample works to, stated or implied (Delivered + the default). */
  dueDay?: string;
  /** A cell of the sample the run fills once the message is logged: the due date it states. */
  fill?: { header: 'Due'; day: string };
}

function messageKey(rule: FollowUpRule, sampleId: string, anchorDay: string): string {
  return `${rule}|${sampleId}|${anchorDay}`;
}

const RULES: ReadonlySet<string> = new Set(FOLLOW_UP_RULES);

/** A follow-up's key read back (a Sample ID may hold a '|'); undefined for any other key. */
export function messageKeyParts(key: string): Pick<RuleMessage, 'rule' | 'sampleId' | 'anchorDay'> | undefined {
  const [first, last] = [key.indexOf('|'), key.lastIndexOf('|')];
  const rule = key.slice(0, first);
  if (first < 0 || last <= first || !RULES.has(rule)) return undefined;
  return { rule: rule as FollowUpRule, sampleId: key.slice(first + 1, last), anchorDay: key.slice(last + 1) };
}

/** Due, or Delivered + the default when Due is empty. */
export function effectiveDueDay(sample: SampleRecord, days: FollowUpDays, timeZone: string): string | undefined {
  if (sample.due) return dayKey(sample.due, timeZone);
  if (sample.delivered && days.dueAfterDelivered !== null)
    return addDays(dayKey(sample.delivered, timeZone), days.dueAfterDelivered);
  return undefined;
}

type Draft = Omit<RuleMessage, 'key' | 'lastDay' | 'sampleId'> & {
  /** The last day it may go whatever the chain says: a brief stops the day before delivery. */
  until?: string;
};

function draft(
  rule: FollowUpRule,
  anchor: Date | string | undefined,
  offset: number | null,
  timeZone: string,
  extra: Partial<Draft> = {},
): Draft[] {
  if (anchor === undefined || offset === null) return [];
  const anchorDay = typeof anchor === 'string' ? anchor : dayKey(anchor, timeZone);
  return [{ rule, anchorDay, day: addDays(anchorDay, offset), recipient: 'creator', ...extra }];
}

/**
 * Delivered, Reminder, Overdue and Second nudge follow each other: once the next one is due, the
 * earlier one is no longer sent (no "due in 2 days" after the due date).
 */
const CHAIN: readonly FollowUpRule[] = ['Delivered', 'Reminder', 'Overdue', 'Second nudge'];

function withLastDays(drafts: readonly Draft[]): Omit<RuleMessage, 'key' | 'sampleId'>[] {
  const chain = drafts
    .filter((d) => CHAIN.includes(d.rule))
    .sort((a, b) => a.day.localeCompare(b.day) || CHAIN.indexOf(a.rule) - CHAIN.indexOf(b.rule));
  return drafts.map((original) => {
    const { until, ...d } = original;
    const next = chain[chain.indexOf(original) + 1];
    const ends = [addDays(d.day, DAYS_DUE - 1), ...(next && CHAIN.includes(d.rule) ? [addDays(next.day, -1)] : [])];
    if (until) ends.push(until);
    return { ...d, lastDay: ends.sort()[0] };
  });
}

/** Every message the sample has under these settings, due or not. */
export function sampleMessages(sample: SampleRecord, days: FollowUpDays, timeZone: string): RuleMessage[] {
  if (sample.status === 'cancelled') return [];
  let drafts: Draft[];
  if (sample.posted || sample.status === 'posted') {
    drafts = draft('Thanks', sample.posted, days.thanks, timeZone);
  } else {
    const dueDay = effectiveDueDay(sample, days, timeZone);
    const dueFill = !sample.due && dueDay ? { fill: { header: 'Due' as const, day: dueDay } } : {};
    drafts = [
      ...(sample.shipped || sample.delivered
        ? []
        : draft('Ship reminder', sample.requested, days.shipReminder, timeZone, { recipient: 'owner' })),
      // "On its way" is past once the sample arrived.
      ...(sample.briefSent
        ? []
        : draft('Brief', sample.shipped, days.brief, timeZone, {
            ...(sample.delivered ? { until: addDays(dayKey(sample.delivered, timeZone), -1) } : {}),
          })),
      ...draft('Delivered', sample.delivered, days.delivered, timeZone, { dueDay, ...dueFill }),
      ...draft('Reminder', dueDay, days.reminder === null ? null : -days.reminder, timeZone, { dueDay, ...dueFill }),
      ...draft('Overdue', dueDay, days.overdue, timeZone, { dueDay, ...dueFill }),
      ...draft('Second nudge', dueDay, days.secondNudge, timeZone, { dueDay, ...dueFill }),
    ];
  }
  return withLastDays(drafts).map((m) => ({
    ...m,
    sampleId: sample.sampleId,
    key: messageKey(m.rule, sample.sampleId, m.anchorDay),
  }));
}

/** Reminders about a video not yet posted: one creator gets them spaced out. */
export const NUDGES: ReadonlySet<FollowUpRule> = new Set(['Reminder', 'Overdue', 'Second nudge']);

const STAGE: readonly FollowUpRule[] = ['Brief', 'Delivered', 'Reminder', 'Overdue', 'Second nudge', 'Thanks'];
const isLater = (a: RuleMessage, b: RuleMessage) =>
  a.day > b.day || (a.day === b.day && STAGE.indexOf(a.rule) > STAGE.indexOf(b.rule));

/**
 * The sample's messages due on `today`: to the creator only the latest one (a sample switched on
 * with its history behind it gets the message of where it stands now, not its backlog), to the
 * owner the ship reminder.
 */
export function dueMessages(sample: SampleRecord, days: FollowUpDays, timeZone: string, today: string): RuleMessage[] {
  const due = sampleMessages(sample, days, timeZone).filter((m) => m.day <= today && today <= m.lastDay);
  const toCreator = due.filter((m) => m.recipient === 'creator');
  const latest = toCreator.reduce<RuleMessage | undefined>(
    (best, m) => (!best || isLater(m, best) ? m : best),
    undefined,
  );
  return due.filter((m) => m.recipient === 'owner' || m === latest);
}
