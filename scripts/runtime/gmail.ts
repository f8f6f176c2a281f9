/**
 * The Gmail advanced service (`Gmail.Users.Messages.send`, `Gmail.Users.Threads.get`) over the
 * runtime's mailboxes. Each call needs a Gmail scope the manifest declares and the user granted;
 * errors read as Apps Script reports the API's: `API call to gmail.users.messages.send failed with error: …`.
 */
import { SERVICE } from './boundary';
import type { ConsentCenter } from './consent';
import type { Implements } from './gasTypes';
import type { GmailMailboxes, OutgoingMessage, StoredMessage } from './gmailMailbox';
import { rfc2822Date } from './gmailMailbox';
import type { MailCenter } from './mail';
import type { Header, Mailbox } from './mime';
import { decodeBase64, decodeEncodedWords, encodeBase64Url, headerValue, parseAddressList, parseMessage } from './mime';

const GMAIL = 'https://www.googleapis.com/auth/gmail.';
const FULL_MAIL = 'https://mail.google.com/';
const SEND_SCOPES = [FULL_MAIL, `${GMAIL}modify`, `${GMAIL}compose`, `${GMAIL}send`];
const READ_FULL_SCOPES = [FULL_MAIL, `${GMAIL}modify`, `${GMAIL}readonly`];
const READ_METADATA_SCOPES = [...READ_FULL_SCOPES, `${GMAIL}metadata`];

const SEND = 'gmail.users.messages.send';
const THREADS_GET = 'gmail.users.threads.get';
const FORMATS = ['full', 'metadata', 'minimal'] as const;
type Format = (typeof FORMATS)[number];
const WELL_FORMED_MESSAGE_ID = /^<[^<>\s@]+@[^<>\s@]+>$/;

/** What Apps Script throws for an advanced service's HTTP error; `details` carries the API's code. */
export class GoogleJsonResponseException extends Error {
  override readonly name = 'GoogleJsonResponseException';

  constructor(
    method: string,
    readonly details: { code: number; message: string },
  ) {
    super(`API call to ${method} failed with error: ${details.message}`);
  }
}

export interface GmailContext {
  mailboxes: GmailMailboxes;
  mail: MailCenter;
  consent: ConsentCenter;
  user(): string;
}

export class FakeGmail {
  readonly [SERVICE] = 'Gmail';
  readonly Users: FakeGmailUsers;

  constructor(context: GmailContext) {
    this.Users = new FakeGmailUsers(context);
  }
}

export class FakeGmailUsers {
  readonly [SERVICE] = 'Gmail.Users';
  readonly Messages: FakeGmailMessages;
  readonly Threads: FakeGmailThreads;

  constructor(context: GmailContext) {
    this.Messages = new FakeGmailMessages(context);
    this.Threads = new FakeGmailThreads(context);
  }
}

export class FakeGmailMessages implements Implements<
  GoogleAppsScript.Gmail.Collection.Users.MessagesCollection,
  'send'
> {
  readonly [SERVICE] = 'Gmail.Users.Messages';

  constructor(readonly context: GmailContext) {}

  send(
    resource: GoogleAppsScript.Gmail.Schema.Message,
    userId: string,
    mediaData?: unknown,
  ): GoogleAppsScript.Gmail.Schema.Message {
    if (mediaData !== undefined)
      throw new Error(
        'The local runtime does not implement Gmail.Users.Messages.send with mediaData; pass resource.raw.',
      );
    const { mailboxes, mail, consent } = this.context;
    const user = mailboxUser(SEND, userId, this.context.user());
    if (!consent.allowsAny(SEND_SCOPES)) throw insufficientScopes(SEND);
    const failure = mail.scriptedFailure();
    if (failure?.ends) {
      consent.stoppedWith = failure.error;
      throw new Error(failure.error);
    }
    if (failure) throw new GoogleJsonResponseException(SEND, { code: 500, message: failure.error ?? 'Backend Error' });
    const retryAfter = mailboxes.rateLimitedUntil();
    if (retryAfter)
      throw new GoogleJsonResponseException(SEND, {
        code: 429,
        message: `User-rate limit exceeded.  Retry after ${retryAfter.toISOString()}`,
      });
    const message = outgoing(resource?.raw, user, mailboxes);
    const recipients = message.to.length + message.cc.length + message.bcc.length;
    if (recipients > mailboxes.remainingRecipients(user))
      throw new GoogleJsonResponseException(SEND, { code: 403, message: 'Daily user sending quota exceeded.' });
    const stored = mailboxes.send(user, message, resource.threadId);
    mail.outbox.push({
      time: new Date(stored.internalDate),
      to: message.to.map((mailbox) => mailbox.address).join(', '),
      subject: message.subject,
      body: message.body,
      ...(message.from.name ? { name: message.from.name } : {}),
      ...(message.replyTo !== undefined ? { replyTo: message.replyTo } : {}),
      ...(message.cc.length > 0 ? { cc: message.cc.map((mailbox) => mailbox.address).join(', ') } : {}),
      ...(message.bcc.length > 0 ? { bcc: message.bcc.map((mailbox) => mailbox.address).join(', ') } : {}),
      ...(message.htmlBody !== undefined ? { htmlBody: message.htmlBody } : {}),
      threadId: stored.threadId,
      messageId: message.messageId,
    });
    return { id: stored.id, threadId: stored.threadId, labelIds: [...stored.labelIds] };
  }
}

