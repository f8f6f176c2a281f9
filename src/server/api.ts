/**
 * The boundary between the sidebar and the server: every call the sidebar makes through
 * google.script.run, with its request and response types, and the zod schemas the server checks
 * requests against. The sidebar imports the types only (src/sidebar/server.ts).
 *
 * google.script.run carries strings, numbers, booleans, null, arrays and plain objects; a Date, a
 * function or an object with methods fails the call. `Transferred` makes that a type error: a
 * response or request type that holds one fails tsc where SidebarApi is declared.
 */
import * as z from 'zod/mini';
import { FOLLOW_UP_MODES } from '../core/settings';
import { PROFIT_PRESETS } from '../core/profit/presets';
import type * as EntryPoints from './index';
import { savedMappingSchema } from './mappings';

type Untransferable = Date | ((...args: never[]) => unknown);

/** T with every Date and function in it, at any depth, turned into `never`. */
export type Transferable<T> = T extends Untransferable
  ? never
  : T extends object
    ? { [K in keyof T]: Transferable<T[K]> }
    : T;

/** T itself, when it can cross google.script.run; a type error otherwise. */
export type Transferred<T extends { [K in keyof T]: Transferable<T[K]> }> = T;

// ---- Requests ---------------------------------------------------------------------------------

const tabName = z.string().check(z.minLength(1), z.maxLength(100));
const dayKey = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

/** A cell or a row of a tab: `column` is 1-based; without it the whole row is meant. */
const cellRef = z.object({
  tab: tabName,
  row: z.number().check(z.int(), z.minimum(1), z.maximum(10_000_000)),
  column: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(18_278))),
});

export const REQUESTS = {
  saveSourceMapping: z.object({ tab: tabName, mapping: savedMappingSchema }),
  selectCell: cellRef,
  decideFollowUp: z.object({
    key: z.string().check(z.minLength(1), z.maxLength(300)),
    decision: z.enum(['approve', 'skip']),
  }),
  setFollowUpsOn: z.object({ on: z.boolean() }),
  setReplyReading: z.object({ on: z.boolean() }),
  markAnswer: z.object({
    threadId: z.string().check(z.minLength(1), z.maxLength(100)),
    answer: z.enum(['replied', 'bounced', 'opted out']),
  }),
  setAutoOrganize: z.object({ on: z.boolean() }),
  saveFollowUpSettings: z.object({
    mode: z.enum(FOLLOW_UP_MODES),
    window: z.string().check(z.maxLength(40)),
    senderName: z.string().check(z.maxLength(100)),
  }),
  outreachOverview: z.object({ sequence: z.optional(z.string().check(z.maxLength(200))) }),
  previewEnrolment: z.object({ sequence: z.optional(z.string().check(z.maxLength(200))) }),
  enrol: z.object({ sequence: z.optional(z.string().check(z.maxLength(200))) }),
  rollWinnerForward: z.object({
    sequence: z.string().check(z.minLength(1), z.maxLength(200)),
    step: z.number().check(z.int(), z.minimum(1), z.maximum(1000)),
  }),
  profitSummary: z.object({
    preset: z.enum(PROFIT_PRESETS),
    start: z.optional(dayKey),
    end: z.optional(dayKey),
  }),
};

export type CellRef = z.infer<typeof cellRef>;
export type SaveMappingRequest = z.infer<typeof REQUESTS.saveSourceMapping>;
export type DecideFollowUpRequest = z.infer<typeof REQUESTS.decideFollowUp>;
export type FollowUpsOnRequest = z.infer<typeof REQUESTS.setFollowUpsOn>;
export type ReplyReadingRequest = z.infer<typeof REQUESTS.setReplyReading>;
export type MarkAnswerRequest = z.infer<typeof REQUESTS.markAnswer>;
export type AutoOrganizeRequest = z.infer<typeof REQUESTS.setAutoOrganize>;
export type FollowUpSettingsRequest = z.infer<typeof REQUESTS.saveFollowUpSettings>;
export type ProfitRequest = z.infer<typeof REQUESTS.profitSummary>;
export type EnrolmentRequest = z.infer<typeof REQUESTS.previewEnrolment>;
export type RollWinnerRequest = z.infer<typeof REQUESTS.rollWinnerForward>;

