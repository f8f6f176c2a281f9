import type { EnrolmentInput } from '../../../src/core/outreach/enrolment';
import { planEnrolment } from '../../../src/core/outreach/enrolment';
import { readDoNotContact } from '../../../src/core/mail/doNotContact';
import { defaultSequenceRows, readSequences } from '../../../src/core/outreach/sequences';
import { readOutreachTemplates } from '../../../src/core/outreach/templates';
import type { CreatorRecord } from '../../../src/core/records/types';
import { DO_NOT_CONTACT_HEADERS, SEQUENCES_HEADERS } from '../../../src/core/schema';

const TZ = 'America/Los_Angeles';

function sequenceWith(segment: string) {
  const rows = defaultSequenceRows();
  rows[0][5] = segment;
  const { sequences, problems } = readSequences([[...SEQUENCES_HEADERS], ...rows], readOutreachTemplates([]));
  expect(problems).toEqual([]);
  return sequences[0];
}

let row = 1;
const creator = (handle: string, fields: Partial<CreatorRecord> = {}): CreatorRecord => ({
  handle,
  email: `${handle.replace(/\W/g, '')}@example.com`,
  niche: 'beauty',
  region: 'US',
  status: 'prospect',
  source: { tab: 'Creators', row: ++row },
  ...fields,
});

function input(creators: CreatorRecord[], extra: Partial<EnrolmentInput> = {}): EnrolmentInput {
  return {
    sequence: sequenceWith('niche: beauty; region: US'),
    creators,
    enrolments: [],
    lastContacted: new Map(),
    doNotContact: readDoNotContact([]),
    today: '2026-04-15',
    timeZone: TZ,
    recentlyContactedDays: 30,
    ...extra,
  };
}

