/**
 * What an outreach run owes each enrolled creator today: the next step of their sequence when it is
 * due, or the end of the sequence for them. What was sent is read from the add-on's memory (keys
 * `outreach|<sequence>|<handle>|<step>`), never from the Outreach log, so an edited log cannot make
 * a step go twice; replies, bounces and stops come from the memory's thread states, the Do not
 * contact list and the creator's Status.
 */
import type { CreatorContext } from '../followups/sampleContexts';
import { singleAddress } from '../followups/mailHeaders';
import type { DoNotContact } from '../mail/doNotContact';
import { blockedBy } from '../mail/doNotContact';
import type { Enrolment, SendMemory, Thread } from '../mail/memory';
import { ENROLMENT_STATE, THREAD_STATE, neverAgain, threadAbout } from '../mail/memory';
import type { Sequence, SequenceStep, StepVariant } from './sequences';
import type { SentStep } from './steps';
import { nextStep } from './steps';

export const OUTREACH_KEY = 'outreach|';

export const stepKey = (sequence: string, handle: string, step: number): string =>
  `${OUTREACH_KEY}${sequence.toLowerCase()}|${handle}|${step}`;

/** The Gmail conversation of one creator's sequence: every step is one thread. */
export const sequenceTopic = (sequence: string): string => `sequence:${sequence}`;

export interface DueStep {
  enrolment: Enrolment;
  sequence: Sequence;
  creator: CreatorContext;
  step: SequenceStep;
  variant: StepVariant;
  to: string;
  key: string;
  /** The first email's thread, for a follow-up. */
  thread?: Thread;
}

export interface EndedEnrolment {
  enrolment: Enrolment;
  reason: string;
  detail: string;
}

export interface OutreachDue {
  due: DueStep[];
  ended: EndedEnrolment[];
  /** Enrolments whose sequence is not on the Sequences tab (renamed, deleted, or with a problem). */
  orphaned: Enrolment[];
}

export interface DueInput {
  sequences: readonly Sequence[];
  memory: SendMemory;
  creators: ReadonlyMap<string, CreatorContext>;
  doNotContact: DoNotContact;
  /** 'YYYY-MM-DD'. */
  today: string;
  timeZone: string;
}

function sentSteps(memory: SendMemory, sequence: Sequence, handle: string): SentStep[] {
  return sequence.steps.flatMap(({ step }) => {
    const key = stepKey(sequence.name, handle, step);
    const remembered = memory.keys.get(key);
    if (!remembered || !neverAgain(memory, key)) return [];
    return [{ step, time: remembered.time ?? new Date(0), threadId: remembered.detail?.threadId || undefined }];
  });
}

function judge(enrolment: Enrolment, sequence: Sequence, input: DueInput): DueStep | EndedEnrolment | undefined {
  const end = (reason: string, detail: string): EndedEnrolment => ({ enrolment, reason, detail });
  const creator = input.creators.get(enrolment.handle);
  if (!creator) return end('not on Creators', `@${enrolment.handle} is no longer on the Creators tab`);
  const address = singleAddress(creator.record.email);
  if (!('address' in address)) return end('no valid email', `the Email cell ${address.problem}`);
  const to = address.address;
  const blocked = blockedBy(input.doNotContact, to, creator.record.handle, ...(creator.record.aliases ?? []));
  if (blocked) return end('do not contact', `on the Do not contact tab (${blocked})`);
  const sent = sentSteps(input.memory, sequence, enrolment.handle);
  const thread = threadAbout(input.memory, to, sequenceTopic(sequence.name));
  const next = nextStep(
    sequence,
    {
      variant: enrolment.variant,
      enrolledOn: enrolment.enrolledOn,
      sent,
      status: creator.record.status,
      replied: thread?.state === THREAD_STATE.replied,
      optedOut: thread?.state === THREAD_STATE.optedOut,
      bounced: thread?.state === THREAD_STATE.bounced,
    },
    input.today,
    input.timeZone,
  );
  if (next.kind === 'stopped') return end(next.reason, next.detail);
  if (!next.due) return undefined;
  return {
    enrolment,
    sequence,
    creator,
    step: next.step,
    variant: next.variant,
    to,
    key: stepKey(sequence.name, enrolment.handle, next.step.step),
    ...(next.threadId && thread ? { thread } : {}),
  };
}

/** Every enrolment still going, judged: due today, ended, or waiting (left out). */
export function outreachDue(input: DueInput): OutreachDue {
  const byName = new Map(input.sequences.map((s) => [s.name.toLowerCase(), s]));
  const result: OutreachDue = { due: [], ended: [], orphaned: [] };
  for (const enrolment of input.memory.enrolments.values()) {
    if (enrolment.state !== ENROLMENT_STATE.enrolled) continue;
    const sequence = byName.get(enrolment.sequence.toLowerCase());
    if (!sequence) {
      result.orphaned.push(enrolment);
      continue;
    }
    const judged = judge(enrolment, sequence, input);
    if (!judged) continue;
    if ('reason' in judged) result.ended.push(judged);
    else result.due.push(judged);
  }
  return result;
}
