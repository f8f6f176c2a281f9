import { readDoNotContact } from '../../../src/core/mail/doNotContact';
import { readMemory } from '../../../src/core/mail/memory';
import type { FollowUpLog, LogEntry } from '../../../src/core/followups/log';
import { readLog, statusWord } from '../../../src/core/followups/log';
import type { Action, PlanInput } from '../../../src/core/followups/plan';
import { planFollowUps } from '../../../src/core/followups/plan';
import { DEFAULT_TEMPLATES } from '../../../src/core/followups/templates';
import { FOLLOWUP_LOG_HEADERS } from '../../../src/core/schema';
import type { FollowUpSettings } from '../../../src/core/settings';
import { readSettings } from '../../../src/core/settings';
import { contexts, day, jane, TZ } from './fixtures';

const brief = {
  'Sample ID': 'S-1',
  Handle: 'jane.doe',
  SKU: 'GLOW-1',
  Shipped: day('2026-03-02'),
  Carrier: 'UPS',
  Tracking: '1Z999',
};

function log(rows: [key: string, status: string][] = []): FollowUpLog {
  return readLog([
    FOLLOWUP_LOG_HEADERS.slice(),
    ...rows.map(([key, status]) => ['', '', '', '', '', '', status, '', key]),
  ]);
}

function plan(overrides: Partial<PlanInput> & { mode?: FollowUpSettings['mode'] } = {}): Action[] {
  const settings = readSettings(undefined).followUps;
  return planFollowUps({
    contexts: contexts([brief]),
    log: log(),
    memory: readMemory([]),
    doNotContact: readDoNotContact([]),
    settings: { ...settings, mode: overrides.mode ?? 'send' },
    templates: DEFAULT_TEMPLATES,
    timeZone: TZ,
    today: '2026-03-02',
    operatorEmail: 'operator@shop.example',
    ...overrides,
  });
}

const kinds = (actions: Action[]) => actions.map((a) => a.kind);

describe('planFollowUps', () => {
  test('send mode: the brief is composed from the template, creator and product', () => {
    const [action] = plan();
    expect(action.kind).toBe('send');
    if (action.kind !== 'send') return;
    expect(action.mail.to).toBe('jane@example.com');
    expect(action.mail.subject).toBe('Your Glow Serum sample is on its way');
    expect(action.mail.body).toContain('Hi Jane,');
    expect(action.mail.body).toContain('https://www.ups.com/track?tracknum=1Z999');
    expect(action.mail.body).toContain('The team');
    expect(action.message.key).toBe('Brief|S-1|2026-03-02');
  });

  test('review mode queues instead of sending', () => {
    expect(kinds(plan({ mode: 'review' }))).toEqual(['queue']);
  });

  test.each(['sent', 'sending', 'failed: Service unavailable', 'expired: no longer due', 'rejected'])(
    'a key already logged as %j is left alone',
    (status) => {
      expect(plan({ log: log([['Brief|S-1|2026-03-02', status]]) })).toEqual([]);
    },
  );

  test('a message awaiting approval is left alone, with its email for the operator to read', () => {
    const [action] = plan({ mode: 'review', log: log([['Brief|S-1|2026-03-02', 'awaiting approval']]) });
    expect(action).toMatchObject({
      kind: 'await',
      logRow: 2,
      mail: { subject: 'Your Glow Serum sample is on its way' },
    });
  });

  test('an approved message is sent in review mode, on its log row', () => {
    const [action] = plan({ mode: 'review', log: log([['Brief|S-1|2026-03-02', 'Approved']]) });
    expect(action).toMatchObject({ kind: 'send', logRow: 2 });
  });

  test('an approved message that is no longer due expires', () => {
    const actions = plan({
      log: log([
        ['Brief|S-1|2026-02-01', 'approved'],
        ['Brief|S-1|2026-03-02', 'sent'],
      ]),
    });
    expect(actions).toEqual([
      { kind: 'expire', entry: expect.objectContaining({ row: 2, key: 'Brief|S-1|2026-02-01' }) },
    ]);
  });

  test('a creator without a usable address: the message is held with the reason', () => {
    const [action] = plan({ contexts: contexts([brief], [{ ...jane, Email: 'jane@example.com, boss@example.com' }]) });
    expect(action.kind).toBe('hold');
    if (action.kind !== 'hold') return;
    expect(action.status).toMatch(
      /^held: the Email of @jane\.doe on the Creators tab cannot be used: .*one address per cell/,
    );
    expect(plan({ contexts: contexts([brief], []) })[0]).toMatchObject({
      kind: 'hold',
      status: expect.stringContaining('not in the Creators tab'),
    });
  });

  test('a held message is not rewritten while its problem is unchanged, and goes out once fixed', () => {
    const [held] = plan({ contexts: contexts([brief], [{ ...jane, Email: '' }]) });
    if (held.kind !== 'hold') throw new Error('expected a hold');
    expect(
      plan({
        contexts: contexts([brief], [{ ...jane, Email: '' }]),
        log: log([['Brief|S-1|2026-03-02', held.status]]),
      }),
    ).toEqual([]);
    expect(plan({ log: log([['Brief|S-1|2026-03-02', held.status]]) })).toEqual([
      expect.objectContaining({ kind: 'send', logRow: 2 }),
    ]);
  });

  test('a template with an unknown placeholder holds the message', () => {
    const templates = { ...DEFAULT_TEMPLATES, Brief: { name: 'Brief', subject: 'Hi {{nickname}}', body: 'x' } };
    expect(plan({ templates })[0]).toMatchObject({
      kind: 'hold',
      status: "held: the Brief template's subject has an unknown placeholder {{nickname}}",
    });
  });

  test('the same Sample ID on two rows is planned once', () => {
    expect(kinds(plan({ contexts: contexts([brief, { ...brief, Tracking: 'other' }]) }))).toEqual(['send']);
  });

  test('a CR/LF in a merged field cannot reach the subject', () => {
    const templates = { ...DEFAULT_TEMPLATES, Brief: { name: 'Brief', subject: 'For {{Campaign}}', body: 'x' } };
    const [action] = plan({ templates, contexts: contexts([{ ...brief, Campaign: 'Spring\r\nBcc: evil@x.com' }]) });
    expect(action.kind === 'send' && action.mail.subject).toBe('For Spring Bcc: evil@x.com');
  });

  test('ship reminders go to the Owner when it is an address, else to the operator', () => {
    const requested = { 'Sample ID': 'S-2', Handle: 'jane.doe', SKU: 'GLOW-1', Requested: day('2026-02-28') };
    const to = (owner: string) => {
      const [action] = plan({ contexts: contexts([requested], [{ ...jane, Owner: owner }]) });
      return action.kind === 'send' ? [action.message.rule, action.mail.to, action.mail.subject] : action;
    };
    expect(to('dana@shop.example')).toEqual([
      'Ship reminder',
      'dana@shop.example',
      'Sample S-2 for @jane.doe has not shipped',
    ]);
    expect(to('Dana')).toEqual(['Ship reminder', 'operator@shop.example', 'Sample S-2 for @jane.doe has not shipped']);
  });

  test('older messages come first', () => {
    const older = { ...brief, 'Sample ID': 'S-0', Shipped: day('2026-02-27') };
    expect(plan({ contexts: contexts([brief, older]) }).map((a) => 'message' in a && a.message.sampleId)).toEqual([
      'S-0',
      'S-1',
    ]);
  });
});

