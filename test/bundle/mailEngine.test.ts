/**
 * The mail engine through the built add-on in the runtime: answers read from Gmail (in the copy
 * that may read them) or marked by hand, Do not contact, the consent path, one email a day per
 * creator, a run killed mid-batch, and each creator's mail status.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { setSetting } from '../../scripts/followupSimulation';
import type { Runtime } from '../../scripts/runtime';
import { insertColumns, sortRows } from '../../scripts/runtime/sheetEdits';
import { sheetNamed } from '../../scripts/runtime/workbook';
import { addOn } from '../../scripts/addOn';
import type { Row } from './followupsFixture';
import {
  at,
  CODE_PATH,
  fireAt,
  fixtureWorkbook,
  lastRun,
  logLines,
  READING_CODE_PATH,
  sheetValues,
  startRuntime,
  turnOn,
} from './followupsFixture';

const METADATA = 'https://www.googleapis.com/auth/gmail.metadata';
const brief = 'Your Glow Serum sample is on its way';

/** Creators c1..cN, each with a sample shipped Mar 2 and delivered Mar 5. */
function creators(count: number, extra: (n: number) => Row = () => ({})) {
  const ids = Array.from({ length: count }, (_, i) => i + 1);
  return fixtureWorkbook(
    ids.map((n) => ({
      'Sample ID': `S-${n}`,
      Handle: `c${n}`,
      SKU: 'GLOW-1',
      Shipped: at('2026-03-02'),
      Delivered: at('2026-03-05'),
    })),
    ids.map((n) => ({ Handle: `c${n}`, Name: `Creator ${n}`, Email: `c${n}@example.com`, ...extra(n) })),
  );
}

function creatorCell(runtime: Runtime, handle: string, header: string): unknown {
  const [headers, ...rows] = sheetValues(runtime, 'Creators');
  return rows.find((row) => row[0] === handle)?.[headers.indexOf(header)];
}

const doNotContact = (runtime: Runtime) =>
  sheetValues(runtime, 'Do not contact')
    .slice(1)
    .map((row) => row.slice(0, 3).join(' | '));

const threadOf = (runtime: Runtime, to: string) =>
  runtime.gmail.sent.find((m) => m.to.join(',').includes(to))!.threadId;
const sentTo = (runtime: Runtime) => runtime.outbox.map((m) => m.to);

describe('reading replies and bounces (the copy built with gmail.metadata)', () => {
  const runtime = startRuntime(
    creators(4, (n) => ({ Status: n === 1 ? 'contacted' : '' })),
    { codePath: READING_CODE_PATH },
  );
  turnOn(runtime, 'send');
  setSetting(runtime, 'Mail: read replies and bounces', 'on');
  runtime.gmail.undeliverable.add('c2@example.com');
  fireAt(runtime, at('2026-03-02', 9));
  runtime.gmail.reply(threadOf(runtime, 'c1@'), { from: 'Creator 1 <c1@example.com>' });
  runtime.gmail.reply(threadOf(runtime, 'c3@'), { from: 'c3@example.com', subject: 'Unsubscribe' });
  runtime.gmail.autoReply(threadOf(runtime, 'c4@'));
  fireAt(runtime, at('2026-03-03', 9));
  const found = lastRun(runtime);
  fireAt(runtime, at('2026-03-05', 9));

  test('the next run finds one reply, one bounce and one request to stop; an out-of-office is none of them', () => {
    expect(found).toMatchObject({ replies: 1, bounces: 1, optOuts: 1 });
    expect(runtime.calls['Gmail.Users.Threads.get']).toBeGreaterThan(0);
  });

  test('bounced and stopping addresses go to Do not contact with their reason', () => {
    expect(doNotContact(runtime)).toEqual(['c2@example.com | c2 | bounced', 'c3@example.com | c3 | opted out']);
  });

  test('Creators shows each one’s mail status, and a reply moves contacted to replied', () => {
    expect(['c1', 'c2', 'c3', 'c4'].map((h) => creatorCell(runtime, h, 'Mail status'))).toEqual([
      'replied',
      'bounced',
      'opted out',
      'sent',
    ]);
    expect(creatorCell(runtime, 'c1', 'Status')).toBe('replied');
    expect(creatorCell(runtime, 'c4', 'Last email')).toEqual(at('2026-03-05', 9));
  });

  test('nothing more goes to them: only the creator who did not answer hears about the delivery', () => {
    expect(sentTo(runtime)).toEqual([
      'c1@example.com',
      'c2@example.com',
      'c3@example.com',
      'c4@example.com',
      'c4@example.com',
    ]);
    const lines = logLines(runtime);
    expect(lines.filter((l) => l.startsWith('Brief')).map((l) => l.split(' | ')[3])).toEqual([
      'replied',
      'bounced',
      'opted out',
      'sent',
    ]);
    expect(lines.filter((l) => l.startsWith('Delivered')).map((l) => l.split(' | ')[3])).toEqual([
      expect.stringMatching(/^held: the thread with c1@example.com about S-1 is replied/),
      'held: c2@example.com is in Do not contact (bounced)',
      'held: c3@example.com is in Do not contact (opted out)',
      'sent',
    ]);
  });
});