/**
 * The request as its schema reads it, or an error that says what to do. The sidebar only sends
 * well-formed requests, so a malformed one means a stale sidebar (or someone calling the server
 * function by hand): the fix is to reload.
 */
export function parseRequest<K extends keyof typeof REQUESTS>(call: K, input: unknown): z.infer<(typeof REQUESTS)[K]> {
  const parsed = REQUESTS[call].safeParse(input);
  if (parsed.success) return parsed.data as z.infer<(typeof REQUESTS)[K]>;
  const where = parsed.error.issues.map((issue) => issue.path.join('.') || 'request').join(', ');
  throw new Error(`The sidebar sent ${call} something it cannot use (${where}): reload the sidebar and try again.`);
}

// ---- Responses --------------------------------------------------------------------------------

/** A short confirmation, said in the sidebar's live region. */
export interface Notice {
  message: string;
}

/** What Organize reads a tab as. */
export interface DetectionSummary {
  tab: string;
  kind: string | null;
  label: string;
  headerRow: number;
  columns: { field: string; header: string }[];
  /** The header row's cells, for choosing columns by hand. */
  headers: string[];
  /** The fields a tab of this kind can have. */
  fields: string[];
  reason?: string;
}

export interface ImportIssue {
  tab: string;
  row: number;
  column: string;
  value: string;
  problem: string;
  /** 1-based column of `column` in its tab, when it is one of the tab's headers. */
  columnNumber?: number;
}

/** One source tab's rows: how many were read, and those that gave no record, with why. */
export interface SourceOutcome {
  tab: string;
  label: string;
  rows: number;
  refusedCount: number;
  /** The first refused rows, each with its problems. */
  refused: { row: number; columnNumber?: number; problems: string[] }[];
}

export interface OrganizeSummary {
  tabs: { name: string; rows: number; added: number; updated: number; editsKept: number; orphans: number }[];
  sources: DetectionSummary[];
  outcomes: SourceOutcome[];
  /** A kind of source that gave nothing, or other things the operator must know before trusting the tabs. */
  warnings: string[];
  /** Rows on the Import issues tab. */
  issueCount: number;
  /** Issues on rows that were imported (refused rows are under `outcomes`), and the first of them. */
  cellIssueCount: number;
  issues: ImportIssue[];
  sampleOrders: number;
  attributedByPromo: number;
  joinedAffiliate: number;
  unattributed: number;
  /** Set when the run reached its time budget: where it stopped; the rest follows in a trigger a minute later. */
  continuing?: { tab: string; rowsDone: number; rows: number; text: string };
}

/** Whether the hourly run organizes first (Settings), and whether that hourly run is on at all. */
export interface AutoOrganizeStatus {
  on: boolean;
  followUpsOn: boolean;
  text: string;
}

/** The step an Organize run is at, as it records it for the sidebar to poll. */
export interface OrganizeProgress {
  step: number;
  steps: number;
  text: string;
  /** Between the parts of a run that reached its time budget: step and steps are rows of the tab being written. */
  background?: boolean;
}

export interface SampleItem {
  sampleId: string;
  handle: string;
  /** Product name, else SKU. */
  product: string;
  /** 'YYYY-MM-DD': Due for due and overdue samples, Requested for samples waiting to ship. */
  day: string;
  /** Days from `day` to today: negative before it. */
  daysSince: number;
  videoUrl: string;
  /** Row on the Samples tab. */
  row: number;
}

export interface CreatorItem {
  handle: string;
  name: string;
  email: string;
  profileUrl: string;
  /** 'YYYY-MM-DD' or ''. */
  lastContacted: string;
  /** Row on the Creators tab. */
  row: number;
}

export interface QueuedItem {
  key: string;
  rule: string;
  handle: string;
  sampleId: string;
  to: string;
  subject: string;
  /** The log tab the row is on (Follow-up log or Outreach log). */
  tab: string;
  row: number;
}

export interface ListOf<T> {
  items: T[];
  /** Items there are; `items` holds the first ones. */
  total: number;
}

