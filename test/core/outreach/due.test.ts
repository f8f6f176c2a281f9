import { creatorMergeValues } from '../../../src/core/followups/placeholders';
import type { CreatorContext } from '../../../src/core/followups/sampleContexts';
import { readDoNotContact } from '../../../src/core/mail/doNotContact';
import { enrolmentRow, memoryRow, readMemory, threadRow } from '../../../src/core/mail/memory';
import { outreachDue, sequenceTopic, stepKey } from '../../../src/core/outreach/due';
import { OPT_OUT_LINE, outreachEmail } from '../../../src/core/outreach/emails';
import { defaultSequenceRows, readSequences } from '../../../src/core/outreach/sequences';
import { DEFAULT_OUTREACH_TEMPLATES, readOutreachTemplates } from '../../../src/core/outreach/templates';
import { MEMORY_HEADERS, SEQUENCES_HEADERS } from '../../../src/core/schema';

const TZ = 'America/Los_Angeles';
const { sequences } = readSequences([[...SEQUENCES_HEADERS], ...defaultSequenceRows()], readOutreachTemplates([]));
const NAME = 'Creator recruitment';
const JOINED = new Date('2026-04-01T16:00:00Z');

const creator = (handle: string, status = 'prospect', email = `${handle}@example.com`): [string, CreatorContext] => [
  handle,
  { record: { handle, email, status, source: { tab: 'Creators', row: 2 } }, fields: { Handle: handle } },
];

const enrolled = (handle: string, variant = 'A') =>
  enrolmentRow({ sequence: NAME, handle, variant, enrolledOn: '2026-04-01', state: 'enrolled' }, JOINED);

function sent(handle: string, step: number, time: string, threadId: string) {
  const detail = {
    to: `${handle}@example.com`,
    handle,
    rule: `${NAME} step ${step}`,
    nudge: false,
    topic: sequenceTopic(NAME),
    subject: 'Quick question',
    messageId: `<m-${handle}-${step}@shop.example>`,
    threadId,
  };
  return memoryRow(stepKey(NAME, handle, step), 'sent', new Date(time), detail);
}

function due(rows: unknown[][], creators: [string, CreatorContext][], today: string, blocked: unknown[][] = []) {
  return outreachDue({
    sequences,
    memory: readMemory([[...MEMORY_HEADERS], ...rows]),
    creators: new Map(creators),
    doNotContact: readDoNotContact([['Email', 'Handle', 'Reason', 'Since'], ...blocked]),
    today,
    timeZone: TZ,
  });
}

describe('enrolments in the memory tab', () => {
  it('reads back what it wrote, the ended state and reason included; a forged key is ignored', () => {
    const ended = enrolmentRow(
      { sequence: NAME, handle: 'kim', variant: 'B', enrolledOn: '2026-04-01', state: 'ended', reason: 'replied' },
      JOINED,
    );
    const forged = ['enrol|creator recruitment|someone', 'enrolled', JOINED, ended[3]];
    const memory = readMemory([[...MEMORY_HEADERS], enrolled('jo'), ended, forged]);
    expect([...memory.enrolments.values()]).toEqual([
      { sequence: NAME, handle: 'jo', variant: 'A', enrolledOn: '2026-04-01', state: 'enrolled', row: 2 },
      {
        sequence: NAME,
        handle: 'kim',
        variant: 'B',
        enrolledOn: '2026-04-01',
        state: 'ended',
        reason: 'replied',
        row: 3,
      },
    ]);
    expect(memory.keys.size).toBe(0);
    expect(memory.nextRow).toBe(5);
  });
});

