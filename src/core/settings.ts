/**
 * The Settings tab: one setting per row (`Setting, Value, Notes`). Organize creates it with
 * defaults; the operator edits values; the formulas read it as their `settings` range.
 */
import { headerColumn } from './aliases';
import type { Cadence } from './mail/cadence';
import type { SendWindow } from './followups/window';
import type { GuardSettings } from './outreach/stats';
import { parseSendWindow } from './followups/window';
import type { Parsed } from './values';
import { cleanText, parseCurrency, parseEnum, parseInteger, parsePercent, parseMoney, regionCode } from './values';

export const SETTINGS_HEADERS = ['Setting', 'Value', 'Notes'] as const;

export interface Settings {
  reportCurrency: string;
  /** Units of report currency per unit of the keyed currency. */
  fxRates: Record<string, number>;
  /** Platform fee as a fraction of net revenue, by region code (US, UK). */
  platformFeeByRegion: Record<string, number>;
  defaultCommissionPct: number;
  followUps: FollowUpSettings;
  mail: MailSettings;
  decisions: DecisionRules;
  outreach: OutreachSettings;
  /** Organize in the hourly run, before follow-ups, when a source tab changed. */
  autoOrganize: boolean;
}

/** What every email the add-on sends shares, follow-ups and outreach alike. */
export interface MailSettings {
  /** Emails a rolling 24 hours (one recipient each); Gmail's own limit for the account is higher. */
  dailyLimit: number;
  cadence: Cadence;
  /** Checks the threads the add-on started for replies and bounces (needs the gmail.metadata scope). */
  readReplies: boolean;
  /** Printed under every outreach email; outreach is refused while it is blank. */
  postalAddress: string;
}

/** The A/B guard of OUTREACH_RESULTS (core/outreach/stats.ts) and enrolment's recent-contact window. */
export interface OutreachSettings extends GuardSettings {
  /** Enrolment leaves out creators emailed fewer than this many days ago; 0 turns the check off. */
  recentlyContactedDays: number;
}

type OutreachField = keyof OutreachSettings;

const OUTREACH_RULES: readonly (readonly [OutreachField, string, number, string])[] = [
  [
    'minimumDetectableLift',
    'Outreach: minimum detectable lift',
    0.05,
    'An A/B verdict waits until each variant has the contacts a test needs to detect this lift in reply rate (5% = 5 points).',
  ],
  [
    'power',
    'Outreach: power',
    0.8,
    'The chance that a real lift of that size is detected; more power needs more contacts.',
  ],
  [
    'significance',
    'Outreach: significance',
    0.05,
    'Two-sided: how often a difference that is not there would be called a win.',
  ],
  [
    'recentlyContactedDays',
    'Outreach: recently contacted days',
    30,
    'Enrolment leaves out creators emailed fewer than this many days ago; 0 turns the check off.',
  ],
];

/** Outreach rows of the Settings tab. */
export const OUTREACH_SETTINGS_ROWS: readonly (readonly [string, number, string])[] = OUTREACH_RULES.map(
  ([, name, value, note]) => [name, value, note] as const,
);

/** The thresholds of the Profit dashboard's Decision column (core/profit/decisions.ts). */
export interface DecisionRules {
  /** A creator is judged once they had this many samples, or `ordersToJudge` orders; until then the data is too thin. */
  samplesToJudge: number;
  ordersToJudge: number;
  /** Samples past their Due date with no post. */
  missedDeadlinesToPause: number;
  /** Posted videos, with `netProfitForRetainer`: worth a retainer. */
  postsForRetainer: number;
  /** In the report currency, over the table's period. */
  netProfitForRetainer: number;
  /** With the two below: converts well at a healthy margin, worth a higher commission. */
  ordersToRaise: number;
  ordersPerSampleToRaise: number;
  /** A fraction: 0.5 for 50%. */
  marginToRaise: number;
}