export class FakeGmailThreads implements Implements<GoogleAppsScript.Gmail.Collection.Users.ThreadsCollection, 'get'> {
  readonly [SERVICE] = 'Gmail.Users.Threads';

  constructor(readonly context: GmailContext) {}

  /** optionalArgs: `{ format: 'full' | 'metadata' | 'minimal', metadataHeaders: string[] }`; default full. */
  get(userId: string, id: string, optionalArgs: object = {}): GoogleAppsScript.Gmail.Schema.Thread {
    const { format: asked = 'full', metadataHeaders } = optionalArgs as { format?: string; metadataHeaders?: string[] };
    const user = mailboxUser(THREADS_GET, userId, this.context.user());
    const format = String(asked).toLowerCase() as Format;
    if (!FORMATS.includes(format))
      throw new Error(`The local runtime's Gmail.Users.Threads.get does not implement format '${String(asked)}'.`);
    const { consent, mailboxes } = this.context;
    if (!consent.allowsAny(READ_METADATA_SCOPES)) throw insufficientScopes(THREADS_GET);
    if (format === 'full' && !consent.allowsAny(READ_FULL_SCOPES))
      throw new GoogleJsonResponseException(THREADS_GET, {
        code: 403,
        message: "Metadata scope doesn't allow format FULL",
      });
    const thread = mailboxes.thread(user, String(id));
    if (!thread)
      throw new GoogleJsonResponseException(THREADS_GET, { code: 404, message: 'Requested entity was not found.' });
    const wanted = metadataHeaders?.map((name) => String(name).toLowerCase());
    return {
      id: thread.id,
      historyId: thread.historyId,
      messages: thread.messages.map((message) => messageResource(message, format, wanted)),
    };
  }
}

/** `me` or the user's own address: Gmail refuses anyone else's mailbox. */
function mailboxUser(method: string, userId: string, user: string): string {
  if (userId === 'me' || userId === user) return user;
  throw new GoogleJsonResponseException(method, { code: 403, message: `Delegation denied for ${user}` });
}

function insufficientScopes(method: string): GoogleJsonResponseException {
  return new GoogleJsonResponseException(method, {
    code: 403,
    message: 'Request had insufficient authentication scopes.',
  });
}

function badRequest(message: string): GoogleJsonResponseException {
  return new GoogleJsonResponseException(SEND, { code: 400, message });
}

