/**
 * Outreach in the BUILT bundle (`npm run build` first) in the local runtime: enrolment through the
 * server functions, then the hourly trigger sending each sequence's steps in one thread, stopping
 * where it must, sharing the daily limit with follow-ups.
 */
import * as path from 'path';
import { setSetting } from '../../scripts/followupSimulation';
import type { Runtime } from '../../scripts/runtime';
import { createRuntime } from '../../scripts/runtime';
import { addOn, addOnTab, ownedTabOf } from '../../scripts/addOn';
import { insertColumns } from '../../scripts/runtime/sheetEdits';
import { valuesOf } from '../../scripts/runtime/workbook';
import { COSTS, headersOf, MEMORY_TAB, ORDERS, OUTREACH_LOG_TAB, SEQUENCES_TAB } from '../../src/core/schema';
import { OPT_OUT_LINE } from '../../src/core/outreach/emails';
import type { Row } from './followupsFixture';
import { at, editCell, fireAt, fixtureWorkbook, lastRun, sheetValues, startRuntime, turnOn } from './followupsFixture';
import { recordsOf } from './tabRecords';

const ADDRESS = '1 Market St, San Francisco, CA 94105';

const prospect = (n: number, extra: Row = {}): Row => ({
  Handle: `p${n}`,
  Name: `Pat ${n}`,
  Email: `p${n}@example.com`,
  Status: 'prospect',
  ...extra,
});

function prospects(count: number): Row[] {
  return Array.from({ length: count }, (_, i) => prospect(i + 1));
}

/** Hourly runs from 00:00 of `day` for `days` days. */
function hourly(runtime: Runtime, day: string, days: number): void {
  const start = at(day).getTime();
  for (let hour = 0; hour < days * 24; hour++) fireAt(runtime, new Date(start + hour * 3_600_000));
}

function outreachLog(runtime: Runtime): Record<string, unknown>[] {
  return recordsOf(ownedTabOf(runtime.workbook, OUTREACH_LOG_TAB)!);
}

function creatorCell(runtime: Runtime, handle: string, header: string): unknown {
  const [headers, ...rows] = sheetValues(runtime, 'Creators');
  return rows.find((row) => row[0] === handle)?.[headers.indexOf(header)];
}

/** Outreach ready to go on Mar 2, 08:00: follow-ups on, postal address set, everyone enrolled. */
function started(creators: Row[], options: { address?: string; samples?: Row[]; runtime?: Runtime } = {}): Runtime {
  const runtime =
    options.runtime ?? startRuntime(fixtureWorkbook(options.samples ?? [], creators), { mailQuota: 1000 });
  runtime.clock.set(at('2026-03-02', 8));
  turnOn(runtime, 'send');
  addOn(runtime).outreachOverview({});
  addOn(runtime).enrol({});
  setSetting(runtime, 'Sender postal address', options.address ?? ADDRESS);
  return runtime;
}

