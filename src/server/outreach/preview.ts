/**
 * The outreach part of the follow-ups preview: what the next run's outreach would send, queue,
 * hold or hold back, decided as the run decides it (planOutreach) after the follow-ups it would
 * send first, and without writing anything.
 */
import type { FollowUpEmail } from '../../core/followups/emails';
import type { DoNotContact } from '../../core/mail/doNotContact';
import type { SendMemory } from '../../core/mail/memory';
import { ENROLMENT_STATE, MEMORY_STATE } from '../../core/mail/memory';
import type { DueStep } from '../../core/outreach/due';
import { NO_POSTAL_ADDRESS } from '../../core/outreach/emails';
import type { OutreachLogRow } from '../../core/outreach/outreachLog';
import { OUTREACH_STATUS } from '../../core/outreach/outreachLog';
import { statusWord } from '../../core/followups/log';
import { dayKey } from '../../core/values';
import { OVER_DAILY_LIMIT } from '../../core/wording';
import type { AddOnTabs } from '../addOnTabs';
import type { PreviewItem } from '../api';
import type { OutreachLine } from './log';
import { planOutreach } from './send';
import { readOutreachState } from './tabs';

/** The memory as the outreach part of a run sees it: with the follow-up emails the run sent just before. */
function withSent(memory: SendMemory, emails: readonly FollowUpEmail[], now: Date): SendMemory {
  const keys = new Map(memory.keys);
  emails.forEach((email, i) => {
    const key = `preview|${i}`;
    const detail = { to: email.to, handle: '', rule: '', nudge: email.nudge, topic: '', subject: email.subject };
    keys.set(key, {
      key,
      state: MEMORY_STATE.sent,
      time: now,
      row: 0,
      detail: { ...detail, messageId: key, threadId: '' },
    });
  });
  return { ...memory, keys };
}

const ruleOf = (sequence: string, step: number, variant: string) => `${sequence} step ${step}${variant}`;

function dueItem(
  step: DueStep,
  action: PreviewItem['action'],
  mail: { subject: string; body: string },
  day: string,
  problems: string[],
): PreviewItem {
  return {
    action,
    key: step.key,
    keys: [step.key],
    rule: ruleOf(step.sequence.name, step.step.step, step.variant.variant || step.enrolment.variant),
    handle: step.enrolment.handle,
    sampleId: '',
    to: step.to,
    subject: mail.subject,
    body: mail.body,
    day,
    threadId: step.thread?.threadId ?? '',
    problems,
  };
}

function lineItem(line: OutreachLine, day: string): PreviewItem {
  const queued = line.status === OUTREACH_STATUS.awaiting;
  const problems = queued ? [] : [line.status.slice(statusWord(line.status).length).replace(/^:\s*/, '')];
  return {
    action: queued ? 'queue' : 'hold',
    key: line.key,
    keys: [line.key],
    rule: ruleOf(line.sequence, line.step, line.variant),
    handle: line.handle,
    sampleId: '',
    to: line.to,
    subject: line.subject,
    body: '',
    day,
    threadId: line.threadId,
    problems,
  };
}

/**
 * `sent` is what the run's follow-ups would send first (they go before outreach), `allowance` what
 * the daily limit leaves after them; none when nobody is enrolled in a sequence.
 */
export function outreachPreview(
  tabs: AddOnTabs,
  run: { memory: SendMemory; doNotContact: DoNotContact; sent: readonly FollowUpEmail[]; allowance: number },
  now: Date,
  timeZone: string,
): PreviewItem[] {
  if (![...run.memory.enrolments.values()].some((e) => e.state === ENROLMENT_STATE.enrolled)) return [];
  const state = readOutreachState(tabs, timeZone, { create: false, memory: run.memory });
  const logged = new Map<string, OutreachLogRow>();
  for (const row of state.log) if (row.key) logged.set(row.key, row);
  const memory = withSent(run.memory, run.sent, now);
  const plan = planOutreach(state, memory, run.doNotContact, { now, timeZone }, (key) => logged.get(key));
  const today = dayKey(now, timeZone);
  if (!plan.sorted)
    return plan.due.map((step) => dueItem(step, 'hold', { subject: '', body: '' }, today, [NO_POSTAL_ADDRESS]));
  return [
    ...plan.emails.map((email, i) =>
      dueItem(
        email.due,
        i < run.allowance ? 'send' : 'wait',
        email,
        today,
        i < run.allowance ? [] : [OVER_DAILY_LIMIT],
      ),
    ),
    ...plan.deferred.map(({ item, reason }) => dueItem(item, 'defer', { subject: '', body: '' }, today, [reason])),
    ...plan.sorted.unsent.map((line) => lineItem(line, today)),
  ];
}