const DECISION_RULES: readonly (readonly [keyof DecisionRules, string, number, string])[] = [
  [
    'samplesToJudge',
    'Decision: samples to judge',
    3,
    'Profit dashboard: a creator is judged after this many samples or the orders below; a loss then gives "Pause", before it "Send more samples" or "Watch".',
  ],
  ['ordersToJudge', 'Decision: orders to judge', 10, 'See the row above.'],
  [
    'missedDeadlinesToPause',
    'Decision: missed deadlines to pause',
    2,
    'Samples past their Due date with no post; this many gives "Pause".',
  ],
  [
    'postsForRetainer',
    'Decision: posts for a retainer',
    3,
    'Posted videos; this many, with the net profit below, gives "Retainer candidate".',
  ],
  [
    'netProfitForRetainer',
    'Decision: net profit for a retainer',
    500,
    'Net profit over the dashboard period, in the report currency, that a retainer candidate has made at least.',
  ],
  [
    'ordersToRaise',
    'Decision: orders to raise commission',
    25,
    'Orders in the period; this many, with the two rows below, gives "Raise commission".',
  ],
  ['ordersPerSampleToRaise', 'Decision: orders per sample to raise commission', 10, 'Orders per sample sent.'],
  ['marginToRaise', 'Decision: margin to raise commission', 0.5, 'Net profit ÷ net revenue, like 50%.'],
];

/** Decision rows of the Settings tab. */
export const DECISION_SETTINGS_ROWS: readonly (readonly [string, number, string])[] = DECISION_RULES.map(
  ([, name, value, note]) => [name, value, note] as const,
);

export const FOLLOW_UP_MODES = ['review', 'send'] as const;

export interface FollowUpSettings {
  /** review: due messages wait in the Follow-up log for approval; send: they go out on their own. */
  mode: (typeof FOLLOW_UP_MODES)[number];
  window: SendWindow;
  /** The From name; '' leaves the operator's Google account name. */
  senderName: string;
  /** Days from each rule's anchor date; null turns the rule off. */
  days: FollowUpDays;
}

export interface FollowUpDays {
  brief: number | null;
  delivered: number | null;
  /** A delivered sample without a Due date gets Delivered + this many days. */
  dueAfterDelivered: number | null;
  reminder: number | null;
  overdue: number | null;
  secondNudge: number | null;
  thanks: number | null;
  shipReminder: number | null;
}

const FOLLOW_UP_DAYS: readonly (readonly [keyof FollowUpDays, string, number | 'off', string])[] = [
  ['brief', 'Brief: days after Shipped', 0, 'The brief goes to the creator this many days after the sample ships.'],
  ['delivered', 'Delivered: days after Delivered', 0, 'Confirms the posting date once the sample is delivered.'],
  [
    'dueAfterDelivered',
    'Due: days after Delivered',
    7,
    'A delivered sample with no Due date gets Delivered + this many days.',
  ],
  [
    'reminder',
    'Reminder: days before Due',
    2,
    'Reminds the creator before the Due date; the sample shows as due from then.',
  ],
  ['overdue', 'Overdue: days after Due', 1, 'Asks about the video when it is late.'],
  [
    'secondNudge',
    'Second nudge: days after Due',
    7,
    'The last email about a sample; after it the sample stays overdue for you to decide.',
  ],
  [
    'thanks',
    'Thanks: days after Posted',
    'off',
    'A thank-you once the video is posted; write a number of days to turn it on.',
  ],
  [
    'shipReminder',
    'Ship reminder: days after Requested',
    2,
    'Emails the Owner when a requested sample has not shipped.',
  ],
];

