/**
 * The mailboxes behind the Gmail advanced service: each user's threads, what they sent, and what
 * the world sends back (replies, bounces, out-of-office answers), on the runtime's clock. Threads
 * follow Gmail's rule for a sent message: it joins the requested thread only when the thread exists,
 * the subjects match and In-Reply-To/References name a message of it.
 */
import type { Clock } from './clock';
import type { Header, Mailbox } from './mime';
import { headerValue, parseAddressList } from './mime';

export interface StoredMessage {
  id: string;
  threadId: string;
  labelIds: string[];
  internalDate: number;
  historyId: string;
  headers: Header[];
  body: string;
  htmlBody?: string;
}

export interface GmailThread {
  id: string;
  /** The user whose mailbox holds it. */
  owner: string;
  historyId: string;
  messages: StoredMessage[];
}

/** A message a user sends, read from its headers. */
export interface OutgoingMessage {
  headers: Header[];
  from: Mailbox;
  to: Mailbox[];
  cc: Mailbox[];
  bcc: Mailbox[];
  subject: string;
  body: string;
  htmlBody?: string;
  replyTo?: string;
  messageId: string;
  inReplyTo?: string;
  references: string[];
}

/** What a test sees of a sent message. */
export interface GmailSent {
  time: Date;
  from: string;
  fromName?: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody?: string;
  replyTo?: string;
  messageId: string;
  inReplyTo?: string;
  references: string[];
  id: string;
  threadId: string;
  headers: Header[];
}

export interface IncomingOptions {
  /** When it arrives; default the runtime clock's now. */
  at?: Date;
}

export const MAILER_DAEMON = 'mailer-daemon@googlemail.com';
const QUOTA_WINDOW_MS = 24 * 60 * 60 * 1000;
const REPLY_PREFIX = /^\s*((re|fwd?|aw|wg)\s*:\s*)+/i;

export class GmailMailboxes {
  readonly sent: GmailSent[] = [];
  /** Sending to one of these addresses bounces back into the thread at once. */
  readonly undeliverable = new Set<string>();
  private readonly all: GmailThread[] = [];
  private readonly recentSends: { owner: string; at: number; recipients: number }[] = [];
  private throttle?: { countdown: number; retryAfterMs: number };
  private retryAfter?: number;
  private sequence = 0;
  private history = 100_000;

  constructor(
    readonly clock: Clock,
    /** Recipients a user may send to over a rolling 24 hours. */
    readonly sendingLimit: number,
  ) {}

  threads(): GmailThread[] {
    return [...this.all];
  }

  thread(owner: string, id: string): GmailThread | undefined {
    return this.all.find((thread) => thread.id === id && thread.owner === owner);
  }

  remainingRecipients(owner: string): number {
    const since = this.clock.now().getTime() - QUOTA_WINDOW_MS;
    const counted = this.recentSends.filter((send) => send.owner === owner && send.at > since);
    return this.sendingLimit - counted.reduce((sum, send) => sum + send.recipients, 0);
  }

  /**
   * The k-th send from now (1 = the next) is refused for exceeding Gmail's per-user rate, and so is
   * every send until `retryAfterMs` later on the runtime clock.
   */
  rateLimitAt(k: number, retryAfterMs = 60_000): void {
    this.throttle = { countdown: k, retryAfterMs };
  }

  /** For a send attempt now: the time to retry after, when the rate limit refuses it. */
  rateLimitedUntil(): Date | undefined {
    const now = this.clock.now().getTime();
    if (this.retryAfter !== undefined && now < this.retryAfter) return new Date(this.retryAfter);
    if (this.throttle && --this.throttle.countdown === 0) {
      this.retryAfter = now + this.throttle.retryAfterMs;
      this.throttle = undefined;
      return new Date(this.retryAfter);
    }
    return undefined;
  }

  /** A Message-ID of Gmail's own form, for messages that come without a well-formed one. */
  newMessageId(host = 'mail.gmail.com'): string {
    return `<${this.nextId()}@${host}>`;
  }

