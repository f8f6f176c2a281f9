/**
 * A humane cadence, decided per recipient before anything is sent: what is due for one person goes
 * in one email; nobody gets more than the day's allowance of emails; two nudges to the same person
 * are at least the set number of days apart. What waits stays due and is looked at again next run.
 */
import { addDays, dayKey } from '../values';
import type { SendMemory } from './memory';
import { emailsSent } from './memory';

export interface Cadence {
  /** Emails one address may get on one calendar day. */
  perDay: number;
  /** Days from one nudge to the next for one address. */
  nudgeGapDays: number;
}

export interface Candidate<T> {
  to: string;
  nudge: boolean;
  item: T;
}

export interface Paced<T> {
  /** One email each: the items due for one address today, in the order given. */
  emails: { to: string; items: T[] }[];
  deferred: { item: T; reason: string }[];
}

interface History {
  today: number;
  lastNudgeDay?: string;
}

function historyByAddress(memory: SendMemory, today: string, timeZone: string): Map<string, History> {
  const history = new Map<string, History>();
  for (const { time, detail } of emailsSent(memory)) {
    const to = detail.to.toLowerCase();
    const entry = history.get(to) ?? { today: 0 };
    const day = dayKey(time, timeZone);
    if (day === today) entry.today++;
    if (detail.nudge && (!entry.lastNudgeDay || day > entry.lastNudgeDay)) entry.lastNudgeDay = day;
    history.set(to, entry);
  }
  return history;
}

export function pace<T>(
  candidates: readonly Candidate<T>[],
  memory: SendMemory,
  cadence: Cadence,
  today: string,
  timeZone: string,
): Paced<T> {
  const history = historyByAddress(memory, today, timeZone);
  const byAddress = new Map<string, T[]>();
  const paced: Paced<T> = { emails: [], deferred: [] };
  for (const candidate of candidates) {
    const to = candidate.to.toLowerCase();
    const seen = history.get(to) ?? { today: 0 };
    if (seen.today >= cadence.perDay) {
      paced.deferred.push({ item: candidate.item, reason: `${candidate.to} already had ${seen.today} email today` });
      continue;
    }
    const nextNudge = seen.lastNudgeDay ? addDays(seen.lastNudgeDay, cadence.nudgeGapDays) : undefined;
    if (candidate.nudge && nextNudge && nextNudge > today) {
      paced.deferred.push({
        item: candidate.item,
        reason: `the last nudge to ${candidate.to} was on ${seen.lastNudgeDay}`,
      });
      continue;
    }
    const items = byAddress.get(to);
    if (items) items.push(candidate.item);
    else {
      const fresh = [candidate.item];
      byAddress.set(to, fresh);
      paced.emails.push({ to: candidate.to, items: fresh });
    }
  }
  return paced;
}