describe('enrolment through the server functions', () => {
  const creators = [
    ...prospects(4),
    prospect(5, { Status: 'active' }),
    prospect(6, { Email: 'not an address' }),
    prospect(7, { Email: 'shared@example.com' }),
    prospect(8, { Email: 'shared@example.com' }),
    prospect(9, { Email: 'blocked@example.com' }),
  ];
  const runtime = startRuntime(fixtureWorkbook([], creators));
  runtime.clock.set(at('2026-03-02', 8));
  addOn(runtime).enrol({});
  const blocked = ownedTabOf(runtime.workbook, 'Do not contact')!;
  // The Do not contact tab is there after the first use; the operator adds an address to it.
  blocked.rows.push([{ value: 'blocked@example.com' }, { value: '' }, { value: 'asked us' }]);

  test('the first use creates the Sequences tab with the default two-variant sequence and the templates', () => {
    const sequences = valuesOf(ownedTabOf(runtime.workbook, SEQUENCES_TAB)!);
    expect(sequences.map((row) => row.slice(0, 5))).toEqual([
      ['Sequence', 'Step', 'Variant', 'Wait days', 'Template'],
      ['Creator recruitment', 1, 'A', 0, 'Outreach opener A'],
      ['Creator recruitment', 1, 'B', 0, 'Outreach opener B'],
      ['Creator recruitment', 2, '', 3, 'Outreach follow-up 1'],
      ['Creator recruitment', 3, '', 5, 'Outreach follow-up 2'],
    ]);
    const templates = sheetValues(runtime, 'Templates').map((row) => row[0]);
    expect(templates).toEqual(expect.arrayContaining(['Brief', 'Outreach opener A', 'Outreach follow-up 2']));
    expect(valuesOf(ownedTabOf(runtime.workbook, OUTREACH_LOG_TAB)!)[0]).toEqual([
      'Time',
      'Sequence',
      'Step',
      'Variant',
      'Handle',
      'To',
      'Subject',
      'Status',
      'Thread ID',
      'Key',
    ]);
  });

  test('each exclusion has its reason, and the enrolled are split evenly between the variants', () => {
    // The first enrol took p1..p4 and p9 (the Do not contact row came after); the preview now shows who is left out and why.
    const preview = addOn(runtime).previewEnrolment({});
    expect(preview.reach).toBe(0);
    expect(preview.enrolled).toBe(5);
    const reasons = Object.fromEntries(preview.excluded.map((e) => [e.handle, e.reason]));
    expect(reasons).toEqual({
      p1: 'in a sequence',
      p2: 'in a sequence',
      p3: 'in a sequence',
      p4: 'in a sequence',
      p5: 'status',
      p6: 'no valid email',
      p7: 'shared email',
      p8: 'shared email',
      p9: 'do not contact',
    });
    expect(preview.postalAddressSet).toBe(false);
  });

  test('enrolments live in the hidden memory tab, one row per creator with their variant', () => {
    const memory = valuesOf(ownedTabOf(runtime.workbook, MEMORY_TAB)!).filter((row) =>
      String(row[0]).startsWith('enrol|'),
    );
    expect(memory.map((row) => row[0]).sort()).toEqual(
      ['p1', 'p2', 'p3', 'p4', 'p9'].map((h) => `enrol|creator recruitment|${h}`),
    );
    const variants = memory.map((row) => JSON.parse(String(row[3])).variant).sort();
    expect(variants.filter((v) => v === 'A').length - variants.filter((v) => v === 'B').length).toBeLessThanOrEqual(1);
    expect(new Set(variants)).toEqual(new Set(['A', 'B']));
  });

  test('a second enrol adds nobody: a creator is in one sequence at a time', () => {
    expect(addOn(runtime).enrol({}).message).toMatch(/^0 creators enrolled in Creator recruitment/);
  });
});

describe('a sequence played out by the hourly trigger', () => {
  const runtime = started(prospects(3));
  hourly(runtime, '2026-03-02', 1);
  // After the first email, p2 moves on and p3 goes on Do not contact.
  editCell(runtime, 'Creators', 'p2', 'Status', 'declined');
  ownedTabOf(runtime.workbook, 'Do not contact')!.rows.push([{ value: 'p3@example.com' }]);
  hourly(runtime, '2026-03-03', 12);
  const to = (who: string) => runtime.outbox.filter((m) => m.to === who);
  const sentTo = (who: string) => runtime.gmail.sent.filter((m) => m.to.includes(who));

  test('first email, then each follow-up after its wait, at the first run of the send window', () => {
    expect(to('p1@example.com').map((m) => m.time)).toEqual([
      at('2026-03-02', 9),
      at('2026-03-05', 9),
      at('2026-03-10', 9),
    ]);
  });

  test('the follow-ups go in the first email’s thread, each answering the one before', () => {
    const [first, ...later] = sentTo('p1@example.com');
    for (const [i, message] of later.entries()) {
      expect(message.threadId).toBe(first.threadId);
      expect(message.subject).toBe(`Re: ${first.subject}`);
      expect(message.inReplyTo).toBe([first, ...later][i].messageId);
    }
  });

  test('every email ends with the opt-out line and the postal address', () => {
    expect(runtime.outbox).toHaveLength(5);
    for (const message of runtime.outbox)
      expect(message.body.replace(/\r\n/g, '\n').endsWith(`\n${OPT_OUT_LINE}\n${ADDRESS}`)).toBe(true);
  });

  test('a Status change stops the sequence, and so does Do not contact', () => {
    expect(to('p2@example.com')).toHaveLength(1);
    expect(to('p3@example.com')).toHaveLength(1);
    const ended = valuesOf(ownedTabOf(runtime.workbook, MEMORY_TAB)!)
      .filter((row) => String(row[0]).startsWith('enrol|'))
      .map((row) => [row[0], row[1], JSON.parse(String(row[3])).reason]);
    expect(ended).toEqual(
      expect.arrayContaining([
        ['enrol|creator recruitment|p1', 'ended', 'finished'],
        ['enrol|creator recruitment|p2', 'ended', 'status'],
        ['enrol|creator recruitment|p3', 'ended', 'do not contact'],
      ]),
    );
  });

  test('the first email moves Status to contacted; the Outreach log has one row per email', () => {
    expect(creatorCell(runtime, 'p1', 'Status')).toBe('contacted');
    expect(creatorCell(runtime, 'p2', 'Status')).toBe('declined');
    const log = outreachLog(runtime);
    expect(log).toHaveLength(5);
    expect(log.every((row) => row.Status === 'sent' && row['Thread ID'] !== '')).toBe(true);
    expect(log.filter((row) => row.Handle === 'p1').map((row) => row.Step)).toEqual([1, 2, 3]);
  });
});

