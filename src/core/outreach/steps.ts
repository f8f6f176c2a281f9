/**
 * Where one enrolled creator is in a sequence: the next step and the day it is due, or why the
 * sequence has stopped for them. Step 1 is due its wait days after enrolment, each later step its
 * wait days after the step before it went out, by calendar day in the spreadsheet's time zone; a
 * follow-up goes in the thread of the first email.
 */
import { addDays, dayKey } from '../values';
import { ENROLLABLE_STATUSES, statusOf } from './segment';
import type { Sequence, SequenceStep, StepVariant } from './sequences';
import { variantFor } from './sequences';

export interface SentStep {
  step: number;
  time: Date;
  threadId?: string;
}

export interface CreatorProgress {
  /** The creator's variant in the sequence ('' when it has no variants). */
  variant: string;
  /** 'YYYY-MM-DD'. */
  enrolledOn: string;
  /** Steps of this sequence already sent to the creator. */
  sent: readonly SentStep[];
  /** Their Status on the Creators tab. */
  status: string | undefined;
  replied: boolean;
  optedOut: boolean;
  bounced: boolean;
}

export type StopReason = 'opted out' | 'bounced' | 'replied' | 'status' | 'finished' | 'no variant';

export type NextStep =
  | {
      kind: 'next';
      step: SequenceStep;
      variant: StepVariant;
      /** 'YYYY-MM-DD' the step is due. */
      day: string;
      /** Due today or earlier. */
      due: boolean;
      /** The first email's thread, for a follow-up. */
      threadId?: string;
    }
  | { kind: 'stopped'; reason: StopReason; detail: string };

const stopped = (reason: StopReason, detail: string): NextStep => ({ kind: 'stopped', reason, detail });

export function nextStep(sequence: Sequence, progress: CreatorProgress, today: string, timeZone: string): NextStep {
  if (progress.optedOut) return stopped('opted out', 'opted out of outreach emails');
  if (progress.bounced) return stopped('bounced', 'an email to them bounced');
  if (progress.replied) return stopped('replied', 'they replied');
  const status = statusOf(progress);
  if (!(ENROLLABLE_STATUSES as readonly string[]).includes(status))
    return stopped('status', `their Status is ${status}, no longer prospect or contacted`);
  const last = progress.sent.reduce<SentStep | undefined>((top, s) => (top && top.step >= s.step ? top : s), undefined);
  const step = sequence.steps.find((s) => s.step === (last?.step ?? 0) + 1);
  if (!step) return stopped('finished', `all ${sequence.steps.length} steps sent`);
  const variant = variantFor(step, progress.variant);
  if (!variant)
    return stopped(
      'no variant',
      `step ${step.step} of ${sequence.name} has no variant ${progress.variant || '(none)'}: add it to the Sequences tab`,
    );
  const from = last ? dayKey(last.time, timeZone) : progress.enrolledOn;
  const day = addDays(from, step.waitDays);
  const threadId = progress.sent.find((s) => s.step === 1)?.threadId;
  return { kind: 'next', step, variant, day, due: day <= today, ...(last && threadId ? { threadId } : {}) };
}