describe('what an outreach run owes each enrolled creator', () => {
  it('the first email on the day of enrolment, in no thread', () => {
    const { due: steps } = due([enrolled('jo')], [creator('jo')], '2026-04-01');
    expect(steps.map((s) => [s.key, s.variant.template.name, s.thread])).toEqual([
      ['outreach|creator recruitment|jo|1', 'Outreach opener A', undefined],
    ]);
  });

  it('a follow-up 3 days after the first email, in its thread; nothing the day before', () => {
    const rows = [enrolled('jo'), sent('jo', 1, '2026-04-01T17:00:00Z', 't-1')];
    expect(due(rows, [creator('jo', 'contacted')], '2026-04-03').due).toEqual([]);
    const [step] = due(rows, [creator('jo', 'contacted')], '2026-04-04').due;
    expect([step.step.step, step.thread?.threadId, step.thread?.messageIds]).toEqual([
      2,
      't-1',
      ['<m-jo-1@shop.example>'],
    ]);
  });

  it('ends on a reply in the thread, a Status moved on, Do not contact, a lost email, the last step', () => {
    const rows = [
      ...['rae', 'sam', 'dee', 'nia', 'fin', 'gone'].map((h) => enrolled(h)),
      sent('rae', 1, '2026-04-01T17:00:00Z', 't-rae'),
      threadRow('t-rae', 'replied', new Date('2026-04-02T17:00:00Z')),
      ...[1, 2, 3].map((step) => sent('fin', step, '2026-04-01T17:00:00Z', 't-fin')),
    ];
    const creators = [
      creator('rae', 'contacted'),
      creator('sam', 'negotiating'),
      creator('dee'),
      creator('nia', 'prospect', ''),
      creator('fin', 'contacted'),
    ];
    const { due: steps, ended } = due(rows, creators, '2026-04-20', [['dee@example.com', '', 'asked us']]);
    expect(steps).toEqual([]);
    expect(Object.fromEntries(ended.map((e) => [e.enrolment.handle, e.reason]))).toEqual({
      rae: 'replied',
      sam: 'status',
      dee: 'do not contact',
      nia: 'no valid email',
      fin: 'finished',
      gone: 'not on Creators',
    });
  });

  it('leaves an enrolment whose sequence is gone as orphaned, and one already ended alone', () => {
    const other = enrolmentRow(
      { sequence: 'Old', handle: 'jo', variant: '', enrolledOn: '2026-04-01', state: 'enrolled' },
      JOINED,
    );
    const over = enrolmentRow(
      { sequence: NAME, handle: 'kim', variant: 'A', enrolledOn: '2026-04-01', state: 'ended', reason: 'replied' },
      JOINED,
    );
    const result = due([other, over], [creator('jo'), creator('kim')], '2026-04-01');
    expect(result.orphaned.map((e) => e.sequence)).toEqual(['Old']);
    expect([result.due, result.ended]).toEqual([[], []]);
  });
});

describe('an outreach email', () => {
  const opener = DEFAULT_OUTREACH_TEMPLATES[1];
  const values = creatorMergeValues({ Handle: 'jo', Name: 'Jo Lee' }, 'Dana', TZ);

  it('ends with the opt-out line and the postal address', () => {
    const mail = outreachEmail(opener, values, '1 Market St, SF', undefined);
    expect(mail.subject).toBe('Quick question, @jo');
    expect(mail.body.endsWith(`\n\n—\n${OPT_OUT_LINE}\n1 Market St, SF`)).toBe(true);
    expect(mail.problems).toEqual([]);
  });

  it('a follow-up repeats the thread subject, and a first email without a subject is a problem', () => {
    const thread = {
      threadId: 't',
      to: 'jo@example.com',
      handle: 'jo',
      topics: [],
      subject: 'Quick question, @jo',
      messageIds: [],
      started: JOINED,
      lastSent: JOINED,
    };
    expect(outreachEmail(DEFAULT_OUTREACH_TEMPLATES[2], values, 'x', thread).subject).toBe('Re: Quick question, @jo');
    expect(outreachEmail(DEFAULT_OUTREACH_TEMPLATES[2], values, 'x', undefined).problems).toEqual([
      'the Outreach follow-up 1 template has no subject, and a first email needs one: write it in the Templates tab',
    ]);
  });
});