describe('without reading (the Marketplace copy)', () => {
  const runtime = startRuntime(creators(2));
  turnOn(runtime, 'send');
  fireAt(runtime, at('2026-03-02', 9));
  runtime.gmail.reply(threadOf(runtime, 'c1@'), { from: 'c1@example.com' });
  fireAt(runtime, at('2026-03-03', 9));

  test('declares no restricted scope, never reads a thread and never asks for consent', () => {
    const manifestFile = path.join(path.dirname(CODE_PATH), 'appsscript.json');
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { oauthScopes: string[] };
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/gmail.send');
    expect(manifest.oauthScopes.filter((s) => /gmail\.(metadata|readonly|modify)|mail\.google/.test(s))).toEqual([]);
    expect(runtime.calls['Gmail.Users.Threads.get']).toBeUndefined();
    expect(runtime.consent.requests).toEqual([]);
    expect(runtime.ui.menus.flatMap((m) => m.entries.map((e) => ('caption' in e ? e.caption : '')))).not.toContain(
      'Read replies and bounces',
    );
  });

  test('switching reading on says this copy cannot, and how to mark answers instead', () => {
    expect(() => addOn(runtime).setReplyReading({ on: true })).toThrow(/published without Gmail read access/);
  });

  test('the Today panel lists the unanswered emails; one click marks a reply and stops that thread', () => {
    const lists = addOn(runtime).todayLists();
    expect(lists.threads.items.map((t) => [t.handle, t.to, t.subject])).toEqual([
      ['c1', 'c1@example.com', brief],
      ['c2', 'c2@example.com', brief],
    ]);
    const next = addOn(runtime).markAnswer({ threadId: lists.threads.items[0].threadId, answer: 'replied' });
    expect(next.threads.items.map((t) => t.handle)).toEqual(['c2']);
    expect(creatorCell(runtime, 'c1', 'Mail status')).toBe('replied');
    fireAt(runtime, at('2026-03-05', 9));
    expect(sentTo(runtime)).toEqual(['c1@example.com', 'c2@example.com', 'c2@example.com']);
  });

  test('a bounce marked by hand goes to Do not contact', () => {
    const [thread] = addOn(runtime).todayLists().threads.items;
    addOn(runtime).markAnswer({ threadId: thread.threadId, answer: 'bounced' });
    expect(doNotContact(runtime)).toEqual(['c2@example.com | c2 | bounced']);
  });
});

