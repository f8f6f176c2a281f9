import type * as MailModule from '../../scripts/runtime/mail';
import { runtimeWith } from './fixture';

const CODE = `
function setProp(store, key, value) {
  var props = store === 'user' ? PropertiesService.getUserProperties() : store === 'script' ? PropertiesService.getScriptProperties() : PropertiesService.getDocumentProperties();
  props.setProperty(key, value);
  return props.getProperty(key);
}
function guarded() {
  var lock = LockService.getDocumentLock();
  if (!lock.tryLock(5000)) return 'busy';
  var held = lock.hasLock();
  lock.releaseLock();
  return held ? 'ran' : 'no lock';
}
function holdAndReturn() { return LockService.getDocumentLock().tryLock(1000); }
function waitForLock() { LockService.getScriptLock().waitLock(3000); }
function cachePut(key, value, seconds) { CacheService.getDocumentCache().put(key, value, seconds); }
function cacheGet(keys) { return CacheService.getDocumentCache().getAll(keys); }
function send(to) { MailApp.sendEmail(to, 'Hi', 'Body', { name: 'Brand', htmlBody: '<b>Body</b>', replyTo: 'team@brand.com' }); return MailApp.getRemainingDailyQuota(); }
function sendObject(message) { MailApp.sendEmail(message); }
function sendReplyTo() { MailApp.sendEmail('jane@example.com', 'ops@brand.com', 'Subject', 'Plain'); }
function install(hours) { return ScriptApp.newTrigger('hourly').timeBased().everyHours(hours).create().getUniqueId(); }
function installEveryMinute() { ScriptApp.newTrigger('hourly').timeBased().everyMinutes(5).create(); }
function myTriggers() { return ScriptApp.getUserTriggers(SpreadsheetApp.getActive()).map(function (t) { return t.getHandlerFunction() + ':' + (t.getEventType() === ScriptApp.EventType.CLOCK); }); }
function removeAll() { ScriptApp.getProjectTriggers().forEach(function (t) { ScriptApp.deleteTrigger(t); }); }
function hourly(e) { return [Session.getActiveUser().getEmail(), e.triggerUid, e.authMode === ScriptApp.AuthMode.FULL]; }
function onOpen() {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Open sidebar', 'showSidebar').addSeparator()
    .addSubMenu(SpreadsheetApp.getUi().createMenu('Follow-ups').addItem('Run now', 'runNow')).addToUi();
}
function showSidebar() {
  var t = HtmlService.createTemplateFromFile('Sidebar');
  t.user = '<Jane & Co>';
  SpreadsheetApp.getUi().showSidebar(t.evaluate().setTitle('Creator Ops').setWidth(300));
}
function include(name) { return HtmlService.createHtmlOutputFromFile(name).getContent(); }
function runNow() { return 'ran'; }
function confirmSend() {
  var ui = SpreadsheetApp.getUi();
  var answer = ui.alert('Send follow-ups?', 'Three emails will go out.', ui.ButtonSet.YES_NO);
  var reason = ui.prompt('Why?');
  SpreadsheetApp.getActive().toast('Done', 'Creator Ops', 5);
  return [answer === ui.Button.YES, reason.getResponseText(), reason.getSelectedButton() === ui.Button.OK];
}
function formatted(iso, pattern) { return Utilities.formatDate(new Date(iso), Session.getScriptTimeZone(), pattern); }
function pause() { var before = Date.now(); Utilities.sleep(1500); return Date.now() - before; }
function logs() { Logger.log('sent %s of %s', 2, 3); console.warn('careful', { n: 1 }); return Logger.getLog(); }
`;