/** The message in `raw`, checked as Gmail checks it before sending, with From, Date and Message-ID settled. */
function outgoing(raw: unknown, user: string, mailboxes: GmailMailboxes): OutgoingMessage {
  if (typeof raw !== 'string' || raw === '')
    throw badRequest("'raw' RFC822 payload message string or uploading message via /upload/* URL required");
  const bytes = decodeBase64(raw);
  if (!bytes) throw badRequest("Invalid value at 'message.raw' (TYPE_BYTES), Base64 decoding failed");
  const parsed = parseMessage(bytes);
  const recipients = (name: string): Mailbox[] => {
    const value = headerValue(parsed.headers, name);
    const mailboxes = value === undefined ? [] : parseAddressList(value);
    if (!mailboxes) throw badRequest(`Invalid ${name} header`);
    return mailboxes;
  };
  const [to, cc, bcc] = [recipients('To'), recipients('Cc'), recipients('Bcc')];
  if (to.length + cc.length + bcc.length === 0) throw badRequest('Recipient address required');
  const written = recipients('From');
  if (written.length > 1) throw badRequest('Invalid From header');
  // Gmail sends from the signed-in account whatever address the From header names.
  const from: Mailbox = written[0]?.name ? { address: user, name: written[0].name } : { address: user };
  const clientId = headerValue(parsed.headers, 'Message-ID')?.trim();
  const messageId = clientId && WELL_FORMED_MESSAGE_ID.test(clientId) ? clientId : mailboxes.newMessageId();
  const headers = settledHeaders(parsed.headers, from, messageId, mailboxes.clock.now());
  const inReplyTo = headerValue(parsed.headers, 'In-Reply-To')?.trim();
  const replyTo = headerValue(headers, 'Reply-To');
  return {
    headers,
    from,
    to,
    cc,
    bcc,
    subject: headerValue(headers, 'Subject') ?? '',
    body: parsed.body,
    ...(parsed.htmlBody !== undefined ? { htmlBody: parsed.htmlBody } : {}),
    ...(replyTo !== undefined ? { replyTo } : {}),
    messageId,
    ...(inReplyTo ? { inReplyTo } : {}),
    references: (headerValue(parsed.headers, 'References') ?? '').split(/\s+/).filter(Boolean),
  };
}

/** Decoded header values as the mailbox keeps them; From, Date and Message-ID as Gmail sets them. */
function settledHeaders(written: Header[], from: Mailbox, messageId: string, now: Date): Header[] {
  const headers = written
    .filter((header) => !['from', 'message-id'].includes(header.name.toLowerCase()))
    .map((header) => ({ name: header.name, value: decodeEncodedWords(header.value) }));
  const fromValue = from.name ? `${quoteDisplayName(from.name)} <${from.address}>` : from.address;
  headers.unshift({ name: 'From', value: fromValue });
  if (!headerValue(headers, 'Date')) headers.push({ name: 'Date', value: rfc2822Date(now) });
  headers.push({ name: 'Message-ID', value: messageId });
  return headers;
}

function quoteDisplayName(name: string): string {
  return /^[\w !#$%&'*+/=?^`{|}~.-]*$/.test(name) ? name : `"${name.replace(/(["\\])/g, '\\$1')}"`;
}

function messageResource(
  message: StoredMessage,
  format: Format,
  wanted: string[] | undefined,
): GoogleAppsScript.Gmail.Schema.Message {
  const resource: GoogleAppsScript.Gmail.Schema.Message = {
    id: message.id,
    threadId: message.threadId,
    labelIds: [...message.labelIds],
    historyId: message.historyId,
    internalDate: String(message.internalDate),
    sizeEstimate:
      Buffer.byteLength(message.body) + message.headers.reduce((sum, h) => sum + h.name.length + h.value.length + 4, 0),
  };
  const mimeType = headerValue(message.headers, 'Content-Type')?.split(';')[0].trim().toLowerCase() ?? 'text/plain';
  if (format === 'minimal') return resource;
  if (format === 'metadata') {
    const headers =
      wanted && wanted.length > 0
        ? message.headers.filter((header) => wanted.includes(header.name.toLowerCase()))
        : message.headers;
    return { ...resource, payload: { mimeType, headers: headers.map((header) => ({ ...header })) } };
  }
  return {
    ...resource,
    snippet: message.body.replace(/\s+/g, ' ').trim().slice(0, 200),
    payload: fullPayload(message, mimeType),
  };
}

function fullPayload(message: StoredMessage, mimeType: string): GoogleAppsScript.Gmail.Schema.MessagePart {
  const headers = message.headers.map((header) => ({ ...header }));
  const part = (type: string, text: string, partId: string): GoogleAppsScript.Gmail.Schema.MessagePart => {
    const bytes = Buffer.from(text, 'utf8');
    return { partId, mimeType: type, filename: '', body: { size: bytes.length, data: encodeBase64Url(bytes) } };
  };
  if (message.htmlBody === undefined && !mimeType.startsWith('multipart/'))
    return { ...part(mimeType, message.body, ''), headers };
  const parts = [part('text/plain', message.body, '0')];
  if (message.htmlBody !== undefined) parts.push(part('text/html', message.htmlBody, '1'));
  return { partId: '', mimeType, filename: '', headers, body: { size: 0 }, parts };
}
