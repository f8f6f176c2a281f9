/**
 * Follow-ups in the BUILT bundle (dist/Code.js, `npm run build` first) in the local runtime, with
 * the fake clock driving the hourly trigger.
 */
import type { SimulatedMessage } from '../../scripts/followupSimulation';
import { simulateFollowUps, setSetting } from '../../scripts/followupSimulation';
import type { Runtime } from '../../scripts/runtime';
import type { Row } from './followupsFixture';
import {
  at,
  CREATOR_ROWS,
  editCell,
  fireAt,
  fixtureWorkbook,
  lastRun,
  logLines,
  SAMPLE_ROWS,
  setLogStatus,
  sheetValues,
  startRuntime,
  turnOn,
} from './followupsFixture';
import { addOn } from '../../scripts/addOn';
import { insertColumns } from '../../scripts/runtime/sheetEdits';
import { sheetNamed, valuesOf } from '../../scripts/runtime/workbook';

const MONTH = { from: at('2026-03-01'), days: 31 };
const brief = 'Your Glow Serum sample is on its way';

const lastToast = (runtime: Runtime) => runtime.ui.toasts[runtime.ui.toasts.length - 1]?.message;

const summary = (messages: SimulatedMessage[]) => messages.map((m) => [m.time, m.rule, m.sample, m.to, m.subject]);

function samplesCell(runtime: Runtime, sampleId: string, header: string): unknown {
  const [headers, ...rows] = sheetValues(runtime, 'Samples');
  return rows.find((row) => row[0] === sampleId)?.[headers.indexOf(header)];
}

/** Five creators, each with a sample shipped on Mar 2: five briefs due at the same run. */
function fiveBriefs(): ReturnType<typeof fixtureWorkbook> {
  const ids = [1, 2, 3, 4, 5];
  return fixtureWorkbook(
    ids.map((n) => ({ 'Sample ID': `B-${n}`, Handle: `c${n}`, SKU: 'GLOW-1', Shipped: at('2026-03-02') })),
    ids.map((n) => ({ Handle: `c${n}`, Name: `Creator ${n}`, Email: `c${n}@example.com` })),
  );
}

/** Every Gmail send takes `ms` of the fake clock, as a slow mail service would. */
function slowSends(runtime: Runtime, ms: number): void {
  let count = runtime.calls['Gmail.Users.Messages.send'] ?? 0;
  Object.defineProperty(runtime.calls, 'Gmail.Users.Messages.send', {
    configurable: true,
    enumerable: true,
    get: () => count,
    set: (value: number) => {
      count = value;
      runtime.clock.advance(ms);
    },
  });
}