export interface TodayLists {
  /** False until Organize has written the Samples and Creators tabs. */
  organized: boolean;
  /** 'YYYY-MM-DD' in the spreadsheet's time zone. */
  today: string;
  /** The tab each list's rows are on. */
  tabs: { samples: string; creators: string; log: string };
  due: ListOf<SampleItem>;
  overdue: ListOf<SampleItem>;
  toShip: ListOf<SampleItem>;
  replied: ListOf<CreatorItem>;
  awaiting: ListOf<QueuedItem>;
  /** Conversations the add-on started lately with no answer recorded: mark one when someone answers. */
  threads: ListOf<ThreadItem>;
}

export interface ThreadItem {
  threadId: string;
  handle: string;
  to: string;
  subject: string;
  /** 'YYYY-MM-DD' of the last email in it. */
  lastSent: string;
}

export type RunOutcome =
  | 'done'
  | 'outside send window'
  | 'stopped at the time limit'
  | 'stopped at the daily limit'
  | 'stopped at Gmail sending limit'
  | 'failed';

export interface RunReport {
  /** ISO time the run started. */
  at: string;
  outcome: RunOutcome;
  sent: number;
  queued: number;
  held: number;
  failed: number;
  expired: number;
  /** Emails due now that wait for the next run (time limit, daily limit or Gmail's limit). */
  waiting: number;
  /** Messages held back by the cadence (one email a day per creator, nudges spaced out). */
  deferred: number;
  /** Answers found in the threads the add-on started (reading replies on). */
  replies: number;
  bounces: number;
  optOuts: number;
  /** Log rows left at `sending` by a run that stopped mid-send: check Sent mail; they are never resent. */
  unconfirmed: { row: number; key: string }[];
  /** What outreach did in the run, after the follow-ups; absent when no sequence has anyone enrolled. */
  outreach?: OutreachRunReport;
  error?: string;
}

export interface OutreachRunReport {
  sent: number;
  /** Queued in the Outreach log for approval (review mode). */
  queued: number;
  /** Held with a problem to fix (a template placeholder with nothing to fill it). */
  held: number;
  failed: number;
  /** Due but left for the next run: the daily limit (follow-ups first), the time limit or Gmail's limit. */
  waiting: number;
  /** Held back by the cadence: the creator already had an email today. */
  deferred: number;
  /** Creators whose sequence ended in this run (replied, status, opted out, bounced, finished). */
  ended: number;
  /** Why outreach sent nothing at all, when something was due: the postal address is blank. */
  refused?: string;
  problems: string[];
}

export interface EnrolmentPreview {
  sequence: string;
  /** Every sequence on the Sequences tab that can run, in order. */
  sequences: string[];
  /** Rows or sequences of the Sequences tab that cannot run, with what to fix. */
  problems: string[];
  /** Creators it would enrol now, and how many per variant. */
  reach: number;
  variants: { variant: string; count: number }[];
  excludedByReason: { reason: string; count: number }[];
  /** The first exclusions, each with its reason. */
  excluded: { handle: string; reason: string; detail: string }[];
  outsideSegment: number;
  /** Creators in the sequence now. */
  enrolled: number;
  /** Outreach sends nothing while Settings has no postal address. */
  postalAddressSet: boolean;
}

export interface OutreachOverview {
  preview: EnrolmentPreview | null;
  /** The OUTREACH_RESULTS table of the Outreach log (header row first), or why it cannot be computed. */
  results: (string | number)[][];
  resultsError?: string;
  /** Steps whose verdict names a winner, ready to roll forward. */
  winners: { sequence: string; step: number; variant: string }[];
}

export interface FollowUpStatus {
  on: boolean;
  /** Reading replies and bounces: possible in this copy of the add-on, switched on, scope granted. */
  replyReading: { available: boolean; on: boolean; granted: boolean };
  mode: string;
  window: string;
  senderName: string;
  lastRun?: RunReport;
  lastRunText?: string;
}

