/**
 * Outreach in the hourly run, after the follow-ups and inside the same lock: what the follow-ups
 * left of the daily limit goes to the sequences' due steps, paced with everything else the creator
 * got today (one email a day per creator), through the same mail sender and memory. Each email is
 * one Outreach log row; ended sequences are remembered (and an answer logged) so they stop for good.
 * While Settings has no postal address nothing is sent or queued, and the report says why.
 */
import { pace } from '../../core/mail/cadence';
import type { DoNotContact } from '../../core/mail/doNotContact';
import type { Enrolment, SendMemory } from '../../core/mail/memory';
import { ENROLMENT_STATE, MEMORY_STATE } from '../../core/mail/memory';
import { creatorMergeValues } from '../../core/followups/placeholders';
import { senderName } from '../../core/followups/mailHeaders';
import type { DueStep, EndedEnrolment } from '../../core/outreach/due';
import { outreachDue, sequenceTopic, stepKey } from '../../core/outreach/due';
import { NO_POSTAL_ADDRESS, outreachEmail } from '../../core/outreach/emails';
import type { OutreachLogRow } from '../../core/outreach/outreachLog';
import { OUTREACH_STATUS } from '../../core/outreach/outreachLog';
import { statusWord } from '../../core/followups/log';
import { dayKey } from '../../core/values';
import type { OutreachRunReport } from '../api';
import type { CreatorMail } from '../mail/creatorMail';
import type { MemoryWriter } from '../mail/memoryWriter';
import type { MailSender, Outcome, Outgoing, StopReason } from '../mail/sender';
import type { OutreachLine } from './log';
import { OutreachLogWriter } from './log';
import type { OutreachState } from './tabs';
import { readOutreachState } from './tabs';
import type { AddOnTabs } from '../addOnTabs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface OutreachRun {
  /** The run's tabs: those the follow-ups found or made. */
  tabs: AddOnTabs;
  /** The run's writer of the Creators tab's mail columns. */
  creatorMail: CreatorMail;
  memory: MemoryWriter;
  sender: MailSender;
  /** Emails the daily limit still allows after the follow-ups. */
  allowance: number;
  /** The run's list, with what this run's answers added. */
  doNotContact: DoNotContact;
  now: Date;
}

export type OutreachOutgoing = Outgoing & { due: DueStep; line: OutreachLine };

const RETRY_HINT = ' (set Status to approved to try again)';
const ANSWER_STATUS: Readonly<Record<string, string>> = {
  replied: OUTREACH_STATUS.replied,
  'opted out': OUTREACH_STATUS.optedOut,
  bounced: OUTREACH_STATUS.bounced,
};

function emptyReport(): OutreachRunReport {
  return { sent: 0, queued: 0, held: 0, failed: 0, waiting: 0, deferred: 0, ended: 0, problems: [] };
}

function lineOf(due: DueStep, subject: string, status: string, now: Date): OutreachLine {
  return {
    time: now,
    sequence: due.sequence.name,
    step: due.step.step,
    variant: due.variant.variant || due.enrolment.variant,
    handle: due.enrolment.handle,
    to: due.to,
    subject,
    status,
    threadId: due.thread?.threadId ?? '',
    key: due.key,
  };
}

/** The last step sent to an ended creator, for the answer's log row. */
function lastSentStep(memory: SendMemory, ended: EndedEnrolment): number {
  const { sequence, handle } = ended.enrolment;
  let last = 0;
  for (let step = 1; memory.keys.get(stepKey(sequence, handle, step))?.state === MEMORY_STATE.sent; step++) last = step;
  return last;
}

