/**
 * The follow-ups cleared to go, made into the emails of this run: paced per recipient (one email a
 * day with everything due for them, nudges spaced out), each continuing the thread its sample
 * already has so the creator sees one conversation.
 */
import type { Cadence } from '../mail/cadence';
import { pace } from '../mail/cadence';
import type { SendMemory, Thread } from '../mail/memory';
import { threadAbout } from '../mail/memory';
import type { Planned } from './plan';
import { sampleTopic } from './plan';
import { NUDGES } from './rules';

export interface FollowUpEmail {
  to: string;
  subject: string;
  body: string;
  /** The messages it carries, one log row and one memory key each; the first decides the thread. */
  parts: Planned[];
  /** The thread it continues, if any. */
  thread?: Thread;
  nudge: boolean;
}

export interface PacedFollowUps {
  emails: FollowUpEmail[];
  deferred: { planned: Planned; reason: string }[];
}

/** Between the parts of an email that carries several samples' news. */
export const PART_BREAK = '\n\n— — —\n\n';

function threadOf(parts: readonly Planned[], memory: SendMemory, to: string): Thread | undefined {
  for (const part of parts) {
    const thread = threadAbout(memory, to, sampleTopic(part.message.sampleId));
    if (thread && !thread.state) return thread;
  }
  return undefined;
}

/** A reply keeps the thread's subject: Gmail threads a message only when the subjects match. */
export function replySubject(thread: Thread): string {
  return /^re:/i.test(thread.subject) ? thread.subject : `Re: ${thread.subject}`;
}

export function followUpEmails(
  sends: readonly Planned[],
  memory: SendMemory,
  cadence: Cadence,
  today: string,
  timeZone: string,
): PacedFollowUps {
  const paced = pace(
    sends.map((planned) => ({ to: planned.mail.to, nudge: NUDGES.has(planned.message.rule), item: planned })),
    memory,
    cadence,
    today,
    timeZone,
  );
  const emails = paced.emails.map(({ to, items }): FollowUpEmail => {
    const thread = threadOf(items, memory, to);
    return {
      to,
      subject: thread ? replySubject(thread) : items[0].mail.subject,
      body: items.map((part) => part.mail.body).join(PART_BREAK),
      parts: items,
      thread,
      nudge: items.some((part) => NUDGES.has(part.message.rule)),
    };
  });
  return { emails, deferred: paced.deferred.map(({ item, reason }) => ({ planned: item, reason })) };
}