describe('a month of hourly runs in send mode', () => {
  // The runtime's quota does not reset daily: give the month enough that it never binds.
  const runtime = startRuntime(fixtureWorkbook(), { mailQuota: 1000 });
  const month = simulateFollowUps(runtime, { ...MONTH, mode: 'send' });

  test('sends exactly these messages, each at the first run inside the send window on its day', () => {
    const reply = `Re: ${brief}`;
    expect(summary(month.sent)).toEqual([
      ['2026-03-02T09:00:00-08:00', 'Brief', 'S-1', 'jane@example.com', brief],
      [
        '2026-03-03T09:00:00-08:00',
        'Ship reminder',
        'S-2',
        'dana@shop.example',
        'Sample S-2 for @omar.k has not shipped',
      ],
      // Later news of a sample goes in its first email's thread, under that email's subject.
      ['2026-03-05T09:00:00-08:00', 'Delivered', 'S-1', 'jane@example.com', reply],
      // Clocks went forward on Mar 8: still 09:00 local.
      ['2026-03-09T09:00:00-07:00', 'Brief', 'S-4', 'kim@example.com', brief],
      ['2026-03-10T09:00:00-07:00', 'Reminder', 'S-1', 'jane@example.com', reply],
      ['2026-03-13T09:00:00-07:00', 'Overdue', 'S-1', 'jane@example.com', reply],
      ['2026-03-19T09:00:00-07:00', 'Second nudge', 'S-1', 'jane@example.com', reply],
      ['2026-03-23T09:00:00-07:00', 'Reminder', 'S-4', 'kim@example.com', reply],
      ['2026-03-26T09:00:00-07:00', 'Overdue', 'S-4', 'kim@example.com', reply],
    ]);
    expect(month.unmatched).toEqual([]);
  });

  test("each sample's emails are one Gmail conversation, each answering the one before", () => {
    const s1 = runtime.gmail.sent.filter((m) => m.to.includes('jane@example.com'));
    expect(new Set(s1.map((m) => m.threadId)).size).toBe(1);
    expect(runtime.gmail.threads().find((t) => t.id === s1[0].threadId)?.messages).toHaveLength(5);
    s1.slice(1).forEach((message, i) => {
      expect(message.inReplyTo).toBe(s1[i].messageId);
      expect(message.references).toEqual(s1.slice(0, i + 1).map((m) => m.messageId));
    });
    const s4 = runtime.gmail.sent.filter((m) => m.to.includes('kim@example.com'));
    expect(new Set(s4.map((m) => m.threadId)).size).toBe(1);
    expect(s4[0].threadId).not.toBe(s1[0].threadId);
    expect(month.sent.every((m) => m.threadId !== '')).toBe(true);
  });

  test('the bodies are the templates of each rule, whatever the subject', () => {
    const s1 = month.sent.filter((m) => m.sample === 'S-1');
    expect(s1[1].body).toContain('shows as delivered');
    expect(s1[1].body).toContain('Could you post your video by Thursday, March 12?');
    expect(s1[4].body).not.toContain('shows as delivered');
  });

  test('mail goes from the operator: reply-to them, plain text with the tracking link, nothing else in the headers', () => {
    const first = runtime.outbox[0];
    expect(first).toEqual({
      messageId: expect.stringMatching(/^<creator-ops\.[a-z0-9.]+@shop\.example>$/),
      threadId: expect.any(String),
      time: at('2026-03-02', 9),
      to: 'jane@example.com',
      subject: brief,
      body: expect.any(String),
      replyTo: 'dana@shop.example',
    });
    expect(first.body).toContain('Hi Jane,');
    expect(first.body).toContain('https://www.ups.com/track?tracknum=1Z001');
    expect(runtime.outbox[3].body).toContain('https://www.royalmail.com/track-your-item#/tracking-results/LX123');
  });

  test('fills Brief sent when the brief goes and Due from Delivered + 7 when it was empty', () => {
    expect(samplesCell(runtime, 'S-1', 'Brief sent')).toEqual(at('2026-03-02'));
    expect(samplesCell(runtime, 'S-1', 'Due')).toEqual(at('2026-03-12'));
    expect(samplesCell(runtime, 'S-4', 'Brief sent')).toEqual(at('2026-03-09'));
    expect(samplesCell(runtime, 'S-4', 'Due')).toEqual(at('2026-03-25'));
  });

  test('the log holds one row per message, and the unusable address once, with the reason', () => {
    const lines = logLines(runtime);
    expect(lines).toHaveLength(10);
    expect(new Set(lines.map((l) => l.split(' | ')[4])).size).toBe(10);
    expect(lines.filter((l) => l.includes('| sent |'))).toHaveLength(9);
    expect(month.held).toEqual([
      {
        rule: 'Brief',
        handle: 'bad.email',
        sample: 'S-6',
        problem: expect.stringMatching(
          /^the Email of @bad\.email on the Creators tab cannot be used: 'bo@' has no valid domain/,
        ),
      },
    ]);
  });

  test('a second simulation over the same month sends and records nothing new', () => {
    const outbox = runtime.outbox.length;
    const log = logLines(runtime);
    const again = simulateFollowUps(runtime, { ...MONTH, mode: 'send' });
    expect(again).toEqual({ sent: [], queued: [], held: [], unmatched: [] });
    expect(runtime.outbox).toHaveLength(outbox);
    expect(logLines(runtime)).toEqual(log);
    expect(runtime.triggers).toHaveLength(1);
  });
});

/** A Samples row like the first, under `sampleId`, from `source`, its brief not sent yet. */
function addSampleLikeFirst(runtime: Runtime, sampleId: string, source: string): void {
  const samples = sheetNamed(runtime.workbook, 'Samples');
  samples.rows.push(samples.rows[1].map((cell, c) => (c === 0 ? { value: sampleId } : { ...cell })));
  editCell(runtime, 'Samples', sampleId, 'Source', source);
  editCell(runtime, 'Samples', sampleId, 'Brief sent', '');
}

