/**
 * What came back in a thread the add-on started, told from message headers alone (the
 * gmail.metadata scope gives no bodies): a bounce from the mail system, an automatic reply (out of
 * office: not an answer), a request to stop, or a reply from a person.
 */
import type { ThreadState } from './memory';
import { THREAD_STATE } from './memory';

export interface HeaderedMessage {
  labelIds: readonly string[];
  headers: Readonly<Record<string, string>>;
}

/** The headers a check asks Gmail for. */
export const ANSWER_HEADERS = ['From', 'Subject', 'Auto-Submitted', 'X-Failed-Recipients', 'Content-Type'] as const;

const MAIL_SYSTEM = /\b(mailer-daemon|postmaster|mail delivery (subsystem|system))\b/i;
const STOP = /\b(unsubscribe|opt[\s-]?out|stop (emailing|contacting|sending)|remove me|do not (email|contact))\b/i;
const DELIVERY_FAILURE =
  /delivery (status notification|failure|has failed)|undeliverable|returned mail|failure notice/i;

function header(message: HeaderedMessage, name: string): string {
  const found = Object.keys(message.headers).find((key) => key.toLowerCase() === name.toLowerCase());
  return found ? message.headers[found] : '';
}

function answerOf(message: HeaderedMessage, ownAddress: string): ThreadState | 'auto' | undefined {
  if (message.labelIds.includes('SENT')) return undefined;
  const from = header(message, 'From');
  if (ownAddress && from.toLowerCase().includes(ownAddress.toLowerCase())) return undefined;
  const subject = header(message, 'Subject');
  if (
    MAIL_SYSTEM.test(from) ||
    header(message, 'X-Failed-Recipients') !== '' ||
    /multipart\/report/i.test(header(message, 'Content-Type')) ||
    (DELIVERY_FAILURE.test(subject) && /auto-/i.test(header(message, 'Auto-Submitted')))
  )
    return THREAD_STATE.bounced;
  const auto = header(message, 'Auto-Submitted').toLowerCase();
  if (auto !== '' && auto !== 'no') return 'auto';
  return STOP.test(subject) ? THREAD_STATE.optedOut : THREAD_STATE.replied;
}

/** The strongest answer in the thread: a stop or a bounce outranks a reply; automatic replies count for nothing. */
export function threadAnswer(messages: readonly HeaderedMessage[], ownAddress: string): ThreadState | undefined {
  let answer: ThreadState | undefined;
  for (const message of messages) {
    const found = answerOf(message, ownAddress);
    if (found === undefined || found === 'auto') continue;
    if (found !== THREAD_STATE.replied || answer === undefined) answer = found;
  }
  return answer;
}