describe('enrolment', () => {
  it('enrols the segment with a variant each, and only counts creators outside it', () => {
    const plan = planEnrolment(
      input([
        creator('ava.glow'),
        creator('ben.skin'),
        creator('cara.food', { niche: 'food' }),
        creator('dev.uk', { region: 'UK' }),
      ]),
    );
    expect(plan.enrol.map((e) => e.handle)).toEqual(['ava.glow', 'ben.skin']);
    expect(plan.enrol.map((e) => e.variant).sort()).toEqual(['A', 'B']);
    expect(plan.enrol[0].email).toBe('avaglow@example.com');
    expect(plan.excluded).toEqual([]);
    expect(plan.outsideSegment).toBe(2);
  });

  it('excludes each kind of creator for its reason', () => {
    const dnc = readDoNotContact([
      [...DO_NOT_CONTACT_HEADERS],
      ['Blocked@Example.com', '', 'asked', '2026-01-02'],
      ['', '@Old.Name', 'asked', '2026-01-02'],
    ]);
    const plan = planEnrolment(
      input(
        [
          creator('blocked.mail', { email: 'blocked@example.com' }),
          creator('renamed', { aliases: ['old.name'] }),
          creator('no.email', { email: undefined }),
          creator('twin.one', { email: 'twins@example.com' }),
          creator('twin.two', { email: 'Twins@Example.com' }),
          creator('in.other', {}),
          creator('done.before', {}),
          creator('recent.log', {}),
          creator('recent.cell', { lastContacted: new Date('2026-03-20T12:00:00Z') }),
          creator('active.one', { status: 'active' }),
          creator('declined.one', { status: 'declined' }),
          creator('old.contact', { lastContacted: new Date('2026-03-16T12:00:00Z') }),
        ],
        {
          doNotContact: dnc,
          enrolments: [
            { handle: 'in.other', sequence: 'Holiday push', variant: '', active: true },
            { handle: 'done.before', sequence: 'Creator recruitment', variant: 'A', active: false },
            { handle: 'old.contact', sequence: 'Holiday push', variant: '', active: false },
          ],
          lastContacted: new Map([['recent.log', new Date('2026-04-10T17:00:00Z')]]),
        },
      ),
    );
    expect(plan.excluded.map((e) => [e.handle, e.reason])).toEqual([
      ['blocked.mail', 'do not contact'],
      ['renamed', 'do not contact'],
      ['no.email', 'no valid email'],
      ['twin.one', 'shared email'],
      ['twin.two', 'shared email'],
      ['in.other', 'in a sequence'],
      ['done.before', 'in a sequence'],
      ['recent.log', 'recently contacted'],
      ['recent.cell', 'recently contacted'],
      ['active.one', 'status'],
      ['declined.one', 'status'],
    ]);
    const detail = (handle: string) => plan.excluded.find((e) => e.handle === handle)?.detail;
    expect(detail('twin.one')).toBe(
      'twins@example.com is also the email of @twin.two: give each creator their own, or merge the rows',
    );
    expect(detail('no.email')).toBe('no valid email: the Email cell is empty');
    const unreadable = planEnrolment(
      input([creator('two.mails', { email: undefined })], {
        emailProblems: new Map([['two.mails', "'a@x.com, b@x.com' has a ',' or ';' in it: keep one address per cell"]]),
      }),
    );
    expect(unreadable.excluded[0].detail).toBe(
      "no valid email: the Email cell 'a@x.com, b@x.com' has a ',' or ';' in it: keep one address per cell",
    );
    expect(detail('in.other')).toBe('already in the sequence Holiday push');
    expect(detail('done.before')).toBe('went through Creator recruitment already');
    expect(detail('recent.log')).toBe('contacted on 2026-04-10, less than 30 days ago');
    expect(detail('active.one')).toBe('Status is active; the segment enrols prospect');
    // 30 days ago to the day: enrolled; a finished sequence elsewhere does not hold a creator.
    expect(plan.enrol.map((e) => e.handle)).toEqual(['old.contact']);
  });

  it('gives one reason each, the first in priority order', () => {
    const plan = planEnrolment(
      input(
        [creator('every.thing', { email: 'x@example.com', status: 'active', lastContacted: new Date('2026-04-14') })],
        {
          doNotContact: readDoNotContact([[...DO_NOT_CONTACT_HEADERS], ['x@example.com']]),
          enrolments: [{ handle: 'every.thing', sequence: 'Other', variant: '', active: true }],
        },
      ),
    );
    expect(plan.excluded).toEqual([
      { handle: 'every.thing', reason: 'do not contact', detail: 'on the Do not contact tab' },
    ]);
  });

  it('reads the days setting: 0 turns the recent-contact check off', () => {
    const recent = creator('recent.cell', { lastContacted: new Date('2026-04-14T12:00:00Z') });
    expect(planEnrolment(input([recent], { recentlyContactedDays: 0 })).enrol).toHaveLength(1);
    expect(planEnrolment(input([recent], { recentlyContactedDays: 1 })).enrol).toHaveLength(1);
    expect(planEnrolment(input([recent], { recentlyContactedDays: 2 })).excluded).toHaveLength(1);
  });

  it('enrols contacted creators when the segment asks for them', () => {
    const contacted = creator('was.contacted', { status: 'contacted' });
    expect(planEnrolment(input([contacted])).excluded[0].reason).toBe('status');
    const sequence = sequenceWith('status: prospect, contacted');
    expect(planEnrolment(input([contacted], { sequence })).enrol).toHaveLength(1);
  });

  it('balances the arms with those already enrolled in the sequence', () => {
    const enrolments = ['a.1', 'a.2', 'a.3'].map((handle) => ({
      handle,
      sequence: 'Creator recruitment',
      variant: 'A',
      active: true,
    }));
    const plan = planEnrolment(input([creator('n.1'), creator('n.2'), creator('n.3')], { enrolments }));
    expect(plan.enrol.map((e) => e.variant)).toEqual(['B', 'B', 'B']);
  });
});
