/**
 * Enrolment: who a sequence reaches and who it leaves out and why (a preview that writes nothing),
 * and starting it, which remembers each new creator's enrolment in the add-on's memory with their
 * variant and the day, under the document lock. Results cross google.script.run: strings and numbers.
 */
import type { Enrolment } from '../../core/mail/memory';
import { ENROLMENT_STATE, emailsSent } from '../../core/mail/memory';
import type { EnrolmentPlan, EnrolmentRecord } from '../../core/outreach/enrolment';
import { planEnrolment } from '../../core/outreach/enrolment';
import { lastSentByHandle } from '../../core/outreach/outreachLog';
import type { Sequence } from '../../core/outreach/sequences';
import { OperatorError } from '../../core/errors';
import { SEQUENCES_TAB } from '../../core/schema';
import { dayKey } from '../../core/values';
import type { EnrolmentPreview } from '../api';
import { withDocumentLock } from '../lock';
import { MemoryWriter } from '../mail/memoryWriter';
import type { OutreachState } from './tabs';
import { readOutreachState } from './tabs';
import { AddOnTabs } from '../addOnTabs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const EXCLUSIONS_SHOWN = 200;

export function enrolmentRecords(state: OutreachState): EnrolmentRecord[] {
  return [...state.memory.enrolments.values()].map(({ handle, sequence, variant, state: s }) => ({
    handle,
    sequence,
    variant,
    active: s === ENROLMENT_STATE.enrolled,
  }));
}

/** The last email to each handle, follow-ups and outreach, from the memory and the Outreach log. */
function lastContacted(state: OutreachState): Map<string, Date> {
  const last = lastSentByHandle(state.log);
  for (const { time, detail } of emailsSent(state.memory))
    if (detail.handle && (last.get(detail.handle)?.getTime() ?? -Infinity) < time.getTime())
      last.set(detail.handle, time);
  return last;
}

/** The sequence named (any case), else the first one; an error naming what to fix when there is none. */
export function chooseSequence(state: OutreachState, name: string | undefined): Sequence {
  const { sequences, problems } = state.sequences;
  if (name) {
    const found = sequences.find((s) => s.name.toLowerCase() === name.trim().toLowerCase());
    if (found) return found;
    const problem = problems.find((p) => p.toLowerCase().includes(`"${name.trim().toLowerCase()}"`));
    throw new OperatorError(
      problem ?? `There is no sequence named "${name}" on the ${state.tabs.sequences} tab: check its Sequence column.`,
    );
  }
  if (sequences.length > 0) return sequences[0];
  throw new OperatorError(
    problems.length > 0
      ? `No sequence on the ${state.tabs.sequences} tab can run: ${problems[0]}`
      : `The ${state.tabs.sequences} tab has no sequence: add rows (${SEQUENCES_TAB}: Sequence, Step, Variant, Wait days, Template, Segment).`,
  );
}

export function planFor(state: OutreachState, sequence: Sequence, today: string, timeZone: string): EnrolmentPlan {
  const emailProblems = new Map(
    [...state.creators].flatMap(([handle, c]) => (c.emailProblem ? [[handle, c.emailProblem] as const] : [])),
  );
  return planEnrolment({
    sequence,
    creators: [...state.creators.values()].map((c) => c.record),
    emailProblems,
    enrolments: enrolmentRecords(state),
    lastContacted: lastContacted(state),
    doNotContact: state.doNotContact,
    today,
    timeZone,
    recentlyContactedDays: state.settings.outreach.recentlyContactedDays,
  });
}

function countBy<T>(items: readonly T[], key: (item: T) => string): { key: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].map(([k, count]) => ({ key: k, count }));
}

export function describePlan(state: OutreachState, sequence: Sequence, plan: EnrolmentPlan): EnrolmentPreview {
  const enrolled = [...state.memory.enrolments.values()].filter(
    (e) => e.state === ENROLMENT_STATE.enrolled && e.sequence.toLowerCase() === sequence.name.toLowerCase(),
  ).length;
  return {
    sequence: sequence.name,
    sequences: state.sequences.sequences.map((s) => s.name),
    problems: state.sequences.problems,
    reach: plan.enrol.length,
    variants: countBy(plan.enrol, (e) => e.variant)
      .map(({ key, count }) => ({ variant: key, count }))
      .sort((a, b) => (a.variant < b.variant ? -1 : 1)),
    excludedByReason: countBy(plan.excluded, (e) => e.reason).map(({ key, count }) => ({ reason: key, count })),
    excluded: plan.excluded
      .slice(0, EXCLUSIONS_SHOWN)
      .map(({ handle, reason, detail }) => ({ handle, reason, detail })),
    outsideSegment: plan.outsideSegment,
    enrolled,
    postalAddressSet: state.settings.mail.postalAddress.trim() !== '',
  };
}

/** What enrolling would do now; writes nothing. */
export function previewEnrolment(spreadsheet: Spreadsheet, name: string | undefined, now: Date): EnrolmentPreview {
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const state = readOutreachState(new AddOnTabs(spreadsheet), timeZone, { create: false });
  const sequence = chooseSequence(state, name);
  return describePlan(state, sequence, planFor(state, sequence, dayKey(now, timeZone), timeZone));
}

export interface Enrolled {
  preview: EnrolmentPreview;
  enrolled: number;
  message: string;
}

/** Enrols everyone the plan reaches; what it says is for the operator. */
export function enrol(spreadsheet: Spreadsheet, name: string | undefined, now: Date): Enrolled {
  return withDocumentLock('Starting an outreach sequence', () => {
    const timeZone = spreadsheet.getSpreadsheetTimeZone();
    const state = readOutreachState(new AddOnTabs(spreadsheet), timeZone, { create: true });
    const sequence = chooseSequence(state, name);
    const today = dayKey(now, timeZone);
    const plan = planFor(state, sequence, today, timeZone);
    const fresh: Omit<Enrolment, 'row'>[] = plan.enrol.map(({ handle, variant }) => ({
      sequence: sequence.name,
      handle,
      variant,
      enrolledOn: today,
      state: ENROLMENT_STATE.enrolled,
    }));
    new MemoryWriter(state.memorySheet!, state.memory).recordEnrolments(fresh, now);
    const preview = describePlan(state, sequence, planFor(state, sequence, today, timeZone));
    const arms = countBy(plan.enrol, (e) => e.variant).filter((a) => a.key !== '');
    const split = arms.length ? ` (${arms.map((a) => `${a.key}: ${a.count}`).join(', ')})` : '';
    const excluded = plan.excluded.length ? `; ${plan.excluded.length} left out` : '';
    const address = preview.postalAddressSet
      ? ' The first emails go out with the next hourly run (turn follow-ups on if they are off).'
      : ' Nothing goes out until Settings has your "Sender postal address".';
    return {
      preview,
      enrolled: fresh.length,
      message: `${fresh.length} ${fresh.length === 1 ? 'creator' : 'creators'} enrolled in ${sequence.name}${split}${excluded}.${address}`,
    };
  });
}