describe('the consent path', () => {
  test('a user who has not granted gmail.metadata is asked only when they switch reading on', () => {
    const runtime = startRuntime(creators(1), { codePath: READING_CODE_PATH, withheldScopes: [METADATA] });
    turnOn(runtime, 'send');
    // Typed on in Settings without the permission: the hourly run cannot prompt, so it reads nothing.
    setSetting(runtime, 'Mail: read replies and bounces', 'on');
    fireAt(runtime, at('2026-03-02', 9));
    fireAt(runtime, at('2026-03-02', 10));
    expect(runtime.calls['Gmail.Users.Threads.get']).toBeUndefined();
    expect(runtime.consent.requests).toEqual([]);
    setSetting(runtime, 'Mail: read replies and bounces', 'off');

    const asked = addOn(runtime).setReplyReading({ on: true });
    expect(asked.consentUrl).toMatch(/^https:\/\//);
    expect(addOn(runtime).followUpStatus().replyReading).toEqual({ available: true, on: false, granted: false });

    // From the menu, Google's own prompt: the execution stops there.
    expect(() => runtime.ui.clickMenuItem('Read replies and bounces')).toThrow('Authorization is required');
    expect(runtime.consent.requests).toEqual([[METADATA]]);

    runtime.consent.grant([METADATA]);
    expect(addOn(runtime).setReplyReading({ on: true })).toEqual({
      message: expect.stringMatching(/^Reading replies and bounces is on/),
    });
    expect(addOn(runtime).followUpStatus().replyReading).toEqual({ available: true, on: true, granted: true });
    runtime.gmail.reply(threadOf(runtime, 'c1@'), { from: 'c1@example.com' });
    fireAt(runtime, at('2026-03-02', 11));
    expect(lastRun(runtime)).toMatchObject({ replies: 1 });
  });
});

describe('Do not contact, as the operator writes it', () => {
  test('by handle in any form or by address in any case: nothing is sent, the log says why', () => {
    const runtime = startRuntime(creators(3));
    turnOn(runtime, 'send');
    const tab = sheetNamed(runtime.workbook, 'Do not contact');
    tab.rows.push([{ value: '' }, { value: '@C2' }, { value: '' }], [{ value: 'C3@Example.com' }, { value: '' }]);
    fireAt(runtime, at('2026-03-02', 9));
    expect(sentTo(runtime)).toEqual(['c1@example.com']);
    expect(logLines(runtime).map((l) => l.split(' | ').slice(1, 4).join(' '))).toEqual([
      'S-2 c2@example.com held: @c2 is in Do not contact (added by you)',
      'S-3 c3@example.com held: c3@example.com is in Do not contact (added by you)',
      'S-1 c1@example.com sent',
    ]);
  });
});

describe('Do not contact, laid out by the operator', () => {
  test('a request to stop goes under its Email column wherever that is, and nothing more goes to that address', () => {
    const workbook = creators(2);
    // c2's second sample ships after the request to stop.
    workbook.sheets[1].rows.push(
      [{ value: 'S-9' }, { value: 'c2' }, { value: '' }, { value: 'GLOW-1' }, { value: 1 }].concat(
        workbook.sheets[1].rows[1].slice(5).map(() => ({ value: '' })),
      ),
    );
    const samples = workbook.sheets[1];
    const shippedColumn = samples.rows[0].findIndex((cell) => cell.value === 'Shipped');
    samples.rows[samples.rows.length - 1][shippedColumn] = { value: at('2026-03-04') };
    const runtime = startRuntime(workbook, { codePath: READING_CODE_PATH });
    turnOn(runtime, 'send');
    setSetting(runtime, 'Mail: read replies and bounces', 'on');
    fireAt(runtime, at('2026-03-02', 9));
    const tab = sheetNamed(runtime.workbook, 'Do not contact');
    insertColumns(tab, 1);
    tab.rows[0][0] = { value: 'Checked by' };
    runtime.gmail.reply(threadOf(runtime, 'c2@'), { from: 'c2@example.com', subject: 'Unsubscribe' });
    fireAt(runtime, at('2026-03-03', 9));
    expect(sheetValues(runtime, 'Do not contact').map((row) => row.slice(0, 4))).toEqual([
      ['Checked by', 'Email', 'Handle', 'Reason'],
      ['', 'c2@example.com', 'c2', 'opted out'],
    ]);
    fireAt(runtime, at('2026-03-04', 9));
    expect(sentTo(runtime)).toEqual(['c1@example.com', 'c2@example.com']);
    expect(logLines(runtime).filter((line) => line.includes('S-9'))).toEqual([
      expect.stringContaining('held: c2@example.com is in Do not contact (opted out)'),
    ]);
  });
});

describe('a humane cadence', () => {
  test('two samples of one creator due the same day go in one email, logged under one thread', () => {
    const workbook = fixtureWorkbook(
      ['A', 'B'].map((id) => ({ 'Sample ID': `S-${id}`, Handle: 'c1', SKU: 'GLOW-1', Shipped: at('2026-03-02') })),
      [{ Handle: 'c1', Name: 'Creator 1', Email: 'c1@example.com' }],
    );
    const runtime = startRuntime(workbook);
    turnOn(runtime, 'send');
    fireAt(runtime, at('2026-03-02', 9));
    fireAt(runtime, at('2026-03-02', 10));
    expect(runtime.outbox).toHaveLength(1);
    expect(runtime.outbox[0].body.split('— — —')).toHaveLength(2);
    const log = sheetValues(runtime, 'Follow-up log').slice(1);
    expect(log.map((row) => [row[3], row[6], row[7]])).toEqual([
      ['S-A', 'sent', runtime.outbox[0].threadId],
      ['S-B', 'sent', runtime.outbox[0].threadId],
    ]);
  });
});

describe('a run killed mid-batch', () => {
  test('what it marked and did not confirm is shown and never sent; the rest of the sheet goes on', () => {
    const runtime = startRuntime(creators(5));
    turnOn(runtime, 'send');
    runtime.endExecutionAtSend(3);
    expect(() => fireAt(runtime, at('2026-03-02', 9))).toThrow('Exceeded maximum execution time');
    expect(sentTo(runtime)).toEqual(['c1@example.com', 'c2@example.com']);
    expect(logLines(runtime).map((l) => l.split(' | ')[3])).toEqual([
      'sending',
      'sending',
      'sending',
      'sending',
      'sending',
    ]);

    fireAt(runtime, at('2026-03-02', 10));
    fireAt(runtime, at('2026-03-05', 9));
    // Each creator gets the delivery news once; no brief goes twice, and none of the three unconfirmed ones.
    expect(runtime.outbox.filter((m) => m.subject === brief)).toHaveLength(2);
    expect(lastRun(runtime)).toMatchObject({
      unconfirmed: expect.arrayContaining([expect.objectContaining({ row: 4 })]),
    });
    expect((lastRun(runtime).unconfirmed as unknown[]).length).toBe(5);
  });
});

describe("each creator's mail status, batch after batch", () => {
  test('is written after every batch, reading the Handle and Status columns alone', () => {
    const runtime = startRuntime(creators(60, (n) => ({ Status: n % 2 ? 'contacted' : 'active' })));
    turnOn(runtime, 'send');
    runtime.resetCalls();
    fireAt(runtime, at('2026-03-02', 9));
    expect(runtime.outbox).toHaveLength(60);
    expect(
      Array.from({ length: 60 }, (_, i) => creatorCell(runtime, `c${i + 1}`, 'Mail status')).every((s) => s === 'sent'),
    ).toBe(true);
    const creatorsTab = sheetValues(runtime, 'Creators');
    const width = creatorsTab[0].length;
    const wholeTabReads = runtime.reads.filter((r) => r.sheet === 'Creators' && r.numRows > 1 && r.numColumns > 1);
    // The run reads the tab once; each of its three batches reads two columns, never the whole tab again.
    expect(wholeTabReads).toEqual([expect.objectContaining({ numRows: creatorsTab.length, numColumns: width })]);
    expect(runtime.reads.filter((r) => r.sheet === 'Creators' && r.numColumns === 1 && r.numRows > 1)).toHaveLength(6);
  });

  test('lands in the mail columns after the operator inserts a column and sorts the tab mid-run', () => {
    const runtime = startRuntime(creators(60, (n) => ({ Status: n % 2 ? 'contacted' : 'active' })));
    turnOn(runtime, 'send');
    const creatorsTab = sheetNamed(runtime.workbook, 'Creators');
    // Before the second batch goes out: a column of the operator's in front, then the tab sorted by handle, Z to A.
    runtime.actAtSend(30, () => {
      insertColumns(creatorsTab, 1);
      runtime.typeIn('Creators', 'A1', 'My note');
      runtime.typeIn('Creators', 'A2', 'call back');
      sortRows(creatorsTab, 2, { ascending: false, headerRows: 1 });
    });
    fireAt(runtime, at('2026-03-02', 9));
    expect(runtime.outbox).toHaveLength(60);
    const [headers, ...rows] = sheetValues(runtime, 'Creators');
    expect(headers[0]).toBe('My note');
    expect(rows.map((row) => row[0]).filter((cell) => cell !== '')).toEqual(['call back']);
    const at_ = (header: string) => headers.indexOf(header);
    expect(rows.every((row) => row[at_('Mail status')] === 'sent')).toBe(true);
    expect(rows.filter((row) => row[at_('Status')] === 'contacted')).toHaveLength(30);
  });
});