describe('never twice', () => {
  test('a message already sent about a sample that came back under a new Sample ID is held until approved', () => {
    const shipped = { Handle: 'jane.doe', SKU: 'GLOW-1', Units: 1, Shipped: at('2026-03-02') };
    const runtime = startRuntime(fixtureWorkbook([{ 'Sample ID': 'S-1', ...shipped, Source: 'Sample log!2' }]));
    turnOn(runtime, 'send');
    fireAt(runtime, at('2026-03-02', 9));
    expect(runtime.gmail.sent).toHaveLength(1);
    // Organize finds the log's row under a new ID: the old row is kept as gone, the new one added.
    editCell(runtime, 'Samples', 'S-1', 'Source', 'Sample log!2 (source row gone)');
    addSampleLikeFirst(runtime, 'S-9', 'Sample log!2');
    fireAt(runtime, at('2026-03-03', 9));
    expect(runtime.gmail.sent).toHaveLength(1);
    expect(logLines(runtime)[1]).toBe(
      'Brief | S-9 | jane@example.com | held: the same message went to this address about S-1, which Samples no longer holds (the same sample under a new Sample ID?): type approved in Status to send it anyway | Brief|S-9|2026-03-02',
    );
    setLogStatus(runtime, 'Brief|S-9|2026-03-02', 'approved');
    fireAt(runtime, at('2026-03-03', 10));
    expect(runtime.gmail.sent).toHaveLength(2);
  });

  test('a second sample to one creator, shipped the same day, is mailed about as its own', () => {
    const shipped = { Handle: 'jane.doe', SKU: 'GLOW-1', Units: 1, Shipped: at('2026-03-02') };
    const runtime = startRuntime(fixtureWorkbook([{ 'Sample ID': 'S-1', ...shipped, Source: 'Sample log!2' }]));
    turnOn(runtime, 'send');
    fireAt(runtime, at('2026-03-02', 9));
    addSampleLikeFirst(runtime, 'S-2', 'Sample log!3');
    fireAt(runtime, at('2026-03-03', 9));
    expect(logLines(runtime).map((line) => line.split(' | ').slice(1, 4).join(' '))).toEqual([
      'S-1 jane@example.com sent',
      'S-2 jane@example.com sent',
    ]);
  });

  test('a sample whose source row is gone (come back under another Sample ID) is held, not mailed a second time', () => {
    const shipped = { Handle: 'jane.doe', SKU: 'GLOW-1', Units: 1, Shipped: at('2026-03-02') };
    const runtime = startRuntime(
      fixtureWorkbook([
        { 'Sample ID': 'S-1', ...shipped, Source: 'Sample log!2 (source row gone)' },
        { 'Sample ID': 'S-01', ...shipped, Source: 'Sample log!2' },
      ]),
    );
    turnOn(runtime, 'send');
    fireAt(runtime, at('2026-03-02', 9));
    expect(runtime.gmail.sent.map((m) => m.to)).toEqual([['jane@example.com']]);
    expect(logLines(runtime)).toEqual([
      'Brief | S-1 | jane@example.com | held: its source row is gone (Source: Sample log!2 (source row gone)): put the row back in the log, or delete this Samples row | Brief|S-1|2026-03-02',
      'Brief | S-01 | jane@example.com | sent | Brief|S-01|2026-03-02',
    ]);
  });

  test('a run overlapping another one (document lock held) sends and records nothing; the next run sends once', () => {
    const runtime = startRuntime(fixtureWorkbook());
    turnOn(runtime, 'send');
    const release = runtime.locks.holdDocumentLock();
    fireAt(runtime, at('2026-03-02', 9));
    expect(runtime.outbox).toHaveLength(0);
    expect(logLines(runtime)).toEqual([]);
    expect(lastRun(runtime)).toBeNull();
    expect(addOn(runtime).menuSendFollowUps()).toBeUndefined();
    expect(lastToast(runtime)).toBe('Another follow-up run is in progress; it will finish the job.');
    expect(runtime.outbox).toHaveLength(0);
    release();
    fireAt(runtime, at('2026-03-02', 9, 30));
    fireAt(runtime, at('2026-03-02', 10));
    addOn(runtime).menuSendFollowUps();
    expect(runtime.outbox.map((m) => m.subject)).toEqual([brief]);
    expect(logLines(runtime)).toEqual(['Brief | S-1 | jane@example.com | sent | Brief|S-1|2026-03-02']);
  });

  test('MailApp throwing on the 3rd send: that message is marked failed and never retried; the others go once', () => {
    const runtime = startRuntime(fiveBriefs());
    turnOn(runtime, 'send');
    runtime.failSendAt(3);
    fireAt(runtime, at('2026-03-02', 9));
    fireAt(runtime, at('2026-03-02', 10));
    fireAt(runtime, at('2026-03-03', 9));
    expect(runtime.outbox.map((m) => m.to)).toEqual([
      'c1@example.com',
      'c2@example.com',
      'c4@example.com',
      'c5@example.com',
    ]);
    expect(logLines(runtime).map((l) => l.split(' | ').slice(1, 4).join(' '))).toEqual([
      'B-1 c1@example.com sent',
      'B-2 c2@example.com sent',
      'B-3 c3@example.com failed: API call to gmail.users.messages.send failed with error: Backend Error (set Status to approved to try again)',
      'B-4 c4@example.com sent',
      'B-5 c5@example.com sent',
    ]);
    expect(samplesCell(runtime, 'B-3', 'Brief sent')).toBe('');
    expect(lastRun(runtime)).toMatchObject({ outcome: 'done', sent: 0, failed: 0 });
  });

  test('the operator can retry a failed message by approving it', () => {
    const runtime = startRuntime(fiveBriefs());
    turnOn(runtime, 'send');
    runtime.failSendAt(1);
    fireAt(runtime, at('2026-03-02', 9));
    setLogStatus(runtime, 'Brief|B-1|2026-03-02', 'approved');
    fireAt(runtime, at('2026-03-02', 10));
    expect(runtime.outbox.map((m) => m.to)).toEqual([
      'c2@example.com',
      'c3@example.com',
      'c4@example.com',
      'c5@example.com',
      'c1@example.com',
    ]);
    expect(logLines(runtime)[0]).toBe('Brief | B-1 | c1@example.com | sent | Brief|B-1|2026-03-02');
  });

  test('a key left at sending by a crashed run is shown, not resent', () => {
    const runtime = startRuntime(fixtureWorkbook());
    turnOn(runtime, 'send');
    const log = sheetNamed(runtime.workbook, 'Follow-up log');
    log.rows.push(
      [
        at('2026-03-02', 9),
        'Brief',
        'jane.doe',
        'S-1',
        'jane@example.com',
        brief,
        'sending',
        '',
        'Brief|S-1|2026-03-02',
      ].map((value) => ({ value })),
    );
    fireAt(runtime, at('2026-03-02', 10));
    expect(runtime.outbox).toHaveLength(0);
    expect(lastRun(runtime)).toMatchObject({ outcome: 'done', unconfirmed: [{ row: 2, key: 'Brief|S-1|2026-03-02' }] });
    addOn(runtime).menuSendFollowUps();
    expect(lastToast(runtime)).toContain('1 left at "sending" by an interrupted run: check your Sent mail');
  });
});