/** Ends sequences for good; a reply, a stop or a bounce also gets its row in the Outreach log. */
function recordEnded(
  ended: readonly EndedEnrolment[],
  run: OutreachRun,
  log: OutreachLogWriter,
  state: OutreachState,
): void {
  if (ended.length === 0) return;
  run.memory.recordEnrolments(
    ended.map(({ enrolment, reason }): Omit<Enrolment, 'row'> => {
      const { sequence, handle, variant, enrolledOn } = enrolment;
      return { sequence, handle, variant, enrolledOn, state: ENROLMENT_STATE.ended, reason };
    }),
    run.now,
  );
  const answers = ended.flatMap((e): OutreachLine[] => {
    const status = ANSWER_STATUS[e.reason];
    const step = lastSentStep(state.memory, e);
    if (!status || step === 0) return [];
    const key = stepKey(e.enrolment.sequence, e.enrolment.handle, step);
    const sent = state.memory.keys.get(key)?.detail;
    return [
      {
        time: run.now,
        sequence: e.enrolment.sequence,
        step,
        variant: e.enrolment.variant,
        handle: e.enrolment.handle,
        to: sent?.to ?? '',
        subject: sent?.subject ?? '',
        status,
        threadId: sent?.threadId ?? '',
        key: `${key}|${status}`,
      },
    ];
  });
  log.putAll(answers);
}

interface Sorted {
  toSend: { due: DueStep; subject: string; body: string }[];
  unsent: OutreachLine[];
  skipped: EndedEnrolment[];
}

/** Per due step, by its log row: send, queue for approval, hold with a problem, or leave as it is. */
function sortDue(
  due: readonly DueStep[],
  state: OutreachState,
  entryOf: (key: string) => OutreachLogRow | undefined,
  now: Date,
  timeZone: string,
): Sorted {
  const sorted: Sorted = { toSend: [], unsent: [], skipped: [] };
  const review = state.settings.followUps.mode === 'review';
  for (const step of due) {
    const logged = statusWord(entryOf(step.key)?.status ?? '');
    if (logged === OUTREACH_STATUS.skipped) {
      sorted.skipped.push({ enrolment: step.enrolment, reason: 'skipped', detail: 'skipped in the Outreach log' });
      continue;
    }
    if (logged === OUTREACH_STATUS.failed || (review && logged === OUTREACH_STATUS.awaiting)) continue;
    const values = creatorMergeValues(step.creator.fields, senderName(state.settings.followUps.senderName), timeZone);
    const mail = outreachEmail(step.variant.template, values, state.settings.mail.postalAddress, step.thread);
    if (mail.problems.length > 0) {
      sorted.unsent.push(lineOf(step, mail.subject, `${OUTREACH_STATUS.held}: ${mail.problems.join('; ')}`, now));
      continue;
    }
    const cleared = !review || logged === OUTREACH_STATUS.approved || logged === OUTREACH_STATUS.waiting;
    if (cleared) sorted.toSend.push({ due: step, subject: mail.subject, body: mail.body });
    else sorted.unsent.push(lineOf(step, mail.subject, OUTREACH_STATUS.awaiting, now));
  }
  return sorted;
}

function statusOf(outcome: Outcome): string {
  if (outcome.kind === 'sent') return OUTREACH_STATUS.sent;
  if (outcome.kind === 'failed') return `${OUTREACH_STATUS.failed}: ${outcome.error}${RETRY_HINT}`;
  return `${OUTREACH_STATUS.waiting}: ${outcome.reason}; the next run sends it`;
}

function hooks(creatorMail: CreatorMail, log: OutreachLogWriter) {
  let rows: number[] = [];
  return {
    marked(batch: readonly OutreachOutgoing[], time: Date) {
      rows = log.putAll(batch.map(({ line }) => ({ ...line, time, status: OUTREACH_STATUS.sending })));
    },
    finished(batch: readonly OutreachOutgoing[], outcomes: readonly Outcome[], time: Date) {
      log.setStatuses(
        batch.map((email, i) => {
          const outcome = outcomes[i];
          const threadId = outcome.kind === 'sent' ? outcome.threadId : (email.thread?.threadId ?? '');
          return { row: rows[i], status: statusOf(outcome), threadId };
        }),
      );
      creatorMail.update(
        batch
          .filter((_, i) => outcomes[i].kind === 'sent')
          .map(({ handle }) => ({
            handle,
            mailStatus: 'sent' as const,
            lastEmail: time,
            status: { to: 'contacted', from: ['prospect'] },
          })),
      );
    },
  };
}

/** What the outreach part of a run does, decided before it writes or sends anything. */
export interface OutreachPlan {
  due: DueStep[];
  ended: EndedEnrolment[];
  orphaned: { sequence: string }[];
  /** Undefined while Settings has no postal address: nothing is sent or queued. */
  sorted?: Sorted;
  /** What goes out, in order, as far as the daily limit allows. */
  emails: OutreachOutgoing[];
  /** Held back by the cadence (one email a day per creator), with why. */
  deferred: { item: DueStep; reason: string }[];
}