describe('stop on a reply, read from Gmail', () => {
  const runtime = createRuntime({
    workbook: fixtureWorkbook([], prospects(2)),
    now: at('2026-03-01'),
    mailQuota: 1000,
    userEmail: 'dana@shop.example',
    codePath: path.resolve(__dirname, '../../dist-reading/Code.js'),
  });
  addOn(runtime).onOpen();
  started([], { runtime });
  setSetting(runtime, 'Mail: read replies and bounces', 'on');
  hourly(runtime, '2026-03-02', 1);
  const first = runtime.outbox.find((m) => m.to === 'p1@example.com')!;
  runtime.gmail.reply(first.threadId!, { from: 'p1@example.com', at: at('2026-03-03', 10) });
  hourly(runtime, '2026-03-03', 12);

  test('the creator who replied gets nothing more; the other gets the whole sequence', () => {
    expect(runtime.outbox.filter((m) => m.to === 'p1@example.com')).toHaveLength(1);
    expect(runtime.outbox.filter((m) => m.to === 'p2@example.com')).toHaveLength(3);
  });

  test('the reply moves Status to replied and is logged against the step it answered', () => {
    expect(creatorCell(runtime, 'p1', 'Status')).toBe('replied');
    expect(outreachLog(runtime).find((row) => row.Handle === 'p1' && row.Status === 'replied')).toMatchObject({
      Step: 1,
      'Thread ID': first.threadId,
    });
  });
});

/** Two active creators whose samples shipped on Mar 2 (a brief each is due), and four prospects. */
const BRIEF_SAMPLES: Row[] = [1, 2].map((n) => ({
  'Sample ID': `S-${n}`,
  Handle: `c${n}`,
  SKU: 'GLOW-1',
  Shipped: at('2026-03-02'),
}));
const ACTIVE_AND_PROSPECTS: Row[] = [
  { Handle: 'c1', Name: 'Cat', Email: 'c1@example.com', Status: 'active' },
  { Handle: 'c2', Name: 'Cy', Email: 'c2@example.com', Status: 'active' },
  ...prospects(4),
];

describe('the daily limit is shared, follow-ups first', () => {
  const runtime = started(ACTIVE_AND_PROSPECTS, { samples: BRIEF_SAMPLES });
  setSetting(runtime, 'Mail: daily limit', 3);
  fireAt(runtime, at('2026-03-02', 9));

  test('the two briefs go, then one outreach email; the rest wait for the limit', () => {
    expect(runtime.outbox.map((m) => m.to)).toEqual(['c1@example.com', 'c2@example.com', expect.stringMatching(/^p/)]);
    expect(lastRun(runtime)).toMatchObject({
      sent: 2,
      outcome: 'stopped at the daily limit',
      outreach: { sent: 1, waiting: 3 },
    });
  });
});