describe('limits', () => {
  test('a daily limit of 3 in Settings: three go, the rest wait unclaimed for a later run', () => {
    const runtime = startRuntime(fiveBriefs());
    turnOn(runtime, 'send');
    setSetting(runtime, 'Mail: daily limit', 3);
    fireAt(runtime, at('2026-03-02', 9));
    fireAt(runtime, at('2026-03-02', 10));
    expect(runtime.outbox.map((m) => m.to)).toEqual(['c1@example.com', 'c2@example.com', 'c3@example.com']);
    expect(logLines(runtime)).toHaveLength(3);
    expect(lastRun(runtime)).toMatchObject({ outcome: 'stopped at the daily limit', sent: 0, waiting: 2 });
    const preview = addOn(runtime).previewFollowUps();
    expect(preview.items.map((i) => [i.action, i.sampleId])).toEqual([
      ['wait', 'B-4'],
      ['wait', 'B-5'],
    ]);
    // The limit counts a rolling 24 hours: the next morning the two go.
    fireAt(runtime, at('2026-03-03', 9));
    expect(runtime.outbox.map((m) => m.to).slice(3)).toEqual(['c4@example.com', 'c5@example.com']);
  });

  test("Gmail's own sending limit: what is refused waits for a later run, never fails", () => {
    const runtime = startRuntime(fiveBriefs(), { gmailSendingLimit: 3 });
    turnOn(runtime, 'send');
    fireAt(runtime, at('2026-03-02', 9));
    expect(runtime.outbox).toHaveLength(3);
    expect(lastRun(runtime)).toMatchObject({ outcome: 'stopped at Gmail sending limit', sent: 3, waiting: 2 });
    const statuses = logLines(runtime).map((l) => l.split(' | ')[3]);
    expect(statuses.slice(3)).toEqual([
      expect.stringMatching(/^waiting: Gmail: .*quota.*; the next run sends it$/i),
      expect.stringMatching(/^waiting: /),
    ]);
    fireAt(runtime, at('2026-03-03', 10));
    expect(runtime.outbox.map((m) => m.to).slice(3)).toEqual(['c4@example.com', 'c5@example.com']);
    expect(logLines(runtime).map((l) => l.split(' | ')[3])).toEqual(['sent', 'sent', 'sent', 'sent', 'sent']);
  });

  test('a run that reaches the time budget stops between messages and the next runs continue', () => {
    const runtime = startRuntime(fiveBriefs());
    turnOn(runtime, 'send');
    slowSends(runtime, 100_000);
    fireAt(runtime, at('2026-03-02', 9));
    expect(runtime.outbox).toHaveLength(3);
    expect(lastRun(runtime)).toMatchObject({ outcome: 'stopped at the time limit', sent: 3, waiting: 2 });
    // The batch was marked before sending: its unsent emails say they wait, and are not stranded.
    expect(logLines(runtime).map((l) => l.split(' | ')[3])).toEqual([
      'sent',
      'sent',
      'sent',
      'waiting: stopped at the time limit; the next run sends it',
      'waiting: stopped at the time limit; the next run sends it',
    ]);
    fireAt(runtime, at('2026-03-02', 10));
    expect(lastRun(runtime)).toMatchObject({ outcome: 'done', sent: 2, waiting: 0 });
    fireAt(runtime, at('2026-03-02', 11));
    expect(runtime.outbox.map((m) => m.to)).toEqual([1, 2, 3, 4, 5].map((n) => `c${n}@example.com`));
    expect(logLines(runtime).every((l) => l.includes('| sent |'))).toBe(true);
  });
});