export interface PreviewItem {
  /** send: goes out next run; wait: over the daily limit; defer: held back by the cadence; await: queued earlier, waits for approval. */
  action: 'send' | 'wait' | 'defer' | 'queue' | 'await' | 'hold' | 'expire';
  key: string;
  /** Every message the email carries (several samples of one creator go in one email). */
  keys: string[];
  rule: string;
  handle: string;
  sampleId: string;
  to: string;
  subject: string;
  body: string;
  /** First day it may go out, 'YYYY-MM-DD'. */
  day: string;
  /** The Gmail thread it continues, blank for a new conversation. */
  threadId: string;
  problems: string[];
}

export interface HeldItem {
  key: string;
  rule: string;
  handle: string;
  sampleId: string;
  reason: string;
  /** Row on the Follow-up log tab. */
  row: number;
}

export interface FollowUpPreview {
  windowOpen: boolean;
  total: number;
  items: PreviewItem[];
  /** Messages the log holds back with a problem to fix; they go out once it is fixed. */
  held: HeldItem[];
  /** The tab `held` rows are on. */
  logTab: string;
}

export interface CreatorProfitRow {
  handle: string;
  orders: number;
  netRevenue: number;
  netProfit: number;
  /** Null when there was no net revenue. */
  margin: number | null;
  decision: string;
}

export interface ProfitSummary {
  preset: ProfitRequest['preset'];
  /** Inclusive calendar days, 'YYYY-MM-DD'. */
  start: string;
  end: string;
  currency: string;
  creators: number;
  top: CreatorProfitRow[];
  bottom: CreatorProfitRow[];
  total: { netRevenue: number; netProfit: number; margin: number | null };
  /** Whether the Profit tab is there to refresh. */
  dashboard: boolean;
}

// ---- The calls --------------------------------------------------------------------------------

interface Call<Args extends unknown[], Response> {
  args: Args;
  response: Response;
}

/** Every call the sidebar makes: its arguments and what it answers. */
export type SidebarApi = Transferred<{
  previewSources: Call<[], DetectionSummary[]>;
  saveSourceMapping: Call<[request: SaveMappingRequest], DetectionSummary[]>;
  runOrganize: Call<[], OrganizeSummary>;
  organizeProgress: Call<[], OrganizeProgress | null>;
  autoOrganizeStatus: Call<[], AutoOrganizeStatus>;
  setAutoOrganize: Call<[request: AutoOrganizeRequest], AutoOrganizeStatus>;
  selectCell: Call<[request: CellRef], Notice>;
  todayLists: Call<[], TodayLists>;
  decideFollowUp: Call<[request: DecideFollowUpRequest], TodayLists>;
  followUpStatus: Call<[], FollowUpStatus>;
  previewFollowUps: Call<[], FollowUpPreview>;
  setFollowUpsOn: Call<[request: FollowUpsOnRequest], Notice>;
  setReplyReading: Call<[request: ReplyReadingRequest], { message: string; consentUrl?: string }>;
  markAnswer: Call<[request: MarkAnswerRequest], TodayLists>;
  saveFollowUpSettings: Call<[request: FollowUpSettingsRequest], FollowUpStatus>;
  profitSummary: Call<[request: ProfitRequest], ProfitSummary>;
  outreachOverview: Call<[request: EnrolmentRequest], OutreachOverview>;
  previewEnrolment: Call<[request: EnrolmentRequest], EnrolmentPreview>;
  enrol: Call<[request: EnrolmentRequest], OutreachOverview & Notice>;
  rollWinnerForward: Call<[request: RollWinnerRequest], OutreachOverview & Notice>;
  insertDashboard: Call<[], Notice>;
}>;

export type SidebarRequest<K extends keyof SidebarApi> = SidebarApi[K]['args'][0];
export type SidebarResponse<K extends keyof SidebarApi> = SidebarApi[K]['response'];

export type SidebarFunctions = {
  [K in keyof SidebarApi]: (...args: SidebarApi[K]['args']) => SidebarApi[K]['response'];
};

type Assert<T extends true> = T;

/** tsc fails here when src/server/index.ts does not export every sidebar call with the types above. */
export type IndexServesTheSidebar = Assert<
  Pick<typeof EntryPoints, keyof SidebarApi> extends SidebarFunctions ? true : false
>;