describe('the follow-ups preview shows the outreach part of the next run', () => {
  // A prospect with a sample shipped today: their brief goes first, their outreach email waits a day.
  const samples: Row[] = [
    ...BRIEF_SAMPLES,
    { 'Sample ID': 'S-3', Handle: 'p1', SKU: 'GLOW-1', Shipped: at('2026-03-02') },
  ];
  const runtime = started(ACTIVE_AND_PROSPECTS, { samples });
  setSetting(runtime, 'Mail: daily limit', 4);
  runtime.clock.set(at('2026-03-02', 9));
  const preview = addOn(runtime).previewFollowUps();
  fireAt(runtime, at('2026-03-02', 9));

  test('what it says would be sent is what the run sends, in order', () => {
    const sent = preview.items.filter((item) => item.action === 'send');
    expect(sent.map((item) => [item.to, item.subject])).toEqual(runtime.outbox.map((m) => [m.to, m.subject]));
    // The email as sent has the line ends of mail (CRLF).
    expect(sent.find((item) => item.to === 'p2@example.com')?.body).toBe(runtime.outbox[3].body.replace(/\r\n/g, '\n'));
  });

  test('after the follow-ups, with what they leave of the daily limit and of each creator’s day', () => {
    const outreach = preview.items.filter((item) => item.rule.startsWith('Creator recruitment'));
    expect(outreach.map((item) => [item.action, item.handle, item.problems])).toEqual([
      ['send', 'p2', []],
      ['wait', 'p3', ['the daily limit in Settings is used up: the next run sends it']],
      ['wait', 'p4', ['the daily limit in Settings is used up: the next run sends it']],
      ['defer', 'p1', ['p1@example.com already had 1 email today']],
    ]);
  });
});

describe('outreach refuses to send without a postal address', () => {
  const runtime = started(prospects(2), { address: '' });
  fireAt(runtime, at('2026-03-02', 9));
  fireAt(runtime, at('2026-03-02', 10));

  test('nothing goes out, and the run report says why', () => {
    expect(runtime.outbox).toEqual([]);
    expect(lastRun(runtime)).toMatchObject({
      outreach: { sent: 0, waiting: 2, refused: expect.stringContaining('Sender postal address') },
    });
  });
});

describe('review mode', () => {
  const runtime = started(prospects(2));
  setSetting(runtime, 'Follow-up mode', 'review');
  fireAt(runtime, at('2026-03-02', 9));
  fireAt(runtime, at('2026-03-02', 10));

  test('due emails wait in the Outreach log once each, and go out when approved', () => {
    expect(runtime.outbox).toEqual([]);
    expect(outreachLog(runtime).map((row) => row.Status)).toEqual(['awaiting approval', 'awaiting approval']);
    const sheet = ownedTabOf(runtime.workbook, OUTREACH_LOG_TAB)!;
    sheet.rows[1][7] = { value: 'approved' };
    fireAt(runtime, at('2026-03-02', 11));
    expect(runtime.outbox).toHaveLength(1);
    expect(outreachLog(runtime).map((row) => row.Status)).toEqual(['sent', 'awaiting approval']);
  });

  test('the menu approves what waits in the Outreach log too', () => {
    runtime.ui.clickMenuItem('Approve queued follow-ups');
    expect(runtime.ui.toasts[runtime.ui.toasts.length - 1]?.message).toBe('1 approved: they go out with the next run.');
    fireAt(runtime, at('2026-03-02', 12));
    expect(outreachLog(runtime).map((row) => row.Status)).toEqual(['sent', 'sent']);
    expect(runtime.outbox).toHaveLength(2);
  });
});

test('review mode: the Today panel lists queued outreach emails; Approve sends one, Skip ends that sequence', () => {
  const runtime = started(prospects(2));
  setSetting(runtime, 'Follow-up mode', 'review');
  fireAt(runtime, at('2026-03-02', 9));
  const queued = addOn(runtime).todayLists().awaiting.items;
  expect(queued.map((item) => [item.tab, item.handle, item.rule.startsWith('Creator recruitment step 1')])).toEqual([
    [OUTREACH_LOG_TAB, 'p1', true],
    [OUTREACH_LOG_TAB, 'p2', true],
  ]);
  addOn(runtime).decideFollowUp({ key: queued[0].key, decision: 'approve' });
  const after = addOn(runtime).decideFollowUp({ key: queued[1].key, decision: 'skip' });
  expect(after.awaiting.items).toEqual([]);
  fireAt(runtime, at('2026-03-02', 10));
  expect(runtime.outbox).toHaveLength(1);
  expect(outreachLog(runtime).map((row) => row.Status)).toEqual(['sent', 'skipped']);
  expect(() => addOn(runtime).decideFollowUp({ key: queued[1].key, decision: 'approve' })).toThrow(
    /no longer awaiting approval/,
  );
});

