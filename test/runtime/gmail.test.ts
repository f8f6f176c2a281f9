import type { RuntimeOptions } from '../../scripts/runtime';
import { runtimeWith } from './fixture';

const SEND_SCOPE = 'https://www.googleapis.com/auth/gmail.send';
const METADATA_SCOPE = 'https://www.googleapis.com/auth/gmail.metadata';
const READONLY_SCOPE = 'https://www.googleapis.com/auth/gmail.readonly';
const GMAIL_SERVICE = { userSymbol: 'Gmail', serviceId: 'gmail', version: 'v1' };

/** Builds the RFC 2822 message inside Code.js, as the add-on does, and sends it. */
const CODE = `
function word(text) { return '=?UTF-8?B?' + Utilities.base64Encode(text, Utilities.Charset.UTF_8) + '?='; }
function send(m) {
  var lines = ['From: ' + (m.fromName ? word(m.fromName) + ' <' + (m.from || 'operator@example.com') + '>' : (m.from || 'operator@example.com'))];
  var names = { to: 'To', cc: 'Cc', bcc: 'Bcc', replyTo: 'Reply-To', messageId: 'Message-ID', inReplyTo: 'In-Reply-To', references: 'References' };
  Object.keys(names).forEach(function (key) { if (m[key] !== undefined) lines.push(names[key] + ': ' + m[key]); });
  lines.push('Subject: ' + word(m.subject || ''));
  lines.push('MIME-Version: 1.0', 'Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: base64');
  var raw = lines.join('\\r\\n') + '\\r\\n\\r\\n' + Utilities.base64Encode(m.body || '', Utilities.Charset.UTF_8);
  var resource = { raw: Utilities.base64EncodeWebSafe(raw, Utilities.Charset.UTF_8) };
  if (m.threadId) resource.threadId = m.threadId;
  return Gmail.Users.Messages.send(resource, 'me');
}
function sendRaw(raw, threadId) { return Gmail.Users.Messages.send(threadId ? { raw: raw, threadId: threadId } : { raw: raw }, 'me'); }
function thread(id, format, headers, userId) { return Gmail.Users.Threads.get(userId || 'me', id, { format: format, metadataHeaders: headers }); }
function attempt(name) {
  try { return { value: this[name].apply(null, Array.prototype.slice.call(arguments, 1)) }; }
  catch (e) { return { name: e.name, message: e.message, code: e.details ? e.details.code : undefined }; }
}
function hasGmail() { return typeof Gmail !== 'undefined'; }
function sendWithoutService() { return Gmail.Users.Messages.send({ raw: 'eA' }, 'me'); }
function mailAppSend(to) { MailApp.sendEmail(to, 'Hi', 'Body'); }
`;

function manifest(oauthScopes: string[] = [SEND_SCOPE, METADATA_SCOPE], services = [GMAIL_SERVICE]): string {
  return JSON.stringify({
    timeZone: 'America/Los_Angeles',
    oauthScopes,
    dependencies: { enabledAdvancedServices: services },
  });
}

function gmailRuntime(options: Partial<RuntimeOptions> = {}, appsscript = manifest()) {
  return runtimeWith(CODE, undefined, {
    now: new Date('2026-03-14T10:00:00Z'),
    ...options,
    files: { 'appsscript.json': appsscript },
  });
}

/** A raw message written in Node, for the encodings Code.js above does not produce. */
function raw(lines: string[], body: string, encoding: 'base64' | 'base64url' = 'base64url'): string {
  return Buffer.from(`${lines.join('\r\n')}\r\n\r\n${body}`, 'utf8').toString(encoding);
}

const header = (message: { payload?: { headers?: { name?: string; value?: string }[] } }, name: string) =>
  message.payload?.headers?.find((h) => h.name === name)?.value;

interface ThreadResource {
  id: string;
  historyId: string;
  messages: {
    id: string;
    threadId: string;
    labelIds: string[];
    internalDate: string;
    snippet?: string;
    payload?: { mimeType?: string; headers?: { name: string; value: string }[]; body?: { data?: string } };
  }[];
}