test('Due edited mid-month re-arms Reminder, Overdue and Second nudge for the new date', () => {
  const runtime = startRuntime(fixtureWorkbook());
  const before = simulateFollowUps(runtime, { from: at('2026-03-01'), days: 10, mode: 'send' });
  expect(before.sent.filter((m) => m.sample === 'S-1').map((m) => m.rule)).toEqual(['Brief', 'Delivered', 'Reminder']);
  editCell(runtime, 'Samples', 'S-1', 'Due', at('2026-03-20'));
  const after = simulateFollowUps(runtime, { from: at('2026-03-11'), days: 21 });
  expect(summary(after.sent.filter((m) => m.sample === 'S-1'))).toEqual([
    ['2026-03-18T09:00:00-07:00', 'Reminder', 'S-1', 'jane@example.com', `Re: ${brief}`],
    ['2026-03-21T09:00:00-07:00', 'Overdue', 'S-1', 'jane@example.com', `Re: ${brief}`],
    ['2026-03-27T09:00:00-07:00', 'Second nudge', 'S-1', 'jane@example.com', `Re: ${brief}`],
  ]);
  expect(after.sent.find((m) => m.rule === 'Reminder')?.body).toContain('Friday, March 20');
  expect(after.sent.map((m) => m.key)).not.toContain('Overdue|S-1|2026-03-12');
});