describe('the Outreach log with a column of the operator’s', () => {
  const runtime = started(prospects(2));
  setSetting(runtime, 'Follow-up mode', 'review');
  fireAt(runtime, at('2026-03-02', 9));
  const sheet = ownedTabOf(runtime.workbook, OUTREACH_LOG_TAB)!;
  insertColumns(sheet, 1);
  sheet.rows.forEach((row, r) => (row[0] = { value: r === 0 ? 'Note' : `mine ${r}` }));

  test('keeps that column as typed while emails are approved, sent and logged under their headers', () => {
    runtime.ui.clickMenuItem('Approve queued follow-ups');
    fireAt(runtime, at('2026-03-02', 10));
    expect(runtime.outbox).toHaveLength(2);
    hourly(runtime, '2026-03-03', 3);
    expect(valuesOf(sheet).map((row) => row[0])).toEqual(['Note', 'mine 1', 'mine 2', '', '']);
    const log = outreachLog(runtime);
    expect(log.map((row) => [row.Handle, row.Step, row.Status])).toEqual([
      ['p1', 1, 'sent'],
      ['p2', 1, 'sent'],
      ['p1', 2, 'awaiting approval'],
      ['p2', 2, 'awaiting approval'],
    ]);
    expect(log.slice(0, 2).every((row) => row['Thread ID'] !== '')).toBe(true);
  });
});

test('the outreach templates go under the Templates headers, after a column the operator inserted there', () => {
  const runtime = startRuntime(fixtureWorkbook([], prospects(1)), { mailQuota: 1000 });
  runtime.clock.set(at('2026-03-02', 8));
  turnOn(runtime, 'send');
  const templates = ownedTabOf(runtime.workbook, 'Templates')!;
  insertColumns(templates, 1);
  templates.rows[0][0] = { value: 'Owner' };
  const followUpRows = templates.rows.length;
  started([], { runtime });
  const [header, ...rows] = valuesOf(templates);
  expect(header.slice(0, 4)).toEqual(['Owner', 'Name', 'Subject', 'Body']);
  const added = rows.slice(followUpRows - 1);
  expect(added.length).toBeGreaterThan(0);
  expect(added.every((row) => row[0] === '' && String(row[1]).startsWith('Outreach'))).toBe(true);
  fireAt(runtime, at('2026-03-02', 9));
  // The opener is read back from its Subject column.
  expect(runtime.outbox.map((m) => m.subject)).toEqual([
    expect.stringMatching(/^(Paid TikTok Shop collab with us, @p1\?|Quick question, @p1)$/),
  ]);
});

