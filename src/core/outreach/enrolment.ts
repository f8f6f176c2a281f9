/**
 * Who a sequence would enrol today, and who it leaves out and why. Creators outside the segment's
 * niche, region, brand and follower band are not the sequence's concern and are only counted; each
 * creator inside it is either enrolled with a variant or excluded for one reason, the first that
 * applies in this order: on the Do not contact list, no valid email, an email another creator has
 * too, already in a sequence (a creator is in one at a time, and goes through each one once),
 * contacted too recently, a Status the segment does not enrol.
 */
import { singleAddress } from '../followups/mailHeaders';
import type { CreatorRecord } from '../records/types';
import { addDays, dayKey } from '../values';
import { assignVariants } from './assignment';
import type { DoNotContact } from '../mail/doNotContact';
import { blockedBy } from '../mail/doNotContact';

const emailKey = (address: string): string => address.toLowerCase();
import { fitsCriteria, hasSegmentStatus, statusOf } from './segment';
import type { Sequence } from './sequences';

export interface EnrolmentRecord {
  handle: string;
  sequence: string;
  variant: string;
  /** Still going through the sequence; false once it stopped or finished for them. */
  active: boolean;
}

export interface EnrolmentInput {
  sequence: Sequence;
  creators: readonly CreatorRecord[];
  /** Why a creator's Email cell could not be read, by handle (followups/sampleContexts readCreators' emailProblem). */
  emailProblems?: ReadonlyMap<string, string>;
  /** Every enrolment the add-on remembers, in any sequence. */
  enrolments: readonly EnrolmentRecord[];
  /** The last email the logs show to each handle, any sequence or follow-up. */
  lastContacted: ReadonlyMap<string, Date>;
  doNotContact: DoNotContact;
  /** 'YYYY-MM-DD' in the spreadsheet's time zone. */
  today: string;
  timeZone: string;
  /** Settings' `Outreach: recently contacted days`; 0 turns the check off. */
  recentlyContactedDays: number;
}

export type ExclusionReason =
  'do not contact' | 'no valid email' | 'shared email' | 'in a sequence' | 'recently contacted' | 'status';

export interface Exclusion {
  handle: string;
  reason: ExclusionReason;
  /** For the operator: what the reason is, on this creator. */
  detail: string;
}

export interface Enrollee {
  handle: string;
  email: string;
  variant: string;
}

export interface EnrolmentPlan {
  enrol: Enrollee[];
  excluded: Exclusion[];
  /** Creators outside the segment's niche, region, brand or follower band. */
  outsideSegment: number;
}

/** Handles by email, over every creator with a readable address. */
function handlesByEmail(creators: readonly CreatorRecord[]): Map<string, string[]> {
  const byEmail = new Map<string, string[]>();
  for (const creator of creators) {
    const address = singleAddress(creator.email);
    if (!('address' in address)) continue;
    const key = emailKey(address.address);
    byEmail.set(key, [...(byEmail.get(key) ?? []), creator.handle]);
  }
  return byEmail;
}

function lastContactDay(creator: CreatorRecord, input: EnrolmentInput): string | undefined {
  const times = [creator.lastContacted, input.lastContacted.get(creator.handle)].filter(
    (d): d is Date => d !== undefined,
  );
  if (times.length === 0) return undefined;
  return dayKey(new Date(Math.max(...times.map((d) => d.getTime()))), input.timeZone);
}

interface Lookups {
  /** Handles by email key. */
  sharing: ReadonlyMap<string, string[]>;
  enrolmentsOf: ReadonlyMap<string, EnrolmentRecord[]>;
}

function exclusionOf(
  creator: CreatorRecord,
  input: EnrolmentInput,
  { sharing, enrolmentsOf }: Lookups,
): Omit<Exclusion, 'handle'> | string {
  const { sequence, doNotContact, recentlyContactedDays, today } = input;
  const address = singleAddress(creator.email);
  const email = 'address' in address ? address.address : undefined;
  if (blockedBy(doNotContact, email ?? creator.email, creator.handle, ...(creator.aliases ?? [])))
    return { reason: 'do not contact', detail: 'on the Do not contact tab' };
  if (email === undefined) {
    const problem = input.emailProblems?.get(creator.handle) ?? ('problem' in address ? address.problem : '');
    return { reason: 'no valid email', detail: `no valid email: the Email cell ${problem}` };
  }
  const others = (sharing.get(emailKey(email)) ?? []).filter((h) => h !== creator.handle);
  if (others.length > 0)
    return {
      reason: 'shared email',
      detail: `${email} is also the email of ${others.map((h) => `@${h}`).join(', ')}: give each creator their own, or merge the rows`,
    };
  const enrolment = enrolmentsOf
    .get(creator.handle)
    ?.find((e) => e.active || e.sequence.toLowerCase() === sequence.name.toLowerCase());
  if (enrolment)
    return {
      reason: 'in a sequence',
      detail: enrolment.active
        ? `already in the sequence ${enrolment.sequence}`
        : `went through ${enrolment.sequence} already`,
    };
  const last = lastContactDay(creator, input);
  if (recentlyContactedDays > 0 && last !== undefined && last > addDays(today, -recentlyContactedDays))
    return {
      reason: 'recently contacted',
      detail: `contacted on ${last}, less than ${recentlyContactedDays} days ago`,
    };
  if (!hasSegmentStatus(creator, sequence.segment))
    return {
      reason: 'status',
      detail: `Status is ${statusOf(creator)}; the segment enrols ${sequence.segment.statuses.join(' or ')}`,
    };
  return email;
}

export function planEnrolment(input: EnrolmentInput): EnrolmentPlan {
  const { sequence, creators } = input;
  const enrolmentsOf = new Map<string, EnrolmentRecord[]>();
  for (const e of input.enrolments) enrolmentsOf.set(e.handle, [...(enrolmentsOf.get(e.handle) ?? []), e]);
  const lookups: Lookups = { sharing: handlesByEmail(creators), enrolmentsOf };
  const excluded: Exclusion[] = [];
  const eligible: { handle: string; email: string }[] = [];
  let outsideSegment = 0;
  const seen = new Set<string>();
  for (const creator of creators) {
    if (seen.has(creator.handle)) continue;
    seen.add(creator.handle);
    if (!fitsCriteria(creator, sequence.segment)) {
      outsideSegment++;
      continue;
    }
    const outcome = exclusionOf(creator, input, lookups);
    if (typeof outcome === 'string') eligible.push({ handle: creator.handle, email: outcome });
    else excluded.push({ handle: creator.handle, ...outcome });
  }
  const existing = new Map(
    input.enrolments
      .filter((e) => e.sequence.toLowerCase() === sequence.name.toLowerCase())
      .map((e) => [e.handle, e.variant]),
  );
  const variants = assignVariants(
    sequence.name,
    sequence.arms,
    existing,
    eligible.map((e) => e.handle),
  );
  return {
    enrol: eligible.map(({ handle, email }) => ({ handle, email, variant: variants.get(handle) ?? '' })),
    excluded,
    outsideSegment,
  };
}