const MAIL_SETTINGS_ROWS: readonly (readonly [string, string | number, string])[] = [
  [
    'Mail: daily limit',
    100,
    'Emails the add-on sends in any 24 hours, follow-ups first, then outreach. 100 suits a free Gmail account; a Workspace account may raise it within Gmail sending limits.',
  ],
  [
    'Mail: emails per creator per day',
    1,
    'What is due for one creator on one day goes in one email; this many a day at most.',
  ],
  ['Mail: days between nudges', 3, 'Reminders about a video go to one creator at least this many days apart.'],
  [
    'Mail: read replies and bounces',
    'off',
    'on: the hourly run reads the headers of the threads the add-on started (Google asks you for that permission when you switch it on), marks replies and moves bounced addresses to Do not contact. off: change Status or use the Today panel.',
  ],
  [
    'Sender postal address',
    '',
    'Your business postal address. Outreach emails print it under an opt-out line, as US and UK law require; outreach does not send while it is blank.',
  ],
];

/** Follow-up rows of the Settings tab; write a rule's days as off to turn it off. */
export const FOLLOW_UP_SETTINGS_ROWS: readonly (readonly [string, string | number, string])[] = [
  [
    'Follow-up mode',
    'review',
    'review: follow-ups wait in the Follow-up log until you approve them; send: they go out on their own.',
  ],
  ['Follow-up send window', '09:00-18:00', 'Follow-ups go out only between these times (spreadsheet time zone).'],
  ['Follow-up sender name', '', 'The From name on follow-up emails; blank uses your Google account name.'],
  ...FOLLOW_UP_DAYS.map(([, name, value, note]) => [name, value, note] as const),
  ...MAIL_SETTINGS_ROWS,
];

export const AUTO_ORGANIZE_SETTING = 'Organize before follow-ups';

export const ORGANIZE_SETTINGS_ROWS: readonly (readonly [string, string | number, string])[] = [
  [
    AUTO_ORGANIZE_SETTING,
    'off',
    'on: the hourly follow-up run organizes first when one of your tabs changed since the last Organize.',
  ],
];

/** What one unit of each currency was worth in US dollars when these defaults were written. */
const USD_PER_UNIT: Record<string, number> = { USD: 1, GBP: 1.27, EUR: 1.08 };

/** Settings rows to start a Settings tab with; FX rates are stated against `reportCurrency`. */
export function defaultSettingsRows(reportCurrency = 'USD'): (readonly [string, string | number, string])[] {
  const base = USD_PER_UNIT[reportCurrency] ?? 1;
  const fxRows = Object.keys(USD_PER_UNIT)
    .filter((currency) => currency !== reportCurrency)
    .map(
      (currency, i) =>
        [
          `FX rate ${currency}`,
          Math.round((USD_PER_UNIT[currency] / base) * 10_000) / 10_000,
          i === 0
            ? `How many ${reportCurrency} one ${currency} is worth. Add a row "FX rate XXX" per currency.`
            : `How many ${reportCurrency} one ${currency} is worth.`,
        ] as const,
    );
  return [
    ['Report currency', reportCurrency, 'Profit figures are shown in this currency.'],
    ...fxRows,
    ['Platform fee % US', 0.06, 'TikTok Shop fee on net revenue, used to estimate Platform fee on US orders.'],
    ['Platform fee % UK', 0.09, 'TikTok Shop fee on net revenue, used to estimate Platform fee on UK orders.'],
    ['Default commission %', 0.1, 'Used for attributed orders when neither the order nor the creator has a rate.'],
    ...FOLLOW_UP_SETTINGS_ROWS,
    ...ORGANIZE_SETTINGS_ROWS,
    ...DECISION_SETTINGS_ROWS,
    ...OUTREACH_SETTINGS_ROWS,
  ];
}

export const DEFAULT_SETTINGS_ROWS = defaultSettingsRows();

const FX_KEY = /^fx(?: rate)?\s+([a-z$£€]{1,4})$/i;
const FEE_KEY = /^platform fee %?\s*([a-z]{2})$/i;

function key(text: unknown): string {
  return cleanText(text).toLowerCase().replace(/\s+/g, ' ');
}