describe('readLog', () => {
  const entry = (l: FollowUpLog, key: string): LogEntry | undefined => l.entries.get(key);

  test('a pasted duplicate cannot reopen a closed key', () => {
    const l = log([
      ['K', 'sent'],
      ['K', 'approved'],
    ]);
    expect(entry(l, 'K')?.state).toBe('sent');
    expect(
      entry(
        log([
          ['K', 'approved'],
          ['K', 'sent'],
        ]),
        'K',
      )?.state,
    ).toBe('sent');
  });

  test('rows left at sending are reported as unconfirmed', () => {
    expect(
      log([
        ['A', 'sent'],
        ['B', 'sending'],
      ]).unconfirmed.map((e) => e.key),
    ).toEqual(['B']);
  });

  test('the next row follows the last filled row, keyed or not', () => {
    expect(
      log([
        ['A', 'sent'],
        ['', 'failed: run error'],
      ]).nextRow,
    ).toBe(4);
    expect(readLog([]).nextRow).toBe(2);
  });

  test('columns are found by header, wherever the operator moved them; without Status or Key the log is refused', () => {
    const moved = readLog([
      ['Key', 'My note', 'STATUS'],
      ['Brief|S-1|2026-03-02', 'asked Jo', 'Sent'],
    ]);
    expect([...moved.entries.values()]).toEqual([
      { row: 2, key: 'Brief|S-1|2026-03-02', state: 'sent', status: 'Sent' },
    ]);
    expect(() => readLog([['Time', 'Key']])).toThrow(/has no Status column: its first row must name Time, Rule/);
  });

  test('status words', () => {
    expect(statusWord(' Failed: boom ')).toBe('failed');
    expect(statusWord('awaiting approval')).toBe('awaiting approval');
  });
});

describe('planFollowUps: Do not contact and answered threads', () => {
  test('a creator in Do not contact is held, by address or by handle, and goes once removed', () => {
    const byAddress = readDoNotContact([
      ['Email', 'Handle', 'Reason', 'Since'],
      ['jane@example.com', '', 'bounced', ''],
    ]);
    const byHandle = readDoNotContact([
      ['Email', 'Handle', 'Reason', 'Since'],
      ['', '@jane.doe', 'opted out', ''],
    ]);
    expect(plan({ doNotContact: byAddress })[0]).toMatchObject({
      kind: 'hold',
      status: 'held: jane@example.com is in Do not contact (bounced)',
    });
    expect(plan({ doNotContact: byHandle })[0]).toMatchObject({
      kind: 'hold',
      status: 'held: @jane.doe is in Do not contact (opted out)',
    });
    expect(plan()[0].kind).toBe('send');
  });

  test('nothing more goes into a thread the creator answered', () => {
    const detail = JSON.stringify({
      to: 'jane@example.com',
      handle: 'jane.doe',
      rule: 'Brief',
      nudge: false,
      topic: 'sample:S-1',
      subject: 'Your sample',
      messageId: '<m1@x>',
      threadId: 't-1',
    });
    const memory = readMemory([
      ['Key', 'State', 'Time', 'Detail'],
      ['Brief|S-1|2026-02-20', 'sent', new Date('2026-02-20T17:00:00Z'), detail],
      ['thread|t-1', 'replied', new Date('2026-02-21T17:00:00Z'), ''],
    ]);
    expect(plan({ memory })[0]).toMatchObject({
      kind: 'hold',
      status: 'held: the thread with jane@example.com about S-1 is replied: answer in Gmail; nothing more goes there',
    });
  });
});
