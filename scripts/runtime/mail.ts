/**
 * MailApp: sent messages go to an outbox stamped with the runtime clock; the daily quota is counted per
 * recipient. The outbox and the scripted failures are shared with the Gmail advanced service's sends.
 */
import { SERVICE } from './boundary';
import type { Clock } from './clock';
import type { Implements } from './gasTypes';

interface MailOptions {
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  cc?: string;
  bcc?: string;
  noReply?: boolean;
}

export interface SentMail extends MailOptions {
  time: Date;
  to: string;
  subject: string;
  body: string;
  /** Sent through Gmail.Users.Messages.send: the ids Gmail returned and the Message-ID header. */
  threadId?: string;
  messageId?: string;
}

interface MailMessage extends MailOptions {
  to?: string;
  subject?: string;
  body?: string;
}

export const EXECUTION_ENDED = 'Exceeded maximum execution time';
export const DEFAULT_SEND_FAILURE = 'Service unavailable: Mail. Try again later.';
const QUOTA_EXCEEDED = 'Service invoked too many times for one day: email.';
const ADDRESS = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/;

const QUOTA_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * The state behind MailApp: outbox, quota, and a scripted failure (of any send, MailApp's or Gmail's). Like Apps Script's, the quota
 * counts recipients over the last 24 hours, so it comes back as the clock moves on.
 */
export class MailCenter {
  readonly outbox: SentMail[] = [];
  private failure?: { countdown: number; error?: string; ends?: boolean };
  private interlude?: { countdown: number; act: () => void };
  private readonly recent: { at: number; recipients: number }[] = [];

  constructor(
    readonly dailyQuota: number,
    readonly clock: Clock,
  ) {}

  get remainingQuota(): number {
    const since = this.clock.now().getTime() - QUOTA_WINDOW_MS;
    while (this.recent.length > 0 && this.recent[0].at <= since) this.recent.shift();
    return this.dailyQuota - this.recent.reduce((sum, sent) => sum + sent.recipients, 0);
  }

  /** The k-th send from now (1 = the next one), by MailApp or Gmail, fails with `error`. */
  failSendAt(k: number, error?: string): void {
    this.failure = { countdown: k, error };
  }

  /**
   * The k-th send from now ends the execution before it goes out, as Apps Script's time limit or a
   * crash does: the script cannot catch it, and nothing after it runs.
   */
  endExecutionAtSend(k: number): void {
    this.failure = { countdown: k, error: EXECUTION_ENDED, ends: true };
  }

  /**
   * Before the k-th send from now goes out, `act` runs: what a person does in the spreadsheet while
   * a run is sending (Apps Script's lock keeps other scripts out, never a person's edits).
   */
  actAtSend(k: number, act: () => void): void {
    this.interlude = { countdown: k, act };
  }

  /** Counts a send attempt; when it is the scripted failure, its error (none: the service's default). */
  scriptedFailure(): { error?: string; ends?: boolean } | undefined {
    if (this.interlude && --this.interlude.countdown === 0) {
      const { act } = this.interlude;
      this.interlude = undefined;
      act();
    }
    if (!this.failure || --this.failure.countdown !== 0) return undefined;
    const failure = { error: this.failure.error, ends: this.failure.ends };
    this.failure = undefined;
    return failure;
  }

  send(message: MailMessage): void {
    const failure = this.scriptedFailure();
    if (failure) throw new Error(failure.error ?? DEFAULT_SEND_FAILURE);
    const to = message.to ?? '';
    const recipients = [to, message.cc ?? '', message.bcc ?? ''].flatMap(addresses);
    if (addresses(to).length === 0) throw new Error('Failed to send email: no recipient');
    const invalid = recipients.find((address) => !ADDRESS.test(address));
    if (invalid) throw new Error(`Invalid email: ${invalid}`);
    if (recipients.length > this.remainingQuota) throw new Error(QUOTA_EXCEEDED);
    this.recent.push({ at: this.clock.now().getTime(), recipients: recipients.length });
    const sent: SentMail = {
      time: this.clock.now(),
      to,
      subject: String(message.subject ?? ''),
      body: String(message.body ?? ''),
    };
    for (const key of ['htmlBody', 'name', 'replyTo', 'cc', 'bcc', 'noReply'] as const) {
      if (message[key] !== undefined) Object.assign(sent, { [key]: message[key] });
    }
    this.outbox.push(sent);
  }
}

export class FakeMailApp implements Implements<GoogleAppsScript.Mail.MailApp, 'sendEmail' | 'getRemainingDailyQuota'> {
  readonly [SERVICE] = 'MailApp';

  constructor(readonly center: MailCenter) {}

  /** sendEmail(message), sendEmail(to, subject, body, options?), sendEmail(to, replyTo, subject, body). */
  sendEmail(
    messageOrTo: MailMessage | string,
    subjectOrReplyTo?: string,
    body?: string,
    optionsOrBody?: MailOptions | string,
  ): void {
    if (typeof messageOrTo !== 'string') return this.center.send(messageOrTo);
    if (typeof optionsOrBody === 'string') {
      return this.center.send({ to: messageOrTo, replyTo: subjectOrReplyTo, subject: body, body: optionsOrBody });
    }
    this.center.send({ ...optionsOrBody, to: messageOrTo, subject: subjectOrReplyTo, body });
  }

  getRemainingDailyQuota(): number {
    return this.center.remainingQuota;
  }
}

function addresses(list: string): string[] {
  return list
    .split(',')
    .map((address) => address.trim())
    .filter(Boolean)
    .map((address) => /<([^<>]+)>$/.exec(address)?.[1] ?? address);
}