describe('Gmail advanced service: sending', () => {
  it('exists only when the manifest enables it, like Apps Script', () => {
    const without = gmailRuntime({}, manifest([SEND_SCOPE], []));
    expect(without.call('hasGmail')).toBe(false);
    expect(() => without.call('sendWithoutService')).toThrow('Gmail is not defined');
    expect(gmailRuntime().call('hasGmail')).toBe(true);
  });

  it('returns hex message and thread ids with the SENT label, and records the parsed message', () => {
    const rt = gmailRuntime();
    const result = rt.call('send', {
      fromName: 'Brand Team',
      to: '"Jane, Creator" <jane@example.com>',
      cc: 'dana@shop.example',
      replyTo: 'team@brand.example',
      subject: 'Sample for you',
      body: 'Hi Jane',
    }) as { id: string; threadId: string; labelIds: string[] };
    expect(result.id).toMatch(/^[0-9a-f]{16}$/);
    expect(result.threadId).toBe(result.id);
    expect(result.labelIds).toEqual(['SENT']);
    expect(rt.calls['Gmail.Users.Messages.send']).toBe(1);
    expect(rt.gmail.sent[0]).toMatchObject({
      time: new Date('2026-03-14T10:00:00Z'),
      from: 'operator@example.com',
      fromName: 'Brand Team',
      to: ['jane@example.com'],
      cc: ['dana@shop.example'],
      bcc: [],
      subject: 'Sample for you',
      body: 'Hi Jane',
      replyTo: 'team@brand.example',
      references: [],
      id: result.id,
      threadId: result.threadId,
    });
    expect(rt.gmail.sent[0].messageId).toMatch(/^<[0-9a-f]+@mail\.gmail\.com>$/);
    expect(rt.outbox).toEqual([
      {
        time: new Date('2026-03-14T10:00:00Z'),
        to: 'jane@example.com',
        cc: 'dana@shop.example',
        subject: 'Sample for you',
        body: 'Hi Jane',
        name: 'Brand Team',
        replyTo: 'team@brand.example',
        threadId: result.threadId,
        messageId: rt.gmail.sent[0].messageId,
      },
    ]);
  });

  it('keeps a well-formed Message-ID, replaces a malformed one, and sends from the signed-in account', () => {
    const rt = gmailRuntime();
    rt.call('send', { to: 'jane@example.com', subject: 'A', messageId: '<brief-1@creator-ops.example>' });
    rt.call('send', { to: 'jane@example.com', subject: 'B', messageId: 'not-an-id', from: 'someone@else.example' });
    expect(rt.gmail.sent[0].messageId).toBe('<brief-1@creator-ops.example>');
    expect(rt.gmail.sent[1].messageId).toMatch(/^<[0-9a-f]+@mail\.gmail\.com>$/);
    expect(rt.gmail.sent[1].from).toBe('operator@example.com');
  });

  it('puts a correct follow-up in the thread and starts a new thread for a wrong subject or missing reference', () => {
    const rt = gmailRuntime();
    const first = rt.call('send', { to: 'jane@example.com', subject: 'Sample for you' }) as { threadId: string };
    const messageId = rt.gmail.sent[0].messageId;
    const followUp = { to: 'jane@example.com', threadId: first.threadId, inReplyTo: messageId, references: messageId };
    const joined = rt.call('send', { ...followUp, subject: 'Re: Sample for you' }) as { threadId: string };
    const wrongSubject = rt.call('send', { ...followUp, subject: 'Re: Your sample' }) as { threadId: string };
    const noReference = rt.call('send', {
      to: 'jane@example.com',
      threadId: first.threadId,
      subject: 'Re: Sample for you',
    }) as { threadId: string };
    const unknownThread = rt.call('send', { ...followUp, threadId: 'ffffffffffffffff', subject: 'Sample for you' }) as {
      threadId: string;
    };
    expect(joined.threadId).toBe(first.threadId);
    expect([wrongSubject, noReference, unknownThread].map((sent) => sent.threadId)).not.toContain(first.threadId);
    expect(rt.gmail.threads().map((t) => t.messages.length)).toEqual([2, 1, 1, 1]);
    expect(rt.gmail.sent[1]).toMatchObject({ inReplyTo: messageId, references: [messageId] });
  });

  it('round-trips UTF-8 subjects and bodies with emoji and line breaks in every transfer encoding', () => {
    const rt = gmailRuntime();
    const subject = 'Échantillon 🎁 pour vous';
    const body = 'Bonjour Zoë,\r\nVotre colis 📦 arrive.\r\n\r\n— L’équipe';
    rt.call('send', { to: 'zoe@example.com', subject, body, fromName: 'Équipe Brand' });
    const lines = (encoding: string) => [
      'To: zoe@example.com',
      `Subject: =?UTF-8?Q?${encodeURIComponent('Échantillon 🎁').replace(/%/g, '=')}?= =?UTF-8?B?${Buffer.from(' pour vous').toString('base64')}?=`,
      'Content-Type: text/plain; charset="UTF-8"',
      `Content-Transfer-Encoding: ${encoding}`,
    ];
    const quoted = body.replace(/[^\r\n]/gu, (char) =>
      /[ -<>-~]/.test(char)
        ? char
        : [...Buffer.from(char, 'utf8')].map((byte) => `=${byte.toString(16).toUpperCase()}`).join(''),
    );
    rt.call('sendRaw', raw(lines('quoted-printable'), quoted));
    rt.call('sendRaw', raw(lines('8bit'), body, 'base64'));
    expect(rt.gmail.sent.map((sent) => [sent.subject, sent.body])).toEqual([
      [subject, body],
      [subject, body],
      [subject, body],
    ]);
    expect(rt.gmail.sent[0].fromName).toBe('Équipe Brand');
  });

  it('reads the text and HTML parts of multipart/alternative', () => {
    const rt = gmailRuntime();
    const message = raw(
      ['To: jane@example.com', 'Subject: Hi', 'Content-Type: multipart/alternative; boundary="b1"'],
      [
        '--b1',
        'Content-Type: text/plain; charset=UTF-8',
        '',
        'Plain 👋',
        '--b1',
        'Content-Type: text/html; charset=UTF-8',
        'Content-Transfer-Encoding: base64',
        '',
        Buffer.from('<p>Html 👋</p>').toString('base64'),
        '--b1--',
        '',
      ].join('\r\n'),
    );
    rt.call('sendRaw', message);
    expect(rt.gmail.sent[0]).toMatchObject({ body: 'Plain 👋', htmlBody: '<p>Html 👋</p>' });
  });

  it('refuses a message without recipients or with a malformed address, with the API error', () => {
    const rt = gmailRuntime();
    expect(rt.call('attempt', 'send', { subject: 'Nobody' })).toEqual({
      name: 'GoogleJsonResponseException',
      message: 'API call to gmail.users.messages.send failed with error: Recipient address required',
      code: 400,
    });
    expect(rt.call('attempt', 'send', { to: 'jane at example.com' })).toMatchObject({
      message: 'API call to gmail.users.messages.send failed with error: Invalid To header',
    });
    expect(rt.call('attempt', 'send', { to: 'jane@example.com', cc: 'dana@' })).toMatchObject({
      message: 'API call to gmail.users.messages.send failed with error: Invalid Cc header',
    });
    expect(rt.call('attempt', 'sendRaw', 'not base64!')).toMatchObject({ code: 400 });
    expect(rt.outbox).toHaveLength(0);
  });
});

