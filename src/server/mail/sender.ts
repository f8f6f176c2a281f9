/**
 * Sends emails at most once, in batches: every key of a batch is remembered as `sending` and the
 * spreadsheet flushed before Gmail is called, then each is remembered as `sent` (with its thread) or
 * `failed`. A run cut off mid-batch leaves at most that batch at `sending`: shown, never resent.
 * The run stops at its time budget and at the daily limit; Gmail's own rate and quota errors make
 * the rest wait for the next run.
 */
import type { SendDetail, SendMemory, Thread } from '../../core/mail/memory';
import { emailsSent, MEMORY_STATE } from '../../core/mail/memory';
import { newMessageId } from '../../core/mail/mime';
import { isSendingLimit, sendWithGmail } from './gmail';
import type { MemoryWriter } from './memoryWriter';

/** Emails a batch: small enough that a crash strands few, large enough to spread the writes. */
export const BATCH_SIZE = 25;
const DAY_MS = 24 * 60 * 60 * 1000;
const ERROR_TEXT_LIMIT = 500;

export interface Outgoing {
  to: string;
  subject: string;
  body: string;
  handle: string;
  rule: string;
  nudge: boolean;
  /** The memory keys it carries, each with what it is about (the thread's topics). */
  keys: readonly { key: string; topic: string }[];
  /** The conversation it continues. */
  thread?: Thread;
}

export type Outcome =
  | { kind: 'sent'; threadId: string; messageId: string }
  | { kind: 'failed'; error: string }
  /** Not attempted, or refused for the account's sending limit: the next run tries again. */
  | { kind: 'waiting'; reason: string };

export interface Sender {
  address: string;
  name: string;
  replyTo?: string;
}

export interface BatchHooks<T extends Outgoing> {
  /** Before any send of the batch: the logs show its emails as `sending`. */
  marked(batch: readonly T[], time: Date): void;
  /** After the batch: each email's outcome, in the batch's order. */
  finished(batch: readonly T[], outcomes: readonly Outcome[], time: Date): void;
}

export type StopReason = 'stopped at the time limit' | 'stopped at the daily limit' | 'stopped at Gmail sending limit';

export interface SendSummary {
  sent: number;
  failed: number;
  /** Emails left for a later run. */
  waiting: number;
  stop?: StopReason;
}

export function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > ERROR_TEXT_LIMIT ? `${text.slice(0, ERROR_TEXT_LIMIT)}…` : text;
}

/** Emails still allowed in the rolling 24 hours before `now`. */
export function remainingToday(memory: SendMemory, dailyLimit: number, now: Date): number {
  const since = now.getTime() - DAY_MS;
  const recent = emailsSent(memory).filter(({ time }) => time.getTime() > since).length;
  return Math.max(0, dailyLimit - recent);
}

function detailOf(email: Outgoing, topic: string, messageId: string, threadId: string): SendDetail {
  const subject = email.thread?.subject ?? email.subject;
  return {
    to: email.to,
    handle: email.handle,
    rule: email.rule,
    nudge: email.nudge,
    topic,
    subject,
    messageId,
    threadId,
  };
}

export class MailSender {
  constructor(
    private readonly memory: MemoryWriter,
    private readonly from: Sender,
    private readonly deadline: number,
  ) {}

  /** Sends up to `allowance` of the emails, in order. */
  send<T extends Outgoing>(emails: readonly T[], allowance: number, hooks: BatchHooks<T>): SendSummary {
    const summary: SendSummary = { sent: 0, failed: 0, waiting: 0 };
    const allowed = emails.slice(0, allowance);
    if (allowed.length < emails.length) summary.stop = 'stopped at the daily limit';
    for (let start = 0; start < allowed.length; start += BATCH_SIZE) {
      if (Date.now() >= this.deadline) {
        summary.stop = 'stopped at the time limit';
        break;
      }
      const stop = this.sendBatch(allowed.slice(start, start + BATCH_SIZE), hooks, summary);
      if (stop) {
        summary.stop = stop;
        break;
      }
    }
    summary.waiting = emails.length - summary.sent - summary.failed;
    return summary;
  }

  private sendBatch<T extends Outgoing>(
    batch: readonly T[],
    hooks: BatchHooks<T>,
    summary: SendSummary,
  ): StopReason | undefined {
    const markedAt = new Date();
    const messageIds = batch.map((email) => newMessageId(email.keys[0].key, markedAt, this.from.address));
    this.memory.record(
      batch.flatMap((email, i) =>
        email.keys.map(({ key, topic }) => ({
          key,
          state: MEMORY_STATE.sending,
          detail: detailOf(email, topic, messageIds[i], email.thread?.threadId ?? ''),
        })),
      ),
      markedAt,
    );
    hooks.marked(batch, markedAt);
    SpreadsheetApp.flush();

    let stop: StopReason | undefined;
    const outcomes = batch.map((email, i): Outcome => {
      if (!stop && Date.now() >= this.deadline) stop = 'stopped at the time limit';
      if (stop) return { kind: 'waiting', reason: stop };
      try {
        const sent = sendWithGmail(
          {
            from: { address: this.from.address, name: this.from.name },
            to: email.to,
            subject: email.subject,
            body: email.body,
            replyTo: this.from.replyTo,
            messageId: messageIds[i],
            references: email.thread?.messageIds,
          },
          email.thread?.threadId,
        );
        return { kind: 'sent', threadId: sent.threadId, messageId: messageIds[i] };
      } catch (error) {
        if (!isSendingLimit(error)) return { kind: 'failed', error: errorText(error) };
        stop = 'stopped at Gmail sending limit';
        return { kind: 'waiting', reason: `Gmail: ${errorText(error)}` };
      }
    });

    const doneAt = new Date();
    this.memory.record(
      batch.flatMap((email, i) => {
        const outcome = outcomes[i];
        return email.keys.map(({ key, topic }) => ({
          key,
          state: outcome.kind === 'sent' ? MEMORY_STATE.sent : MEMORY_STATE.failed,
          detail:
            outcome.kind === 'sent'
              ? detailOf(email, topic, outcome.messageId, outcome.threadId)
              : outcome.kind === 'failed'
                ? outcome.error
                : `not sent: ${outcome.reason}`,
        }));
      }),
      doneAt,
    );
    hooks.finished(batch, outcomes, doneAt);
    for (const outcome of outcomes) {
      if (outcome.kind === 'sent') summary.sent++;
      else if (outcome.kind === 'failed') summary.failed++;
    }
    return stop;
  }
}
