/**
 * What the add-on remembers of every email it tried to send, in its own hidden tab: the logs are the
 * operator's view and may be edited, sorted or deleted, but a key remembered here as `sending` or
 * `sent` is never sent again, whatever a log says. One row per key, keys as text, updated in place.
 *
 * A send row's Detail holds what later emails need: the address, the thread and the Message-ID it
 * was given, so a follow-up goes in the same thread, and the cadence and the daily limit are
 * counted from here rather than from a log the operator can delete. A thread row (`thread|<id>`)
 * records what came back in that thread: a reply, a bounce or a request to stop. An enrolment row
 * (`enrol|<sequence>|<handle>`, sequence in lower case) records that a creator is in an outreach
 * sequence, with their variant and the day they joined (`enrolled`), or that it is over for them
 * (`ended`, with why): an edit of the Outreach log can neither enrol anyone nor undo an enrolment.
 */
import { MEMORY_HEADERS } from '../schema';
import { cleanText } from '../values';

export const MEMORY_STATE = { sending: 'sending', sent: 'sent', failed: 'failed' } as const;
export type MemoryState = (typeof MEMORY_STATE)[keyof typeof MEMORY_STATE];

export const ENROLMENT_STATE = { enrolled: 'enrolled', ended: 'ended' } as const;
export type EnrolmentState = (typeof ENROLMENT_STATE)[keyof typeof ENROLMENT_STATE];

/** One creator in one outreach sequence. */
export interface Enrolment {
  sequence: string;
  handle: string;
  /** 'A', 'B', …; '' for a sequence without variants. */
  variant: string;
  /** 'YYYY-MM-DD' in the spreadsheet's time zone. */
  enrolledOn: string;
  state: EnrolmentState;
  /** Why it ended ('replied', 'finished', …). */
  reason?: string;
  /** 1-based row in the memory tab. */
  row: number;
}

export const THREAD_STATE = { replied: 'replied', bounced: 'bounced', optedOut: 'opted out' } as const;
export type ThreadState = (typeof THREAD_STATE)[keyof typeof THREAD_STATE];

/** What one email was, shared by every key it carried. */
export interface SendDetail {
  to: string;
  handle: string;
  /** The rule or sequence step of the email's first key. */
  rule: string;
  /** A reminder about a video not yet posted: nudges to one person are spaced out. */
  nudge: boolean;
  /** What the thread is about: `sample:<Sample ID>` or `sequence:<name>`. */
  topic: string;
  subject: string;
  messageId: string;
  /** Gmail's thread id; blank until Gmail answered the send. */
  threadId: string;
}

export interface Remembered {
  key: string;
  state: MemoryState;
  time?: Date;
  detail?: SendDetail;
  /** 1-based row in the memory tab. */
  row: number;
}

export interface Thread {
  threadId: string;
  to: string;
  /** The creator it is with ('' for an owner's ship reminders). */
  handle: string;
  /** What its emails were about: one email may carry news of several samples. */
  topics: string[];
  /** The subject the thread was started with; every later email repeats it. */
  subject: string;
  /** Our Message-IDs in the thread, oldest first. */
  messageIds: string[];
  started: Date;
  lastSent: Date;
  state?: ThreadState;
}

export interface SendMemory {
  keys: Map<string, Remembered>;
  threads: Map<string, Thread>;
  /** Thread state rows by thread id, with their rows. */
  threadRows: Map<string, { state: ThreadState; row: number }>;
  /** Enrolments by enrolmentKey(sequence, handle). */
  enrolments: Map<string, Enrolment>;
  /** The first row after the last one used. */
  nextRow: number;
}

const STATES: ReadonlySet<string> = new Set(Object.values(MEMORY_STATE));
const isState = (value: string): value is MemoryState => STATES.has(value);
const THREAD_STATES: ReadonlySet<string> = new Set(Object.values(THREAD_STATE));
const isThreadState = (value: string): value is ThreadState => THREAD_STATES.has(value);
const THREAD_KEY = 'thread|';
const ENROLMENT_KEY = 'enrol|';

export const enrolmentKey = (sequence: string, handle: string): string =>
  `${ENROLMENT_KEY}${sequence.toLowerCase()}|${handle}`;

function readEnrolment(key: string, state: string, raw: unknown, row: number): Enrolment | undefined {
  if (state !== ENROLMENT_STATE.enrolled && state !== ENROLMENT_STATE.ended) return undefined;
  try {
    const parsed = JSON.parse(cleanText(raw)) as Partial<Enrolment>;
    if (typeof parsed.sequence !== 'string' || typeof parsed.handle !== 'string') return undefined;
    if (enrolmentKey(parsed.sequence, parsed.handle) !== key) return undefined;
    return {
      sequence: parsed.sequence,
      handle: parsed.handle,
      variant: String(parsed.variant ?? ''),
      enrolledOn: String(parsed.enrolledOn ?? ''),
      state,
      ...(parsed.reason ? { reason: String(parsed.reason) } : {}),
      row,
    };
  } catch {
    return undefined;
  }
}

/** An enrolment row's cells; its Detail holds everything but the state and the row. */
export function enrolmentRow(enrolment: Omit<Enrolment, 'row'>, time: Date): (string | Date)[] {
  const { sequence, handle, variant, enrolledOn, reason } = enrolment;
  const detail = JSON.stringify({ sequence, handle, variant, enrolledOn, ...(reason ? { reason } : {}) });
  return [enrolmentKey(sequence, handle), enrolment.state, time, detail];
}