/**
 * The 0-based Setting and Value columns of a Settings range, by its header row (an operator may
 * insert or move columns); a range without that header reads its first two columns.
 */
export function settingsColumns(header: readonly unknown[]): [name: number, value: number] {
  const [name, value] = SETTINGS_HEADERS.slice(0, 2).map((h) => headerColumn(header, h));
  return name < 0 || value < 0 ? [0, 1] : [name, value];
}

/** Reads settings rows (a header row first, or none); unknown keys are ignored, bad values throw. */
export function readSettings(values: readonly unknown[][] | undefined): Settings {
  const settings: Settings = {
    reportCurrency: 'USD',
    // Keyed by what the operator typed: no prototype, so a key like 'constructor' finds nothing.
    fxRates: Object.create(null) as Record<string, number>,
    platformFeeByRegion: Object.create(null) as Record<string, number>,
    defaultCommissionPct: 0,
    followUps: {
      mode: 'review',
      window: { start: 0, end: 24 * 60 },
      senderName: '',
      days: Object.fromEntries(FOLLOW_UP_DAYS.map(([field]) => [field, null])) as unknown as FollowUpDays,
    },
    mail: {
      dailyLimit: 100,
      cadence: { perDay: 1, nudgeGapDays: 3 },
      readReplies: false,
      postalAddress: '',
    },
    decisions: Object.fromEntries(DECISION_RULES.map(([field, , value]) => [field, value])) as unknown as DecisionRules,
    outreach: Object.fromEntries(
      OUTREACH_RULES.map(([field, , value]) => [field, value]),
    ) as unknown as OutreachSettings,
    autoOrganize: false,
  };
  // FX rates have no defaults: amounts convert only at the rates a Settings range states.
  const defaults = DEFAULT_SETTINGS_ROWS.filter((row) => !FX_KEY.test(key(row[0])));
  const [nameColumn, valueColumn] = settingsColumns(values?.[0] ?? []);
  const rows = [
    ...defaults.map((r) => [r[0], r[1]]),
    ...(values ?? []).map((row) => [row[nameColumn], row[valueColumn]]),
  ];
  for (const row of rows) {
    const name = key(row[0]);
    const value = row[1];
    if (name === '' || name === 'setting' || cleanText(value) === '') continue;
    const fx = FX_KEY.exec(name);
    const feeKey = FEE_KEY.exec(name)?.[1] ?? '';
    // A two-letter code the country table lacks is still a region the operator means.
    const feeRegion = regionCode(feeKey) ?? (/^[a-z]{2}$/i.test(feeKey) ? feeKey.toUpperCase() : undefined);
    if (name === 'report currency') settings.reportCurrency = required(parseCurrency(value), row);
    else if (fx) settings.fxRates[required(parseCurrency(fx[1]), row)] = required(parseMoney(value), row).amount;
    else if (feeRegion) settings.platformFeeByRegion[feeRegion] = required(parsePercent(value), row);
    else if (name === 'default commission %' || name === 'default commission')
      settings.defaultCommissionPct = required(parsePercent(value), row);
    else if (name.startsWith('decision:')) readDecisionSetting(settings.decisions, name, row);
    else if (name.startsWith('mail:') || name === 'sender postal address') readMailSetting(settings.mail, name, row);
    else if (name.startsWith('outreach:')) readOutreachSetting(settings.outreach, name, row);
    else if (name === key(AUTO_ORGANIZE_SETTING)) settings.autoOrganize = required(parseOnOff(value), row);
    else readFollowUpSetting(settings.followUps, name, row);
  }
  return settings;
}

function readDecisionSetting(decisions: DecisionRules, name: string, row: readonly unknown[]): void {
  const rule = DECISION_RULES.find(([, label]) => key(label) === name);
  if (!rule) return;
  const [field] = rule;
  const value =
    field === 'marginToRaise' ? required(parsePercent(row[1]), row) : required(parseMoney(row[1]), row).amount;
  if (value < 0) throw new Error(`Settings: "${cleanText(row[0])}" is ${cleanText(row[1])}: use 0 or more.`);
  decisions[field] = value;
}