  /** Files a sent message in the owner's mailbox and answers for addresses that do not exist. */
  send(owner: string, message: OutgoingMessage, requestedThreadId?: string): StoredMessage {
    const recipients = [...message.to, ...message.cc, ...message.bcc];
    const now = this.clock.now();
    this.recentSends.push({ owner, at: now.getTime(), recipients: recipients.length });
    const requested = requestedThreadId === undefined ? undefined : this.thread(owner, requestedThreadId);
    const joins = requested && belongsTo(requested, message.subject, [message.inReplyTo, ...message.references]);
    const stored = this.file(owner, joins ? requested : undefined, now, ['SENT'], message);
    this.sent.push({
      time: now,
      from: message.from.address,
      ...(message.from.name ? { fromName: message.from.name } : {}),
      to: message.to.map((mailbox) => mailbox.address),
      cc: message.cc.map((mailbox) => mailbox.address),
      bcc: message.bcc.map((mailbox) => mailbox.address),
      subject: message.subject,
      body: message.body,
      ...(message.htmlBody !== undefined ? { htmlBody: message.htmlBody } : {}),
      ...(message.replyTo !== undefined ? { replyTo: message.replyTo } : {}),
      messageId: message.messageId,
      ...(message.inReplyTo !== undefined ? { inReplyTo: message.inReplyTo } : {}),
      references: message.references,
      id: stored.id,
      threadId: stored.threadId,
      headers: stored.headers,
    });
    const failed = recipients.map((mailbox) => mailbox.address).filter((address) => this.undeliverable.has(address));
    if (failed.length > 0) this.deliverBounce(this.threadOf(stored), stored, failed, now);
    return stored;
  }

  /** Someone else answers in the thread. */
  reply(threadId: string, options: IncomingOptions & { from: string; subject?: string; body?: string }): StoredMessage {
    const thread = this.existing(threadId);
    const subject = options.subject ?? `Re: ${baseSubject(thread)}`;
    return this.receive(thread, options, {
      from: options.from,
      subject,
      body: options.body ?? '',
      extra: [],
    });
  }

  /** A Delivery Status Notification for the thread's last sent message, as Gmail's mailer-daemon writes it. */
  bounce(threadId: string, options: IncomingOptions = {}): StoredMessage {
    const thread = this.existing(threadId);
    const failedMessage = lastSent(thread);
    return this.deliverBounce(thread, failedMessage, recipientsOf(failedMessage), options.at ?? this.clock.now());
  }

  /** An out-of-office answer, by default from the first recipient of the thread's last sent message. */
  autoReply(threadId: string, options: IncomingOptions & { from?: string; body?: string } = {}): StoredMessage {
    const thread = this.existing(threadId);
    const answered = lastSent(thread);
    const from = options.from ?? recipientsOf(answered)[0];
    return this.receive(thread, options, {
      from,
      subject: `Automatic reply: ${headerValue(answered.headers, 'Subject') ?? ''}`,
      body: options.body ?? 'I am out of the office and will reply when I am back.',
      extra: [{ name: 'Auto-Submitted', value: 'auto-replied' }],
    });
  }

  private deliverBounce(thread: GmailThread, failedMessage: StoredMessage, failed: string[], at: Date): StoredMessage {
    const boundary = `000000000000${this.nextId()}`;
    return this.receive(
      thread,
      { at },
      {
        from: `Mail Delivery Subsystem <${MAILER_DAEMON}>`,
        subject: 'Delivery Status Notification (Failure)',
        body:
          `** Address not found **\n\nYour message wasn't delivered to ${failed.join(', ')} because the address ` +
          "couldn't be found, or is unable to receive mail.",
        inReplyTo: headerValue(failedMessage.headers, 'Message-ID'),
        messageIdHost: 'mx.google.com',
        extra: [
          { name: 'X-Failed-Recipients', value: failed.join(', ') },
          { name: 'Auto-Submitted', value: 'auto-replied' },
          { name: 'Content-Type', value: `multipart/report; boundary="${boundary}"; report-type=delivery-status` },
        ],
      },
    );
  }

