/**
 * What one run does, decided before anything is written or sent: every message due today that
 * the log does not already hold is sent (send mode or approved), queued for approval (review
 * mode) or held with its problems; approved messages that are no longer due expire.
 */
import type { FollowUpSettings } from '../settings';
import type { Composed } from './compose';
import { composeMessage } from './compose';
import type { SampleContext } from './sampleContexts';
import type { FollowUpLog, LogEntry } from './log';
import type { DoNotContact } from '../mail/doNotContact';
import { blockedBy } from '../mail/doNotContact';
import type { SendMemory } from '../mail/memory';
import { neverAgain, threadAbout } from '../mail/memory';
import { isOpen, LOG_STATUS } from './log';
import type { FollowUpRule, RuleMessage } from './rules';
import { dueMessages } from './rules';
import { EarlierSends } from './earlierSends';
import type { Template } from './templates';

export interface PlanInput {
  contexts: readonly SampleContext[];
  log: FollowUpLog;
  /** What the add-on remembers sending: it outranks the log, which the operator may edit or delete. */
  memory: SendMemory;
  doNotContact: DoNotContact;
  settings: FollowUpSettings;
  templates: Record<FollowUpRule, Template>;
  timeZone: string;
  /** 'YYYY-MM-DD' in the spreadsheet's time zone. */
  today: string;
  operatorEmail: string;
}

export interface Planned {
  message: RuleMessage;
  context: SampleContext;
  mail: Composed;
  /** The log row this message already has (approved, or held with an error), if any. */
  logRow?: number;
}

export type Action =
  | ({ kind: 'send' } & Planned)
  | ({ kind: 'queue' } & Planned)
  /** Queued by an earlier run, waiting for the operator: shown with its email, left alone. */
  | ({ kind: 'await' } & Planned)
  | ({ kind: 'hold'; status: string } & Planned)
  | { kind: 'expire'; entry: LogEntry };

/** Log states that mean "send when due": once no longer due, they expire. */
const GONE_AHEAD: ReadonlySet<string> = new Set([LOG_STATUS.approved, LOG_STATUS.waiting]);

export function planFollowUps(input: PlanInput): Action[] {
  const { settings, log } = input;
  const options = {
    templates: input.templates,
    senderName: settings.senderName,
    timeZone: input.timeZone,
    operatorEmail: input.operatorEmail,
  };
  const planned: Action[] = [];
  const dueKeys = new Set<string>();
  const inLog = new Set(input.contexts.filter((c) => !c.goneSource).map((c) => c.sample.sampleId.toLowerCase()));
  const earlier = new EarlierSends(input.memory, inLog);
  for (const context of input.contexts) {
    for (const message of dueMessages(context.sample, settings.days, input.timeZone, input.today)) {
      // A Sample ID on two rows gives two identical keys: the first row's message is the one.
      if (dueKeys.has(message.key)) continue;
      dueKeys.add(message.key);
      if (neverAgain(input.memory, message.key)) continue;
      const entry = log.entries.get(message.key);
      const awaiting = entry?.state === LOG_STATUS.awaiting;
      if (entry && !isOpen(entry) && !awaiting) continue;
      const mail = composeMessage(message, context, options);
      const base = { message, context, mail, logRow: entry?.row };
      if (awaiting) {
        planned.push({ kind: 'await', ...base });
        continue;
      }
      const sentAs = mail.to && entry?.state !== LOG_STATUS.approved ? earlier.sentAs(message, mail.to) : undefined;
      const problems = [
        ...(context.goneSource ? [goneSourceProblem(context.goneSource)] : []),
        ...(sentAs ? [sentAsProblem(sentAs)] : []),
        ...mail.problems,
        ...stopped(input, mail.to, context.sample.handle, message.sampleId),
      ];
      if (problems.length > 0) {
        const status = `${LOG_STATUS.held}: ${problems.join('; ')}`;
        if (entry?.status !== status) planned.push({ kind: 'hold', status, ...base });
      } else if (
        entry?.state === LOG_STATUS.approved ||
        entry?.state === LOG_STATUS.waiting ||
        settings.mode === 'send'
      ) {
        planned.push({ kind: 'send', ...base });
      } else {
        planned.push({ kind: 'queue', ...base });
      }
    }
  }
  // Oldest first, so what waits for quota or time is the newest.
  const byDay = planned.sort((a, b) => dayOf(a).localeCompare(dayOf(b)));
  const expired: Action[] = [...log.entries.values()]
    .filter((entry) => GONE_AHEAD.has(entry.state) && !dueKeys.has(entry.key))
    .map((entry) => ({ kind: 'expire', entry }));
  return [...byDay, ...expired];
}

/**
 * A sample whose source row is gone (deleted from the log, or come back under another Sample ID) is
 * kept on Samples for its record, never mailed about: the creator would hear twice, or about a
 * sample the log no longer has.
 */
function goneSourceProblem(source: string): string {
  return `its source row is gone (Source: ${source}): put the row back in the log, or delete this Samples row`;
}

function sentAsProblem(sampleId: string): string {
  return `the same message went to this address about ${sampleId}, which Samples no longer holds (the same sample under a new Sample ID?): type approved in Status to send it anyway`;
}

/** The thread about this sample, when that creator answered, bounced or asked to stop. */
export function sampleTopic(sampleId: string): string {
  return `sample:${sampleId}`;
}

function stopped(input: PlanInput, to: string, handle: string | undefined, sampleId: string): string[] {
  if (!to) return [];
  const blocked = blockedBy(input.doNotContact, to, handle);
  if (blocked) return [blocked];
  const state = threadAbout(input.memory, to, sampleTopic(sampleId))?.state;
  return state ? [`the thread with ${to} about ${sampleId} is ${state}: answer in Gmail; nothing more goes there`] : [];
}

function dayOf(action: Action): string {
  return 'message' in action ? action.message.day : '';
}