describe('the Profit dashboard gains the outreach results', () => {
  const runtime = started(prospects(2));
  fireAt(runtime, at('2026-03-02', 9));
  // The dashboard reads Orders and Costs: an organized workbook has them.
  runtime.workbook.sheets.push(addOnTab('Orders', [headersOf(ORDERS)]), addOnTab('Costs', [headersOf(COSTS)]));
  addOn(runtime).insertDashboard();
  runtime.evaluateFormulas();
  const dashboard = ownedTabOf(runtime.workbook, 'Profit')!;

  test('as an OUTREACH_RESULTS formula over the real tabs, beside the profit tables', () => {
    const cells = dashboard.rows.flat();
    const formula = cells.find((cell) => cell.formula?.startsWith('=OUTREACH_RESULTS('));
    expect(formula?.formula).toMatch(
      /^=OUTREACH_RESULTS\('Outreach log'!A:[A-Z]+, 'Creators'!A:[A-Z]+, 'Orders'!A:[A-Z]+,/,
    );
    expect(runtime.formulaErrors).toEqual({});
    const row = dashboard.rows.findIndex((r) => r.includes(formula!));
    const column = dashboard.rows[row].indexOf(formula!);
    expect(dashboard.rows[row - 1][column].value).toBe('Outreach results');
    expect(dashboard.rows.slice(row + 1, row + 3).map((r) => [r[column + 2].value, r[column + 3].value])).toEqual([
      ['A', 1],
      ['B', 1],
    ]);
  });
});

describe('the menu item "Start an outreach sequence"', () => {
  const runtime = startRuntime(fixtureWorkbook([], [...prospects(3), prospect(4, { Status: 'active' })]));
  runtime.clock.set(at('2026-03-02', 8));

  test('shows the counts and enrols nobody when the operator says no', () => {
    runtime.ui.answerNextAlert('NO');
    runtime.ui.clickMenuItem('Start an outreach sequence');
    const dialog = runtime.ui.alerts[runtime.ui.alerts.length - 1];
    expect(dialog.title).toBe('Start Creator recruitment');
    expect(dialog.prompt).toContain('3 creators would be enrolled');
    expect(dialog.prompt).toContain('Left out: status: 1.');
    expect(addOn(runtime).previewEnrolment({}).enrolled).toBe(0);
  });

  test('enrols them on yes, and says so', () => {
    runtime.ui.answerNextAlert('YES');
    runtime.ui.clickMenuItem('Start an outreach sequence');
    expect(runtime.ui.toasts[runtime.ui.toasts.length - 1]?.message).toMatch(
      /^3 creators enrolled in Creator recruitment \(/,
    );
    expect(addOn(runtime).previewEnrolment({}).enrolled).toBe(3);
  });
});

describe('rolling the winner forward', () => {
  const runtime = startRuntime(fixtureWorkbook([], prospects(2)));
  runtime.clock.set(at('2026-03-02', 8));
  addOn(runtime).enrol({});

  test('is refused while no verdict names a winner', () => {
    expect(() => addOn(runtime).rollWinnerForward({ sequence: 'Creator recruitment', step: 1 })).toThrow(
      /^Step 1 of Creator recruitment has no winner yet/,
    );
  });

  test("makes the winner's template the step's only variant once a verdict names it", () => {
    // A log an experiment would leave: B replied far more often, at a size past a 30-point guard.
    setSetting(runtime, 'Outreach: minimum detectable lift', 0.3);
    const log = ownedTabOf(runtime.workbook, OUTREACH_LOG_TAB)!;
    for (let n = 0; n < 400; n++) {
      const variant = n % 2 === 0 ? 'A' : 'B';
      const replied = variant === 'B' ? n % 5 !== 1 : n % 10 === 0;
      const cells = [at('2026-02-01', 9), 'Creator recruitment', 1, variant, `h${n}`, '', '', 'sent', '', `k${n}`];
      log.rows.push(cells.map((value) => ({ value })));
      if (replied) log.rows.push(cells.map((value, i) => ({ value: i === 7 ? 'replied' : i === 9 ? `r${n}` : value })));
    }
    // An operator's formula elsewhere on the Sequences tab survives the roll-forward.
    const sequencesTab = ownedTabOf(runtime.workbook, SEQUENCES_TAB)!;
    const stepTwo = sequencesTab.rows.findIndex((row) => row[1]?.value === 2);
    sequencesTab.rows[stepTwo][3] = { value: 3, formula: '=1+2' };
    const overview = addOn(runtime).outreachOverview({});
    expect(overview.winners).toEqual([{ sequence: 'Creator recruitment', step: 1, variant: 'B' }]);
    const done = addOn(runtime).rollWinnerForward({ sequence: 'Creator recruitment', step: 1 });
    expect(done.message).toMatch(
      /^Variant B \(Outreach opener B\) is now the only email of Creator recruitment step 1/,
    );
    // The removed row is cleared: what is left below the rows is blank.
    const sequences = valuesOf(ownedTabOf(runtime.workbook, SEQUENCES_TAB)!).filter((row) => row.some((c) => c !== ''));
    expect(sequences.slice(1).map((row) => row.slice(0, 6))).toEqual([
      ['Creator recruitment', 1, '', 0, 'Outreach opener B', 'status: prospect'],
      ['Creator recruitment', 2, '', 3, 'Outreach follow-up 1', ''],
      ['Creator recruitment', 3, '', 5, 'Outreach follow-up 2', ''],
    ]);
    expect(sequencesTab.rows.find((row) => row[1]?.value === 2)?.[3]?.formula).toBe('=1+2');
  });
});