describe('Gmail advanced service: reading threads', () => {
  function sentThread(rt: ReturnType<typeof gmailRuntime>): string {
    return (
      rt.call('send', { to: 'jane@example.com', subject: 'Sample for you', body: 'Secret body' }) as {
        threadId: string;
      }
    ).threadId;
  }

  it('shows replies, bounces and out-of-office answers with only the asked headers and no body', () => {
    const rt = gmailRuntime();
    const threadId = sentThread(rt);
    rt.clock.advance(60_000);
    rt.gmail.reply(threadId, { from: 'Jane <jane@example.com>', body: 'Yes please!' });
    rt.gmail.autoReply(threadId);
    rt.gmail.bounce(threadId);
    const asked = ['From', 'Subject', 'Auto-Submitted', 'X-Failed-Recipients', 'In-Reply-To'];
    const got = rt.call('thread', threadId, 'metadata', asked) as ThreadResource;
    expect(got.id).toBe(threadId);
    expect(got.messages).toHaveLength(4);
    for (const message of got.messages) {
      expect(message.payload?.headers?.every((h) => asked.includes(h.name))).toBe(true);
      expect(message.payload?.body).toBeUndefined();
      expect(message.snippet).toBeUndefined();
      expect(message.threadId).toBe(threadId);
    }
    const [sent, reply, autoReply, bounce] = got.messages;
    expect(sent.labelIds).toEqual(['SENT']);
    expect(header(reply, 'From')).toBe('Jane <jane@example.com>');
    expect(header(reply, 'Subject')).toBe('Re: Sample for you');
    expect(header(reply, 'In-Reply-To')).toBe(rt.gmail.sent[0].messageId);
    expect(header(reply, 'Auto-Submitted')).toBeUndefined();
    expect(reply.labelIds).toEqual(['INBOX', 'UNREAD']);
    expect(Number(reply.internalDate)).toBe(Date.parse('2026-03-14T10:01:00Z'));
    expect(header(autoReply, 'Auto-Submitted')).toBe('auto-replied');
    expect(header(autoReply, 'From')).toBe('jane@example.com');
    expect(header(bounce, 'From')).toBe('Mail Delivery Subsystem <mailer-daemon@googlemail.com>');
    expect(header(bounce, 'Subject')).toBe('Delivery Status Notification (Failure)');
    expect(header(bounce, 'Auto-Submitted')).toBe('auto-replied');
    expect(header(bounce, 'X-Failed-Recipients')).toBe('jane@example.com');
    const all = rt.call('thread', threadId, 'metadata', []) as ThreadResource;
    expect(all.messages[0].payload?.headers?.map((h) => h.name)).toEqual(
      expect.arrayContaining(['From', 'To', 'Subject', 'Date', 'Message-ID', 'Content-Type']),
    );
  });

  it('bounces a send to an undeliverable address into its thread at once', () => {
    const rt = gmailRuntime();
    rt.gmail.undeliverable.add('gone@example.com');
    const sent = rt.call('send', { to: 'gone@example.com, jane@example.com', subject: 'Hi' }) as { threadId: string };
    const got = rt.call('thread', sent.threadId, 'metadata', ['X-Failed-Recipients']) as ThreadResource;
    expect(got.messages.map((m) => header(m, 'X-Failed-Recipients'))).toEqual([undefined, 'gone@example.com']);
  });

  it('gives the body in full format only with a read scope, and no payload in minimal format', () => {
    const metadataOnly = gmailRuntime();
    const threadId = sentThread(metadataOnly);
    expect(metadataOnly.call('attempt', 'thread', threadId, 'full')).toEqual({
      name: 'GoogleJsonResponseException',
      message: "API call to gmail.users.threads.get failed with error: Metadata scope doesn't allow format FULL",
      code: 403,
    });
    expect((metadataOnly.call('thread', threadId, 'minimal') as ThreadResource).messages[0].payload).toBeUndefined();

    const reader = gmailRuntime({}, manifest([SEND_SCOPE, READONLY_SCOPE]));
    const readable = sentThread(reader);
    const full = reader.call('thread', readable, 'full') as ThreadResource;
    expect(Buffer.from(full.messages[0].payload?.body?.data ?? '', 'base64url').toString()).toBe('Secret body');
    expect(full.messages[0].snippet).toBe('Secret body');
  });

  it('does not find unknown threads, nor threads of another mailbox', () => {
    const rt = gmailRuntime();
    const threadId = sentThread(rt);
    expect(rt.call('attempt', 'thread', 'ffffffffffffffff', 'metadata')).toEqual({
      name: 'GoogleJsonResponseException',
      message: 'API call to gmail.users.threads.get failed with error: Requested entity was not found.',
      code: 404,
    });
    expect(rt.call('attempt', 'thread', threadId, 'metadata', [], 'boss@example.com')).toMatchObject({
      message: 'API call to gmail.users.threads.get failed with error: Delegation denied for operator@example.com',
    });
    rt.userEmail = 'colleague@example.com';
    expect(rt.call('attempt', 'thread', threadId, 'metadata')).toMatchObject({ code: 404 });
  });
});