function readMailSetting(mail: MailSettings, name: string, row: readonly unknown[]): void {
  const count = (min: number) => {
    const value = required(parseInteger(row[1]), row);
    if (value < min) throw new Error(`Settings: "${cleanText(row[0])}" is ${cleanText(row[1])}: use ${min} or more.`);
    return value;
  };
  if (name === 'mail: daily limit') mail.dailyLimit = count(0);
  else if (name === 'mail: emails per creator per day') mail.cadence.perDay = count(1);
  else if (name === 'mail: days between nudges') mail.cadence.nudgeGapDays = count(0);
  else if (name === 'mail: read replies and bounces') mail.readReplies = required(parseOnOff(row[1]), row);
  else if (name === 'sender postal address') mail.postalAddress = cleanText(row[1]);
}

function parseOnOff(raw: unknown): Parsed<boolean> {
  const word = cleanText(raw).toLowerCase();
  if (['on', 'yes', 'true'].includes(word)) return { value: true };
  if (['off', 'no', 'false'].includes(word)) return { value: false };
  return { value: null, problem: 'write on or off' };
}

function readOutreachSetting(outreach: OutreachSettings, name: string, row: readonly unknown[]): void {
  const rule = OUTREACH_RULES.find(([, label]) => key(label) === name);
  if (!rule) return;
  const [field] = rule;
  if (field === 'recentlyContactedDays') {
    const days = required(parseInteger(row[1]), row);
    if (days < 0 || days > MAX_DAYS)
      throw new Error(
        `Settings: "${cleanText(row[0])}" is ${cleanText(row[1])}: write a number of days from 0 to ${MAX_DAYS}.`,
      );
    outreach[field] = days;
    return;
  }
  const fraction = required(parsePercent(row[1]), row);
  if (!(fraction > 0 && fraction < 1))
    throw new Error(
      `Settings: "${cleanText(row[0])}" is ${cleanText(row[1])}: write a percentage above 0% and below 100%, like 5%.`,
    );
  outreach[field] = fraction;
}

function readFollowUpSetting(followUps: FollowUpSettings, name: string, row: readonly unknown[]): void {
  const value = row[1];
  const days = FOLLOW_UP_DAYS.find(([, label]) => key(label) === name);
  if (days) followUps.days[days[0]] = daysOrOff(required(parseDays(value), row));
  else if (name === 'follow-up mode')
    followUps.mode = required(parseEnum(value, FOLLOW_UP_MODES), row) as FollowUpSettings['mode'];
  else if (name === 'follow-up send window') followUps.window = required(parseSendWindow(value), row);
  else if (name === 'follow-up sender name') followUps.senderName = cleanText(value);
}

const MAX_DAYS = 365;

const daysOrOff = (days: number | 'off'): number | null => (days === 'off' ? null : days);

function parseDays(raw: unknown): Parsed<number | 'off'> {
  if (/^(off|no|never)$/i.test(cleanText(raw))) return { value: 'off' };
  const days = parseInteger(raw);
  if (days.value === null || (days.value >= 0 && days.value <= MAX_DAYS)) return days;
  return { value: null, problem: `write a number of days from 0 to ${MAX_DAYS}, or off` };
}

function required<T>(parsed: { value: T | null; problem?: string }, row: readonly unknown[]): T {
  if (parsed.value === null)
    throw new Error(
      `Settings: "${cleanText(row[0])}" has the value "${cleanText(row[1])}": ${parsed.problem ?? 'it is empty'}`,
    );
  return parsed.value;
}

/** Region code of an order line from its currency, when no region column says. */
export function regionOfCurrency(currency: string | undefined): string | undefined {
  if (currency === 'USD') return 'US';
  if (currency === 'GBP') return 'UK';
  return undefined;
}