  private receive(
    thread: GmailThread,
    options: IncomingOptions,
    message: {
      from: string;
      subject: string;
      body: string;
      extra: Header[];
      inReplyTo?: string;
      messageIdHost?: string;
    },
  ): StoredMessage {
    const at = options.at ?? this.clock.now();
    const previous = thread.messages[thread.messages.length - 1];
    const inReplyTo = message.inReplyTo ?? headerValue(previous.headers, 'Message-ID');
    const references = [...(headerValue(previous.headers, 'References')?.split(/\s+/) ?? []), inReplyTo]
      .filter((id): id is string => Boolean(id))
      .filter((id, index, all) => all.indexOf(id) === index);
    const headers: Header[] = [
      { name: 'From', value: message.from },
      { name: 'To', value: thread.owner },
      { name: 'Subject', value: message.subject },
      { name: 'Date', value: rfc2822Date(at) },
      { name: 'Message-ID', value: this.newMessageId(message.messageIdHost) },
      ...(inReplyTo ? [{ name: 'In-Reply-To', value: inReplyTo }] : []),
      ...(references.length > 0 ? [{ name: 'References', value: references.join(' ') }] : []),
      ...message.extra,
    ];
    if (!headerValue(headers, 'Content-Type'))
      headers.push({ name: 'Content-Type', value: 'text/plain; charset="UTF-8"' });
    return this.file(thread.owner, thread, at, ['INBOX', 'UNREAD'], { headers, body: message.body });
  }

  private file(
    owner: string,
    thread: GmailThread | undefined,
    at: Date,
    labelIds: string[],
    content: { headers: Header[]; body: string; htmlBody?: string },
  ): StoredMessage {
    const id = this.nextId();
    const target = thread ?? { id, owner, historyId: '', messages: [] };
    if (!thread) this.all.push(target);
    const stored: StoredMessage = {
      id,
      threadId: target.id,
      labelIds,
      internalDate: at.getTime(),
      historyId: String(++this.history),
      headers: content.headers,
      body: content.body,
      ...(content.htmlBody !== undefined ? { htmlBody: content.htmlBody } : {}),
    };
    target.messages.push(stored);
    target.messages.sort((a, b) => a.internalDate - b.internalDate);
    target.historyId = stored.historyId;
    return stored;
  }

  private existing(threadId: string): GmailThread {
    const thread = this.all.find((candidate) => candidate.id === threadId);
    if (!thread) throw new Error(`No Gmail thread ${threadId} in the local runtime`);
    return thread;
  }

  private threadOf(message: StoredMessage): GmailThread {
    return this.existing(message.threadId);
  }

  /** Gmail ids are hex strings that grow with time. */
  private nextId(): string {
    const sequence = BigInt(++this.sequence % 0x100000);
    return ((BigInt(this.clock.now().getTime()) << BigInt(20)) | sequence).toString(16);
  }
}

/** The subject without Re:/Fwd: prefixes, as Gmail compares subjects for threading. */
export function threadSubject(subject: string): string {
  return subject.replace(REPLY_PREFIX, '').replace(/\s+/g, ' ').trim();
}

function belongsTo(thread: GmailThread, subject: string, referenced: (string | undefined)[]): boolean {
  const ids = new Set(thread.messages.map((message) => headerValue(message.headers, 'Message-ID')));
  return threadSubject(subject) === baseSubject(thread) && referenced.some((id) => id !== undefined && ids.has(id));
}

function baseSubject(thread: GmailThread): string {
  return threadSubject(headerValue(thread.messages[0].headers, 'Subject') ?? '');
}

function lastSent(thread: GmailThread): StoredMessage {
  const sent = thread.messages.filter((message) => message.labelIds.includes('SENT'));
  if (sent.length === 0) throw new Error(`Gmail thread ${thread.id} has no sent message to answer`);
  return sent[sent.length - 1];
}

function recipientsOf(message: StoredMessage): string[] {
  return ['To', 'Cc', 'Bcc'].flatMap((name) =>
    (parseAddressList(headerValue(message.headers, name) ?? '') ?? []).map((mailbox) => mailbox.address),
  );
}

/** `Wed, 02 Dec 2026 02:46:08 +0000` */
export function rfc2822Date(date: Date): string {
  return date.toUTCString().replace('GMT', '+0000');
}