describe('Gmail advanced service: scopes', () => {
  const insufficient = 'failed with error: Request had insufficient authentication scopes.';

  it('refuses a method whose scope the manifest does not declare', () => {
    const rt = gmailRuntime({}, manifest([METADATA_SCOPE]));
    expect(rt.call('attempt', 'send', { to: 'jane@example.com' })).toMatchObject({
      message: `API call to gmail.users.messages.send ${insufficient}`,
      code: 403,
    });
    const sender = gmailRuntime({}, manifest([SEND_SCOPE]));
    expect(sender.call('attempt', 'thread', 'ffffffffffffffff', 'metadata')).toMatchObject({
      message: `API call to gmail.users.threads.get ${insufficient}`,
    });
  });

  it('refuses a declared scope the user withheld until they grant it', () => {
    const rt = gmailRuntime({ withheldScopes: [SEND_SCOPE] });
    expect(rt.call('attempt', 'send', { to: 'jane@example.com' })).toMatchObject({ code: 403 });
    expect(rt.outbox).toHaveLength(0);
    rt.consent.grant([SEND_SCOPE]);
    expect(rt.call('attempt', 'send', { to: 'jane@example.com' })).toHaveProperty('value.labelIds', ['SENT']);
  });

  it('is not available to custom functions', () => {
    const rt = gmailRuntime();
    expect(() => rt.callAs('CUSTOM_FUNCTION', 'send', { to: 'jane@example.com' })).toThrow(
      'You do not have permission to call Gmail.Users.Messages.send',
    );
  });
});

