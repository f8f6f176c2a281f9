import type { CreatorProgress } from '../../../src/core/outreach/steps';
import { nextStep } from '../../../src/core/outreach/steps';
import { defaultSequenceRows, readSequences } from '../../../src/core/outreach/sequences';
import { readOutreachTemplates } from '../../../src/core/outreach/templates';
import { SEQUENCES_HEADERS } from '../../../src/core/schema';

const TZ = 'America/Los_Angeles';
const [sequence] = readSequences(
  [[...SEQUENCES_HEADERS], ...defaultSequenceRows()],
  readOutreachTemplates([]),
).sequences;

const progress = (extra: Partial<CreatorProgress> = {}): CreatorProgress => ({
  variant: 'B',
  enrolledOn: '2026-04-01',
  sent: [],
  status: 'prospect',
  replied: false,
  optedOut: false,
  bounced: false,
  ...extra,
});

// 2026-04-01 23:30 in Los Angeles is already April 2 in UTC: days count in the spreadsheet's zone.
const FIRST = { step: 1, time: new Date('2026-04-02T06:30:00Z'), threadId: 'thread-1' };

describe('the next step of an enrolled creator', () => {
  it('sends the first email of their variant on the day of enrolment', () => {
    const next = nextStep(sequence, progress(), '2026-04-01', TZ);
    expect(next).toMatchObject({ kind: 'next', day: '2026-04-01', due: true });
    if (next.kind === 'next') {
      expect(next.variant.template.name).toBe('Outreach opener B');
      expect(next.threadId).toBeUndefined();
    }
  });

  it('waits 3 calendar days in the spreadsheet zone, then follows up in the first thread', () => {
    const sent = [FIRST];
    expect(nextStep(sequence, progress({ sent, status: 'contacted' }), '2026-04-03', TZ)).toMatchObject({
      kind: 'next',
      day: '2026-04-04',
      due: false,
    });
    const next = nextStep(sequence, progress({ sent, status: 'contacted' }), '2026-04-04', TZ);
    expect(next).toMatchObject({ kind: 'next', day: '2026-04-04', due: true, threadId: 'thread-1' });
    if (next.kind === 'next') expect(next.variant.template.name).toBe('Outreach follow-up 1');
  });

  it('waits 5 days after the second email for the third, and stays due when a run was missed', () => {
    const sent = [FIRST, { step: 2, time: new Date('2026-04-06T16:00:00Z'), threadId: 'thread-1' }];
    expect(nextStep(sequence, progress({ sent }), '2026-04-20', TZ)).toMatchObject({
      kind: 'next',
      day: '2026-04-11',
      due: true,
      step: { step: 3 },
    });
  });

  it('has finished once every step went out', () => {
    const sent = [
      FIRST,
      { step: 2, time: new Date('2026-04-05T16:00:00Z') },
      { step: 3, time: new Date('2026-04-10T16:00:00Z') },
    ];
    expect(nextStep(sequence, progress({ sent }), '2026-05-01', TZ)).toEqual({
      kind: 'stopped',
      reason: 'finished',
      detail: 'all 3 steps sent',
    });
  });

  it('stops on a reply, an opt-out, a bounce, or a Status past contacted', () => {
    const sent = [FIRST];
    const reason = (extra: Partial<CreatorProgress>) => {
      const next = nextStep(sequence, progress({ sent, ...extra }), '2026-04-10', TZ);
      return next.kind === 'stopped' ? next.reason : 'next';
    };
    expect(reason({ replied: true })).toBe('replied');
    expect(reason({ optedOut: true })).toBe('opted out');
    expect(reason({ bounced: true })).toBe('bounced');
    for (const status of ['replied', 'negotiating', 'active', 'paused', 'declined'])
      expect(reason({ status })).toBe('status');
    expect(reason({ status: 'contacted' })).toBe('next');
    expect(reason({ status: undefined })).toBe('next');
    expect(reason({ optedOut: true, replied: true })).toBe('opted out');
  });
});

describe('a sequence edited under an enrolled creator', () => {
  it('stops with what to fix when a step lacks their variant', () => {
    const rows = [
      ['S', 1, 'A', 0, 'Outreach opener A', ''],
      ['S', 1, 'B', 0, 'Outreach opener B', ''],
    ];
    const [edited] = readSequences([[...SEQUENCES_HEADERS], ...rows], readOutreachTemplates([])).sequences;
    expect(nextStep(edited, progress({ variant: 'C' }), '2026-04-01', TZ)).toEqual({
      kind: 'stopped',
      reason: 'no variant',
      detail: 'step 1 of S has no variant C: add it to the Sequences tab',
    });
  });
});