function readDetail(raw: unknown): SendDetail | undefined {
  const text = cleanText(raw);
  if (!text.startsWith('{')) return undefined;
  try {
    const parsed = JSON.parse(text) as Partial<SendDetail>;
    if (typeof parsed.to !== 'string' || typeof parsed.messageId !== 'string') return undefined;
    return {
      to: parsed.to,
      handle: String(parsed.handle ?? ''),
      rule: String(parsed.rule ?? ''),
      nudge: parsed.nudge === true,
      topic: String(parsed.topic ?? ''),
      subject: String(parsed.subject ?? ''),
      messageId: parsed.messageId,
      threadId: String(parsed.threadId ?? ''),
    };
  } catch {
    return undefined;
  }
}

function timeOf(raw: unknown): Date | undefined {
  return raw instanceof Date && !Number.isNaN(raw.getTime()) ? raw : undefined;
}

export function readMemory(values: readonly unknown[][]): SendMemory {
  const memory: SendMemory = {
    keys: new Map(),
    threads: new Map(),
    threadRows: new Map(),
    enrolments: new Map(),
    nextRow: 2,
  };
  values.forEach((row, index) => {
    if (index === 0) return;
    const key = cleanText(row[0]);
    const state = cleanText(row[1]).toLowerCase();
    if (key === '') return;
    memory.nextRow = index + 2;
    if (key.startsWith(THREAD_KEY)) {
      if (isThreadState(state)) memory.threadRows.set(key.slice(THREAD_KEY.length), { state, row: index + 1 });
      return;
    }
    if (key.startsWith(ENROLMENT_KEY)) {
      const enrolment = readEnrolment(key, state, row[3], index + 1);
      if (enrolment) memory.enrolments.set(key, enrolment);
      return;
    }
    // A key is written once and updated in place; should a copy appear, the stricter state wins.
    const earlier = memory.keys.get(key);
    if (isState(state) && (!earlier || earlier.state === MEMORY_STATE.failed))
      memory.keys.set(key, { key, state, row: index + 1, time: timeOf(row[2]), detail: readDetail(row[3]) });
  });
  for (const remembered of [...memory.keys.values()].sort(byTime)) addToThread(memory, remembered);
  for (const [threadId, { state }] of memory.threadRows) {
    const thread = memory.threads.get(threadId);
    if (thread) thread.state = state;
  }
  return memory;
}

const byTime = (a: Remembered, b: Remembered) => (a.time?.getTime() ?? 0) - (b.time?.getTime() ?? 0);

function addToThread(memory: SendMemory, remembered: Remembered): void {
  const detail = remembered.detail;
  if (remembered.state !== MEMORY_STATE.sent || !detail?.threadId) return;
  const time = remembered.time ?? new Date(0);
  const thread = memory.threads.get(detail.threadId);
  if (!thread) {
    memory.threads.set(detail.threadId, {
      threadId: detail.threadId,
      to: detail.to,
      handle: detail.handle,
      topics: [detail.topic],
      subject: detail.subject,
      messageIds: [detail.messageId],
      started: time,
      lastSent: time,
    });
    return;
  }
  if (!thread.messageIds.includes(detail.messageId)) thread.messageIds.push(detail.messageId);
  if (!thread.topics.includes(detail.topic)) thread.topics.push(detail.topic);
  if (time > thread.lastSent) thread.lastSent = time;
}

/** Takes a key's new state into the memory read at the start of the run, its thread included. */
export function remember(memory: SendMemory, remembered: Remembered): void {
  memory.keys.set(remembered.key, remembered);
  addToThread(memory, remembered);
}

/** Marks a thread answered in the memory read at the start of the run. */
export function rememberThread(memory: SendMemory, threadId: string, state: ThreadState, row: number): void {
  memory.threadRows.set(threadId, { state, row });
  const thread = memory.threads.get(threadId);
  if (thread) thread.state = state;
}

/** A send was attempted and is not known to have failed: the email may have gone out. */
export function neverAgain(memory: SendMemory, key: string): boolean {
  const state = memory.keys.get(key)?.state;
  return state === MEMORY_STATE.sending || state === MEMORY_STATE.sent;
}

/** The thread with this address last used for this topic, if any. */
export function threadAbout(memory: SendMemory, to: string, topic: string): Thread | undefined {
  let found: Thread | undefined;
  const address = to.toLowerCase();
  for (const thread of memory.threads.values())
    if (
      thread.to.toLowerCase() === address &&
      thread.topics.includes(topic) &&
      (!found || thread.lastSent > found.lastSent)
    )
      found = thread;
  return found;
}

/** One entry per email (several keys may share one) that may have gone out, with when and to whom. */
export function emailsSent(memory: SendMemory): { time: Date; detail: SendDetail }[] {
  const byMessage = new Map<string, { time: Date; detail: SendDetail }>();
  for (const remembered of memory.keys.values()) {
    const { detail, time } = remembered;
    if (!detail || !time || !neverAgain(memory, remembered.key)) continue;
    if (!byMessage.has(detail.messageId)) byMessage.set(detail.messageId, { time, detail });
  }
  return [...byMessage.values()];
}

export function memoryRow(
  key: string,
  state: MemoryState,
  time: Date,
  detail?: SendDetail | string,
): (string | Date)[] {
  return [key, state, time, typeof detail === 'string' ? detail : detail ? JSON.stringify(detail) : ''];
}

export function threadRow(threadId: string, state: ThreadState, time: Date, detail = ''): (string | Date)[] {
  return [`${THREAD_KEY}${threadId}`, state, time, detail];
}

export const MEMORY_WIDTH = MEMORY_HEADERS.length;