describe('Gmail advanced service: quotas and failures', () => {
  it('counts recipients over a rolling 24 hours against the sending limit', () => {
    const rt = gmailRuntime({ gmailSendingLimit: 3 });
    rt.call('send', { to: 'a@example.com, b@example.com' });
    rt.clock.advance(60 * 60 * 1000);
    expect(rt.call('attempt', 'send', { to: 'c@example.com', bcc: 'd@example.com' })).toEqual({
      name: 'GoogleJsonResponseException',
      message: 'API call to gmail.users.messages.send failed with error: Daily user sending quota exceeded.',
      code: 403,
    });
    rt.call('send', { to: 'c@example.com' });
    expect(rt.gmail.remainingRecipients('operator@example.com')).toBe(0);
    rt.clock.advance(23 * 60 * 60 * 1000);
    rt.call('send', { to: 'd@example.com', cc: 'e@example.com' });
    expect(rt.outbox.map((mail) => mail.to)).toEqual([
      'a@example.com, b@example.com',
      'c@example.com',
      'd@example.com',
    ]);
  });

  it('refuses sends for the rate limit until the retry time', () => {
    const rt = gmailRuntime();
    rt.gmail.rateLimitAt(2, 5 * 60_000);
    rt.call('send', { to: 'a@example.com' });
    const refused = {
      name: 'GoogleJsonResponseException',
      message:
        'API call to gmail.users.messages.send failed with error: User-rate limit exceeded.  Retry after 2026-03-14T10:05:00.000Z',
      code: 429,
    };
    expect(rt.call('attempt', 'send', { to: 'b@example.com' })).toEqual(refused);
    rt.clock.advance(4 * 60_000);
    expect(rt.call('attempt', 'send', { to: 'b@example.com' })).toEqual(refused);
    rt.clock.advance(60_000);
    rt.call('send', { to: 'b@example.com' });
    expect(rt.outbox.map((mail) => mail.to)).toEqual(['a@example.com', 'b@example.com']);
  });

  it('fails the k-th send of MailApp or Gmail scripted by failSendAt', () => {
    const rt = gmailRuntime();
    rt.failSendAt(2);
    rt.call('mailAppSend', 'a@example.com');
    expect(rt.call('attempt', 'send', { to: 'b@example.com' })).toEqual({
      name: 'GoogleJsonResponseException',
      message: 'API call to gmail.users.messages.send failed with error: Backend Error',
      code: 500,
    });
    rt.failSendAt(1, 'Service unavailable');
    expect(rt.call('attempt', 'send', { to: 'b@example.com' })).toMatchObject({
      message: 'API call to gmail.users.messages.send failed with error: Service unavailable',
    });
    rt.call('send', { to: 'c@example.com' });
    expect(rt.outbox.map((mail) => [mail.to, mail.threadId !== undefined])).toEqual([
      ['a@example.com', false],
      ['c@example.com', true],
    ]);
  });
});