test('review mode with a column the operator inserted in the Follow-up log: approvals read and rows written by header', () => {
  const runtime = startRuntime(fixtureWorkbook());
  simulateFollowUps(runtime, { from: at('2026-03-01'), days: 3, mode: 'review' });
  const log = sheetNamed(runtime.workbook, 'Follow-up log');
  insertColumns(log, 1);
  log.rows.forEach((row, r) => (row[0] = { value: r === 0 ? 'Checked' : `by me ${r}` }));
  const typed = log.rows.length - 1;
  const [header] = valuesOf(log);
  const brief = log.rows.findIndex((row) => row[header.indexOf('Key')]?.value === 'Brief|S-1|2026-03-02');
  log.rows[brief][header.indexOf('Status')] = { value: 'Approved' };
  fireAt(runtime, at('2026-03-03', 10));
  expect(runtime.outbox.map((m) => m.to)).toEqual(['jane@example.com']);
  runtime.ui.clickMenuItem('Approve queued follow-ups');
  fireAt(runtime, at('2026-03-03', 11));
  expect(runtime.outbox.map((m) => m.to)).toEqual(['jane@example.com', 'dana@shop.example']);
  fireAt(runtime, at('2026-03-05', 9));
  const [after, ...rows] = valuesOf(log);
  expect(after).toEqual(['Checked', ...header.slice(1)]);
  const column = (name: string) => after.indexOf(name);
  expect(rows.map((row) => row[0])).toEqual(rows.map((_, i) => (i < typed ? `by me ${i + 1}` : '')));
  expect(rows.map((row) => [row[column('Key')], String(row[column('Status')]).split(':')[0]])).toEqual(
    expect.arrayContaining([
      ['Brief|S-1|2026-03-02', 'sent'],
      [expect.stringMatching(/^Ship reminder\|S-2/), 'sent'],
      [expect.stringMatching(/^Delivered\|S-1/), 'awaiting approval'],
    ]),
  );
});

test("a column of the operator's headed like one of the add-on's (Email, Due) is never read or filled as the add-on's", () => {
  const runtime = startRuntime(fixtureWorkbook());
  addOn(runtime).runOrganize(); // marks the managed tabs' columns
  const creators = sheetNamed(runtime.workbook, 'Creators');
  insertColumns(creators, 1);
  creators.rows.forEach((row, r) => (row[0] = { value: r === 0 ? 'Email' : `old-${r}@example.com` }));
  const samples = sheetNamed(runtime.workbook, 'Samples');
  insertColumns(samples, 1);
  samples.rows[0][0] = { value: 'Due' };
  turnOn(runtime, 'send');
  fireAt(runtime, at('2026-03-05', 9));
  expect(runtime.outbox.some((m) => m.to.startsWith('old-'))).toBe(false);
  expect(runtime.outbox.map((m) => m.to)).toContain('jane@example.com');
  expect(valuesOf(samples).map((row) => row[0])).toEqual(valuesOf(samples).map((_, r) => (r === 0 ? 'Due' : '')));
  const [header, ...rows] = valuesOf(samples);
  const ours = header.lastIndexOf('Due');
  expect(ours).toBeGreaterThan(0);
  expect(rows.find((row) => row[header.indexOf('Sample ID')] === 'S-1')?.[ours]).toEqual(at('2026-03-12'));
});

test('review mode: messages wait as awaiting approval; approved ones go, stale approvals expire', () => {
  const runtime = startRuntime(fixtureWorkbook());
  const queued = simulateFollowUps(runtime, { from: at('2026-03-01'), days: 3, mode: 'review' });
  expect(runtime.outbox).toHaveLength(0);
  expect(queued.queued.map((m) => [m.time, m.rule, m.sample])).toEqual([
    ['2026-03-02T09:00:00-08:00', 'Brief', 'S-1'],
    ['2026-03-03T09:00:00-08:00', 'Ship reminder', 'S-2'],
  ]);

  setLogStatus(runtime, 'Brief|S-1|2026-03-02', 'Approved');
  fireAt(runtime, at('2026-03-03', 10));
  expect(runtime.outbox.map((m) => m.subject)).toEqual([brief]);
  expect(samplesCell(runtime, 'S-1', 'Brief sent')).toEqual(at('2026-03-03'));

  runtime.ui.clickMenuItem('Approve queued follow-ups');
  expect(lastToast(runtime)).toBe('1 approved: they go out with the next run.');
  fireAt(runtime, at('2026-03-03', 11));
  expect(runtime.outbox.map((m) => m.to)).toEqual(['jane@example.com', 'dana@shop.example']);

  fireAt(runtime, at('2026-03-05', 9));
  expect(samplesCell(runtime, 'S-1', 'Due')).toEqual(at('2026-03-12'));
  fireAt(runtime, at('2026-03-10', 9));
  runtime.ui.clickMenuItem('Approve queued follow-ups');
  fireAt(runtime, at('2026-03-10', 10));
  expect(runtime.outbox.slice(2).map((m) => m.subject)).toEqual([brief, `Re: ${brief}`]);
  expect(runtime.outbox[3].body).toContain('Thursday, March 12');
  expect(
    logLines(runtime).map((l) => l.split(' | ').slice(0, 2).concat(l.split(' | ')[3].split(':')[0]).join(' ')),
  ).toEqual([
    'Brief S-1 sent',
    'Ship reminder S-2 sent',
    'Brief S-6 held',
    'Delivered S-1 expired',
    'Brief S-4 sent',
    'Reminder S-1 sent',
  ]);
});