/**
 * The due steps and what becomes of each: `entryOf` gives a step's Outreach log row; `memory` holds
 * what was sent (a run's, with what its follow-ups sent just before).
 */
export function planOutreach(
  state: OutreachState,
  memory: SendMemory,
  doNotContact: DoNotContact,
  time: { now: Date; timeZone: string },
  entryOf: (key: string) => OutreachLogRow | undefined,
): OutreachPlan {
  const { now, timeZone } = time;
  const today = dayKey(now, timeZone);
  const { due, ended, orphaned } = outreachDue({
    sequences: state.sequences.sequences,
    memory,
    creators: state.creators,
    doNotContact,
    today,
    timeZone,
  });
  if (due.length > 0 && state.settings.mail.postalAddress.trim() === '')
    return { due, ended, orphaned, emails: [], deferred: [] };
  const sorted = sortDue(due, state, entryOf, now, timeZone);
  const paced = pace(
    sorted.toSend.map((item) => ({ to: item.due.to, nudge: false, item })),
    memory,
    state.settings.mail.cadence,
    today,
    timeZone,
  );
  const deferred = paced.deferred.map(({ item, reason }) => ({ item: item.due, reason }));
  const emails = paced.emails.map(({ items: [first, ...rest] }): OutreachOutgoing => {
    // Two creators sharing an address are never both enrolled; should it happen, the rest wait a day.
    for (const other of rest) deferred.push({ item: other.due, reason: `${other.due.to} gets one email a run` });
    const { due: step, subject, body } = first;
    return {
      due: step,
      line: lineOf(step, subject, OUTREACH_STATUS.sending, now),
      to: step.to,
      subject,
      body,
      handle: step.enrolment.handle,
      rule: `${step.sequence.name} step ${step.step.step}${step.variant.variant}`,
      nudge: false,
      keys: [{ key: step.key, topic: sequenceTopic(step.sequence.name) }],
      ...(step.thread ? { thread: step.thread } : {}),
    };
  });
  return { due, ended, orphaned, sorted, emails, deferred };
}

/** The outreach part of a run and why its sending stopped, if it did; undefined when nobody is enrolled. */
export function runOutreach(
  spreadsheet: Spreadsheet,
  run: OutreachRun,
): { report: OutreachRunReport; stop?: StopReason } | undefined {
  const memory = run.memory.memory;
  if (![...memory.enrolments.values()].some((e) => e.state === ENROLMENT_STATE.enrolled)) return undefined;
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const state = readOutreachState(run.tabs, timeZone, { create: true, memory });
  const report = emptyReport();
  report.problems.push(...state.problems, ...state.sequences.problems);
  const log = new OutreachLogWriter(state.logSheet!, state.logNextRow, state.log);
  const plan = planOutreach(state, memory, run.doNotContact, { now: run.now, timeZone }, (key) => log.entry(key));
  if (plan.orphaned.length > 0)
    report.problems.push(
      `${plan.orphaned.length} enrolled in ${[...new Set(plan.orphaned.map((e) => e.sequence))].join(', ')}, which the ${state.tabs.sequences} tab no longer has (or cannot run): nothing is sent to them`,
    );
  recordEnded(plan.ended, run, log, state);
  report.ended = plan.ended.length;
  if (!plan.sorted) {
    report.refused = NO_POSTAL_ADDRESS;
    report.waiting = plan.due.length;
    return { report };
  }
  recordEnded(plan.sorted.skipped, run, log, state);
  report.ended += plan.sorted.skipped.length;
  log.putAll(plan.sorted.unsent);
  report.queued = plan.sorted.unsent.filter((l) => l.status === OUTREACH_STATUS.awaiting).length;
  report.held = plan.sorted.unsent.length - report.queued;
  report.deferred = plan.deferred.length;
  const summary = run.sender.send(plan.emails, run.allowance, hooks(run.creatorMail, log));
  report.sent = summary.sent;
  report.failed = summary.failed;
  report.waiting = summary.waiting;
  return { report, ...(summary.stop ? { stop: summary.stop } : {}) };
}
