/**
 * With reading on (gmail.metadata granted), each run looks at the threads the add-on started in the
 * last 60 days: a reply marks the thread replied and moves the creator's Status to `replied`, so
 * nothing more is sent there; a bounce or a request to stop puts the address in Do not contact.
 */
/// <reference types="google-apps-script/apis/gmail_v1" />
import type { HeaderedMessage } from '../../core/mail/answers';
import { ANSWER_HEADERS, threadAnswer } from '../../core/mail/answers';
import type { DoNotContact } from '../../core/mail/doNotContact';
import { headerColumn } from '../../core/aliases';
import { DO_NOT_CONTACT_REASON, doNotContactRow } from '../../core/mail/doNotContact';
import type { Thread, ThreadState } from '../../core/mail/memory';
import { THREAD_STATE } from '../../core/mail/memory';
import { LOG_STATUS, statusWord } from '../../core/followups/log';
import type { AddonTabRole } from '../../core/schema';
import { DO_NOT_CONTACT_HEADERS, DO_NOT_CONTACT_TAB, FOLLOWUP_LOG_TAB } from '../../core/schema';
import { cleanText } from '../../core/values';
import { writeRowRuns } from './cellWrites';
import { findOwnedSheet } from '../ownership';
import { HeaderedTable } from '../headeredTable';
import type { CreatorMail, CreatorMailUpdate } from './creatorMail';
import { gmail } from './gmail';
import type { MemoryWriter } from './memoryWriter';
import { readingGranted } from './replyReading';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const LOOK_BACK_MS = 60 * 24 * 60 * 60 * 1000;
/** Threads checked a run, most recently used first: one Gmail call each. */
const THREADS_PER_RUN = 150;

export interface AnswersFound {
  replies: number;
  bounces: number;
  optOuts: number;
}

function headered(message: GoogleAppsScript.Gmail.Schema.Message): HeaderedMessage {
  const headers: Record<string, string> = {};
  for (const { name, value } of message.payload?.headers ?? []) if (name) headers[name] = value ?? '';
  return { labelIds: message.labelIds ?? [], headers };
}

function threadMessages(threadId: string): HeaderedMessage[] | undefined {
  try {
    const thread = gmail().Users.Threads.get('me', threadId, {
      format: 'metadata',
      metadataHeaders: [...ANSWER_HEADERS],
    });
    return (thread.messages ?? []).map(headered);
  } catch {
    // Deleted by the user, or Gmail busy: looked at again next run.
    return undefined;
  }
}

/** Threads still open, most recently used first. */
function threadsToCheck(memory: MemoryWriter, now: Date): Thread[] {
  const since = now.getTime() - LOOK_BACK_MS;
  return [...memory.memory.threads.values()]
    .filter((thread) => !thread.state && thread.lastSent.getTime() > since)
    .sort((a, b) => b.lastSent.getTime() - a.lastSent.getTime())
    .slice(0, THREADS_PER_RUN);
}

const reasonOf = (state: ThreadState) =>
  state === THREAD_STATE.bounced ? DO_NOT_CONTACT_REASON.bounced : DO_NOT_CONTACT_REASON.optedOut;

function addToDoNotContact(spreadsheet: Spreadsheet, found: readonly Found[], now: Date): void {
  const rows = found
    .filter(({ state }) => state !== THREAD_STATE.replied)
    .map(({ thread, state }) => doNotContactRow(thread.to, thread.handle, reasonOf(state), now));
  const sheet = findOwnedSheet(spreadsheet, DO_NOT_CONTACT_TAB);
  if (!sheet || rows.length === 0) return;
  // Under the headers every send reads it by: an address in another column would block no one.
  const table = HeaderedTable.of(sheet, DO_NOT_CONTACT_HEADERS, headerColumn);
  table.writeRows(Math.max(sheet.getLastRow(), 1) + 1, rows);
}

export interface Found {
  thread: Thread;
  state: ThreadState;
}

/** The logs whose rows carry a Thread ID: each row of an answered thread shows the answer as its Status. */
export const THREAD_LOGS: AddonTabRole[] = [FOLLOWUP_LOG_TAB];

function markLogRows(spreadsheet: Spreadsheet, found: readonly Found[]): void {
  const states = new Map(found.map(({ thread, state }) => [thread.threadId, state]));
  for (const role of THREAD_LOGS) {
    const sheet = findOwnedSheet(spreadsheet, role);
    if (!sheet || sheet.getLastRow() < 2) continue;
    const values = sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn()).getValues();
    const [status, thread] = ['Status', 'Thread ID'].map((name) => headerColumn(values[0], name));
    if (status < 0 || thread < 0) continue;
    const writes = values.flatMap((row, index) => {
      const state = index > 0 ? states.get(cleanText(row[thread])) : undefined;
      return state && statusWord(cleanText(row[status])) === LOG_STATUS.sent
        ? [{ row: index + 1, cells: [state] }]
        : [];
    });
    writeRowRuns(sheet, status + 1, writes);
  }
}

/** Records answers: the threads in memory, bounces and stops in Do not contact, the creators' mail status. */
export function recordAnswers(
  spreadsheet: Spreadsheet,
  memory: MemoryWriter,
  creatorMail: CreatorMail,
  found: readonly Found[],
  doNotContact: DoNotContact | undefined,
  now: Date,
): AnswersFound {
  const counts: AnswersFound = { replies: 0, bounces: 0, optOuts: 0 };
  if (found.length === 0) return counts;
  memory.recordThreads(
    found.map(({ thread, state }) => ({ threadId: thread.threadId, state, detail: thread.to })),
    now,
  );
  addToDoNotContact(spreadsheet, found, now);
  markLogRows(spreadsheet, found);
  const updates: CreatorMailUpdate[] = [];
  for (const { thread, state } of found) {
    const handle = thread.handle;
    if (state === THREAD_STATE.replied) counts.replies++;
    else if (state === THREAD_STATE.bounced) counts.bounces++;
    else counts.optOuts++;
    // The list the run plans from keeps in step with the tab.
    if (state !== THREAD_STATE.replied) doNotContact?.byAddress.set(thread.to.toLowerCase(), reasonOf(state));
    if (handle)
      updates.push({
        handle,
        mailStatus: state,
        ...(state === THREAD_STATE.replied ? { status: { to: 'replied', from: ['prospect', 'contacted'] } } : {}),
      });
  }
  creatorMail.update(updates);
  return counts;
}

/** Checks the threads and records what came back, before the run plans. */
export function checkAnswers(
  spreadsheet: Spreadsheet,
  memory: MemoryWriter,
  creatorMail: CreatorMail,
  planned: { doNotContact: DoNotContact },
  operatorEmail: string,
  now: Date,
): AnswersFound {
  if (!readingGranted()) return { replies: 0, bounces: 0, optOuts: 0 };
  const found: Found[] = [];
  for (const thread of threadsToCheck(memory, now)) {
    const messages = threadMessages(thread.threadId);
    const answer = messages && threadAnswer(messages, operatorEmail);
    if (answer) found.push({ thread, state: answer });
  }
  return recordAnswers(spreadsheet, memory, creatorMail, found, planned.doNotContact, now);
}