describe('PropertiesService', () => {
  it('stores strings per store and exposes the stores to tests', () => {
    const rt = runtimeWith(CODE);
    expect(rt.call('setProp', 'document', 'mapping', 42)).toBe('42');
    rt.call('setProp', 'user', 'mode', 'review');
    expect(rt.properties).toEqual({ document: { mapping: '42' }, user: { mode: 'review' }, script: {} });
  });

  it('refuses a value over 9 KB and a store over 500 KB like Apps Script', () => {
    const rt = runtimeWith(CODE);
    expect(rt.call('setProp', 'document', 'ok', 'x'.repeat(9 * 1024))).toHaveLength(9216);
    expect(() => rt.call('setProp', 'document', 'big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
    expect(() => rt.call('setProp', 'document', 'big', 'é'.repeat(4700))).toThrow('Argument too large: value');
    for (let i = 0; i < 55; i++) rt.call('setProp', 'document', `k${i}`, 'x'.repeat(9000));
    expect(() => rt.call('setProp', 'document', 'one-more', 'x'.repeat(9000))).toThrow(
      'You have exceeded the property storage quota',
    );
    expect(rt.properties.document['one-more']).toBeUndefined();
  });
});

describe('LockService', () => {
  it('gives the lock when free, times out on the fake clock while another execution holds it, and releases at the end of a call', () => {
    const rt = runtimeWith(CODE, undefined, { now: new Date('2026-03-14T10:00:00Z') });
    expect(rt.call('guarded')).toBe('ran');
    const release = rt.locks.holdDocumentLock();
    expect(rt.call('guarded')).toBe('busy');
    expect(rt.clock.now().toISOString()).toBe('2026-03-14T10:00:05.000Z');
    release();
    expect(rt.call('holdAndReturn')).toBe(true);
    expect(rt.call('guarded')).toBe('ran');
  });

  it('throws from waitLock when the lock stays taken', () => {
    const rt = runtimeWith(CODE);
    rt.locks.holdScriptLock();
    expect(() => rt.call('waitForLock')).toThrow('Lock timeout: another process was holding the lock for too long.');
  });
});

describe('CacheService', () => {
  it('expires entries on the runtime clock', () => {
    const rt = runtimeWith(CODE);
    rt.call('cachePut', 'a', '1', 60);
    rt.call('cachePut', 'b', '2', 600);
    rt.clock.advance(61_000);
    expect(rt.call('cacheGet', ['a', 'b', 'c'])).toEqual({ b: '2' });
  });
});

describe('MailApp', () => {
  it('captures sent mail with the clock time and counts the quota per recipient', () => {
    const rt = runtimeWith(CODE, undefined, { mailQuota: 6, now: new Date('2026-03-14T10:00:00Z') });
    expect(rt.call('send', 'jane@example.com, Bob <bob@example.com>')).toBe(4);
    rt.call('sendObject', { to: 'x@example.com', subject: 'S', htmlBody: '<p>H</p>', cc: 'y@example.com' });
    rt.call('sendReplyTo');
    expect(rt.outbox[0]).toEqual({
      time: new Date('2026-03-14T10:00:00Z'),
      to: 'jane@example.com, Bob <bob@example.com>',
      subject: 'Hi',
      body: 'Body',
      htmlBody: '<b>Body</b>',
      name: 'Brand',
      replyTo: 'team@brand.com',
    });
    expect(rt.outbox[2]).toMatchObject({
      to: 'jane@example.com',
      replyTo: 'ops@brand.com',
      subject: 'Subject',
      body: 'Plain',
    });
    expect(rt.outbox).toHaveLength(3);
    expect(rt.call('send', 'last@example.com')).toBe(0);
  });

  it('refuses to send past the quota and to invalid addresses', () => {
    const rt = runtimeWith(CODE, undefined, { mailQuota: 1 });
    expect(() => rt.call('send', 'not-an-address')).toThrow('Invalid email: not-an-address');
    rt.call('send', 'a@example.com');
    expect(() => rt.call('send', 'b@example.com')).toThrow('Service invoked too many times for one day: email.');
    expect(rt.outbox.map((mail) => mail.to)).toEqual(['a@example.com']);
  });

  it('fails exactly the k-th send from now when told to', () => {
    const rt = runtimeWith(CODE);
    rt.failSendAt(2, 'Gmail is down');
    rt.call('send', 'a@example.com');
    expect(() => rt.call('send', 'b@example.com')).toThrow('Gmail is down');
    rt.call('send', 'c@example.com');
    expect(rt.outbox.map((mail) => mail.to)).toEqual(['a@example.com', 'c@example.com']);
  });
});

describe('ScriptApp triggers', () => {
  it('allows one clock trigger per user per document, as add-ons must', () => {
    const rt = runtimeWith(CODE);
    rt.call('install', 1);
    expect(() => rt.call('install', 1)).toThrow(
      'This add-on has created too many time-based triggers in this document for this Google user account.',
    );
    expect(() => rt.call('installEveryMinute')).toThrow(/more often than once an hour/);
    expect(() => rt.call('install', 3)).toThrow(/must be 1, 2, 4, 6, 8 or 12/);
    expect(rt.triggers).toEqual([
      expect.objectContaining({ handler: 'hourly', event: 'CLOCK', everyHours: 1, owner: 'operator@example.com' }),
    ]);
  });

  it('shows each user only their own triggers', () => {
    const rt = runtimeWith(CODE);
    rt.call('install', 1);
    rt.userEmail = 'colleague@example.com';
    expect(rt.call('myTriggers')).toEqual([]);
    rt.call('install', 2);
    rt.call('removeAll');
    rt.userEmail = 'operator@example.com';
    expect(rt.call('myTriggers')).toEqual(['hourly:true']);
  });

  it('fires a trigger as its owner with a clock event', () => {
    const rt = runtimeWith(CODE);
    const id = rt.call('install', 1);
    rt.userEmail = 'someone-else@example.com';
    expect(rt.fireTrigger(rt.triggers[0])).toEqual(['operator@example.com', id, true]);
    expect(rt.userEmail).toBe('someone-else@example.com');
  });
});

describe('Ui and HtmlService', () => {
  const files = {
    'Sidebar.html': '<h1>Hello <?= user ?></h1><?!= include("Styles") ?>',
    'Styles.html': '<style>b{}</style>',
  };

  it('records menus and runs a menu item by caption', () => {
    const rt = runtimeWith(CODE, undefined, { files });
    rt.callAs('NONE', 'onOpen');
    expect(rt.ui.menus).toEqual([
      {
        name: 'Add-on',
        addon: true,
        entries: [
          { caption: 'Open sidebar', functionName: 'showSidebar' },
          { separator: true },
          { subMenu: { name: 'Follow-ups', addon: false, entries: [{ caption: 'Run now', functionName: 'runNow' }] } },
        ],
      },
    ]);
    expect(rt.ui.clickMenuItem('Add-on > Follow-ups > Run now')).toBe('ran');
  });

  it('evaluates templates from dist with escaped and raw scriptlets and records the sidebar', () => {
    const rt = runtimeWith(CODE, undefined, { files });
    rt.call('showSidebar');
    expect(rt.ui.sidebars).toEqual([
      {
        kind: 'sidebar',
        title: 'Creator Ops',
        width: 300,
        height: undefined,
        html: '<h1>Hello &lt;Jane &amp; Co&gt;</h1><style>b{}</style>',
      },
    ]);
  });

  it('answers alerts and prompts as scripted, and records toasts', () => {
    const rt = runtimeWith(CODE);
    rt.ui.answerNextAlert('NO');
    rt.ui.answerNextPrompt('too many', 'OK');
    expect(rt.call('confirmSend')).toEqual([false, 'too many', true]);
    expect(rt.ui.alerts).toEqual([
      { title: 'Send follow-ups?', prompt: 'Three emails will go out.', buttons: 'YES_NO', answer: 'NO' },
    ]);
    expect(rt.ui.toasts).toEqual([
      expect.objectContaining({ message: 'Done', title: 'Creator Ops', timeoutSeconds: 5 }),
    ]);
    expect((rt.call('confirmSend') as unknown[])[0]).toBe(true);
  });
});

describe('Utilities, Session and logging', () => {
  it.each([
    ['yyyy-MM-dd HH:mm:ss', '2026-03-14 17:02:09'],
    ['EEE, MMM d yyyy h:mm a', 'Sat, Mar 14 2026 5:02 PM'],
    ["yyyy-MM-dd'T'HH:mmXXX", '2026-03-14T17:02-07:00'],
    ['dd/MM/yy hh:mm', '14/03/26 05:02'],
  ])('formats %s in the script time zone', (pattern, expected) => {
    const rt = runtimeWith(CODE);
    expect(rt.call('formatted', '2026-03-15T00:02:09Z', pattern)).toBe(expected);
  });

  it('sleeps on the fake clock', () => {
    const rt = runtimeWith(CODE);
    expect(rt.call('pause')).toBe(1500);
  });

  it('records Logger and console output', () => {
    const rt = runtimeWith(CODE);
    expect(rt.call('logs')).toBe('sent 2 of 3');
    expect(rt.logs.map(({ source, level, message }) => [source, level, message])).toEqual([
      ['Logger', 'log', 'sent 2 of 3'],
      ['console', 'warn', 'careful {"n":1}'],
    ]);
  });
});

describe('MailApp quota over time', () => {
  it('counts recipients over a rolling 24 hours, like Apps Script', () => {
    const { MailCenter } = jest.requireActual<typeof MailModule>('../../scripts/runtime/mail');
    let now = new Date('2026-11-01T09:00:00Z').getTime();
    const center = new MailCenter(2, {
      now: () => new Date(now),
      set: () => undefined,
      advance: () => undefined,
    });
    center.send({ to: 'a@example.com', subject: 's', body: 'b' });
    now += 60 * 60 * 1000;
    center.send({ to: 'b@example.com', subject: 's', body: 'b' });
    expect(center.remainingQuota).toBe(0);
    expect(() => center.send({ to: 'c@example.com', subject: 's', body: 'b' })).toThrow('too many times');
    now += 23 * 60 * 60 * 1000;
    expect(center.remainingQuota).toBe(1);
    now += 60 * 60 * 1000;
    expect(center.remainingQuota).toBe(2);
  });
});