test('header injection and bad addresses: one clean line per header, one valid address, or not sent', () => {
  const creators: Row[] = [
    { ...CREATOR_ROWS[0], Name: 'Jane\r\nBcc: evil@x.com' },
    { Handle: 'two.addresses', Email: 'a@x.com, b@y.com' },
    { Handle: 'crlf.address', Email: 'c@x.com\r\nBcc: evil@x.com' },
    { Handle: 'no.at', Email: 'nope' },
  ];
  const shipped = at('2026-03-02');
  const samples: Row[] = [
    { ...SAMPLE_ROWS[0], Campaign: 'Spring\nlaunch' },
    { 'Sample ID': 'X-1', Handle: 'two.addresses', SKU: 'GLOW-1', Shipped: shipped },
    { 'Sample ID': 'X-2', Handle: 'crlf.address', SKU: 'GLOW-1', Shipped: shipped },
    { 'Sample ID': 'X-3', Handle: 'no.at', SKU: 'GLOW-1', Shipped: shipped },
    { 'Sample ID': 'X-4', Handle: 'jane.doe\r\nBcc: evil@x.com', SKU: 'GLOW-1', Shipped: shipped },
  ];
  const runtime = startRuntime(fixtureWorkbook(samples, creators));
  turnOn(runtime, 'send');
  setSetting(runtime, 'Follow-up sender name', 'Dana\r\nBcc: evil@x.com <evil@x.com>');
  editCell(runtime, 'Templates', 'Brief', 'Subject', 'Hi {{Name}} from {{brand}}, re {{Campaign}}');
  fireAt(runtime, at('2026-03-02', 9));

  expect(runtime.outbox).toHaveLength(1);
  const [mail] = runtime.outbox;
  expect(mail.to).toBe('jane@example.com');
  expect(mail.subject).toBe('Hi Jane Bcc: evil@x.com from Lumi, re Spring launch');
  expect(mail.name).toBe('Dana Bcc: evil@x.com evil@x.com');
  expect(`${mail.subject}${mail.name}`).not.toMatch(/[\r\n\u0000<>]/);
  expect(Object.keys(mail).sort()).toEqual([
    'body',
    'messageId',
    'name',
    'replyTo',
    'subject',
    'threadId',
    'time',
    'to',
  ]);
  const held = logLines(runtime).filter((l) => l.includes('| held:'));
  expect(held.map((l) => l.split(' | ')[1])).toEqual(['X-1', 'X-2', 'X-3', 'X-4']);
  expect(held[0]).toContain('one address per cell');
  expect(held[3]).toContain('this sample has no Handle');
});

