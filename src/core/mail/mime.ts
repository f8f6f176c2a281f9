/**
 * Plain-text emails as the RFC 2822 messages the Gmail API sends (`Users.Messages.send` takes the
 * whole message, base64url-encoded). Non-ASCII subjects and names are RFC 2047 encoded words; the
 * body is UTF-8 in base64 lines, so no line of the message passes the 998-character limit.
 */
import { headerText, senderName } from '../followups/mailHeaders';
import { base64, base64Url, utf8Bytes } from './base64';

export interface OutgoingMime {
  from: { address: string; name?: string };
  to: string;
  subject: string;
  body: string;
  replyTo?: string;
  /** `<…>` of this message, chosen by us so a later message can point at it before any read. */
  messageId: string;
  /** The Message-IDs of the thread so far, oldest first; the last is the one answered. */
  references?: readonly string[];
}

const ASCII_PRINTABLE = /^[\x20-\x7e]*$/;
const LINE = 76;

/** An encoded word per chunk of whole characters, each under the 75-character limit. */
function encodedWords(text: string): string {
  const words: string[] = [];
  let chunk = '';
  for (const char of text) {
    if (utf8Bytes(chunk + char).length > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += char;
  }
  if (chunk) words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${base64(utf8Bytes(word))}?=`).join(' ');
}

function headerValue(text: string): string {
  const clean = headerText(text);
  return ASCII_PRINTABLE.test(clean) ? clean : encodedWords(clean);
}

function mailbox(address: string, name?: string): string {
  const display = name ? senderName(name) : '';
  if (!display) return address;
  const quoted = ASCII_PRINTABLE.test(display) ? `"${display.replace(/\\/g, '')}"` : encodedWords(display);
  return `${quoted} <${address}>`;
}

function wrapped(encoded: string): string {
  const lines: string[] = [];
  for (let i = 0; i < encoded.length; i += LINE) lines.push(encoded.slice(i, i + LINE));
  return lines.join('\r\n');
}

/** The message text, CRLF line ends. */
export function mimeMessage(mail: OutgoingMime): string {
  const references = mail.references ?? [];
  const headers = [
    `From: ${mailbox(mail.from.address, mail.from.name)}`,
    `To: ${mail.to}`,
    ...(mail.replyTo ? [`Reply-To: ${mail.replyTo}`] : []),
    `Subject: ${headerValue(mail.subject)}`,
    `Message-ID: ${mail.messageId}`,
    ...(references.length > 0
      ? [`In-Reply-To: ${references[references.length - 1]}`, `References: ${references.join(' ')}`]
      : []),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
  ];
  const body = mail.body.replace(/\r?\n/g, '\r\n');
  return `${headers.join('\r\n')}\r\n\r\n${wrapped(base64(utf8Bytes(body)))}\r\n`;
}

/** What `Users.Messages.send` takes as `raw`. */
export function rawMessage(mail: OutgoingMime): string {
  return base64Url(utf8Bytes(mimeMessage(mail)));
}

/**
 * A Message-ID only this message has: the key of what it is about, hashed, and the moment, at the
 * sender's domain (RFC 5322 wants the right-hand side to be the sender's).
 */
export function newMessageId(seed: string, time: Date, senderAddress: string): string {
  const domain = senderAddress.split('@')[1] || 'creator-ops.invalid';
  return `<creator-ops.${hash(seed)}.${time.getTime().toString(36)}@${domain}>`;
}

function hash(text: string): string {
  // FNV-1a, twice with different offsets: short, stable and well spread; not a secret.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193) >>> 0;
    b = Math.imul(b ^ code, 0x01000193 + 2) >>> 0;
  }
  return a.toString(36) + b.toString(36);
}