describe('the trigger', () => {
  test('is installed once per user and removed idempotently from the menu', () => {
    const runtime = startRuntime(fixtureWorkbook());
    runtime.ui.clickMenuItem('Turn on follow-ups');
    runtime.ui.clickMenuItem('Turn on follow-ups');
    expect(runtime.triggers.map((t) => [t.handler, t.event, t.everyHours, t.owner])).toEqual([
      ['runFollowUps', 'CLOCK', 1, 'dana@shop.example'],
    ]);
    expect(lastToast(runtime)).toMatch(
      /^Follow-ups were already on: every hour between 09:00-18:00, due messages wait/,
    );
    runtime.userEmail = 'sam@shop.example';
    runtime.ui.clickMenuItem('Turn on follow-ups');
    runtime.ui.clickMenuItem('Turn off follow-ups');
    expect(runtime.triggers.map((t) => t.owner)).toEqual(['dana@shop.example']);
    runtime.userEmail = 'dana@shop.example';
    runtime.ui.clickMenuItem('Turn off follow-ups');
    runtime.ui.clickMenuItem('Turn off follow-ups');
    expect(runtime.triggers).toEqual([]);
    expect(lastToast(runtime)).toBe('Follow-ups were already off.');
  });

  test('creates Templates and Follow-up log without touching what the operator edited', () => {
    const runtime = startRuntime(fixtureWorkbook());
    runtime.ui.clickMenuItem('Turn on follow-ups');
    editCell(runtime, 'Templates', 'Brief', 'Subject', 'My own subject');
    setSetting(runtime, 'Follow-up mode', 'send');
    runtime.ui.clickMenuItem('Turn off follow-ups');
    runtime.ui.clickMenuItem('Turn on follow-ups');
    expect(sheetValues(runtime, 'Templates').map((r) => r[0])).toEqual([
      'Name',
      'Brief',
      'Delivered',
      'Reminder',
      'Overdue',
      'Second nudge',
      'Thanks',
      'Ship reminder',
    ]);
    expect(sheetValues(runtime, 'Templates')[1][1]).toBe('My own subject');
    expect(sheetValues(runtime, 'Follow-up log')).toEqual([
      ['Time', 'Rule', 'Handle', 'Sample ID', 'To', 'Subject', 'Status', 'Thread ID', 'Key'],
    ]);
    expect(sheetValues(runtime, 'Settings').filter((r) => r[0] === 'Follow-up mode')).toEqual([
      ['Follow-up mode', 'send', expect.any(String)],
    ]);
  });

  test('a failing run throws nothing; its error is in the status and in the log once', () => {
    const runtime = startRuntime(fixtureWorkbook());
    turnOn(runtime, 'send');
    setSetting(runtime, 'Follow-up send window', 'whenever');
    fireAt(runtime, at('2026-03-02', 9));
    fireAt(runtime, at('2026-03-02', 10));
    expect(lastRun(runtime)).toMatchObject({
      outcome: 'failed',
      error: expect.stringContaining('"Follow-up send window" has the value "whenever"'),
    });
    expect(logLines(runtime)).toEqual([
      expect.stringMatching(/^\(run\) \| {2}\| {2}\| failed: the run stopped: Settings: "Follow-up send window"/),
    ]);
    setSetting(runtime, 'Follow-up send window', '09:00-18:00');
    fireAt(runtime, at('2026-03-02', 11));
    expect(lastRun(runtime)).toMatchObject({ outcome: 'done', sent: 1 });
    expect(runtime.outbox).toHaveLength(1);
  });

  test('outside the send window nothing goes, even when due', () => {
    const runtime = startRuntime(fixtureWorkbook());
    turnOn(runtime, 'send');
    for (const hour of [0, 3, 8, 18, 23]) fireAt(runtime, at('2026-03-02', hour, 59));
    expect(runtime.outbox).toHaveLength(0);
    expect(lastRun(runtime)).toMatchObject({ outcome: 'outside send window' });
  });
});

test('review mode: each queued email can be read in full before it is approved', () => {
  const runtime = startRuntime(fixtureWorkbook());
  const week = simulateFollowUps(runtime, { from: at('2026-03-01'), days: 7, mode: 'review' });
  expect(week.sent).toEqual([]);
  expect(week.queued.map((m) => [m.rule, m.sample])).toEqual([
    ['Brief', 'S-1'],
    ['Ship reminder', 'S-2'],
    ['Delivered', 'S-1'],
  ]);
  expect(week.queued[0].body).toContain('https://www.ups.com/track?tracknum=1Z001');
  expect(week.queued[1].body).toContain('@omar.k');
  expect(week.queued[2].body).toContain('shows as delivered');
  const preview = addOn(runtime).previewFollowUps();
  // Still due on the last day: the ship reminder and the delivery note wait, the brief has lapsed.
  expect(preview.items.filter((i) => i.action === 'await').map((i) => i.sampleId)).toEqual(['S-2', 'S-1']);
});
