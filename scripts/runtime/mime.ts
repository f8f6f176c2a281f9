/**
 * Reading an RFC 2822 message the way Gmail does when it is handed one to send: unfolded headers,
 * RFC 2047 encoded words, address lists with display names, and a text body in any of the
 * transfer encodings (multipart/alternative gives its text/plain and text/html parts).
 */

export interface Header {
  name: string;
  value: string;
}

export interface Mailbox {
  address: string;
  name?: string;
}

export interface ParsedMessage {
  /** Raw header values, in order, as written (still encoded). */
  headers: Header[];
  body: string;
  htmlBody?: string;
}

/** base64url or standard base64, padded or not; undefined when it is neither. */
export function decodeBase64(text: string): Buffer | undefined {
  const compact = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(compact) || compact.replace(/=+$/, '').length % 4 === 1) return undefined;
  return Buffer.from(compact.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}

export function encodeBase64Url(bytes: Buffer): string {
  return bytes.toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
}

export function parseMessage(bytes: Buffer): ParsedMessage {
  const { headers, body } = splitEntity(bytes.toString('latin1'));
  const content = decodeEntity(headers, body);
  return { headers, ...content };
}

/** The first header of that name (case-insensitive). */
export function headerValue(headers: Header[], name: string): string | undefined {
  return headers.find((header) => header.name.toLowerCase() === name.toLowerCase())?.value;
}

/** RFC 2047: `=?charset?B|Q?text?=` words decoded, whitespace between adjacent encoded words dropped. */
export function decodeEncodedWords(value: string): string {
  return value
    .replace(/(=\?[^?\s]+\?[BbQq]\?[^?\s]*\?=)\s+(?==\?)/g, '$1')
    .replace(/=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g, (_: string, charset: string, kind: string, text: string) =>
      decodeCharset(
        kind.toUpperCase() === 'B' ? Buffer.from(text, 'base64') : decodeQuoted(text.replace(/_/g, ' ')),
        charset,
      ),
    );
}

/**
 * An address list (`"Brand, Inc." <a@x.com>, b@y.com`); undefined when an entry is not a single
 * well-formed address, the way Gmail refuses the whole header.
 */
export function parseAddressList(value: string): Mailbox[] | undefined {
  const entries: string[] = [];
  let current = '';
  let quoted = false;
  let angle = false;
  for (const char of value) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === '<') angle = true;
    else if (!quoted && char === '>') angle = false;
    if (char === ',' && !quoted && !angle) {
      entries.push(current);
      current = '';
    } else current += char;
  }
  entries.push(current);
  const mailboxes: Mailbox[] = [];
  for (const entry of entries.map((text) => text.trim())) {
    if (entry === '') continue;
    const mailbox = parseMailbox(entry);
    if (!mailbox) return undefined;
    mailboxes.push(mailbox);
  }
  return mailboxes;
}

const ADDRESS = /^[^\s@,;<>"()[\]\\]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

export function isAddress(text: string): boolean {
  return ADDRESS.test(text);
}

function parseMailbox(entry: string): Mailbox | undefined {
  const angled = /^(.*?)\s*<([^<>]*)>$/.exec(entry);
  const address = (angled ? angled[2] : entry).trim();
  if (!isAddress(address)) return undefined;
  const display = angled
    ? decodeEncodedWords(
        angled[1]
          .trim()
          .replace(/^"(.*)"$/, '$1')
          .replace(/\\(.)/g, '$1'),
      )
    : '';
  return display ? { address, name: display } : { address };
}

function splitEntity(text: string): { headers: Header[]; body: string } {
  const end = /\r?\n\r?\n/.exec(text);
  const head = end ? text.slice(0, end.index) : text;
  const body = end ? text.slice(end.index + end[0].length) : '';
  const headers: Header[] = [];
  for (const line of head.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && headers.length > 0) headers[headers.length - 1].value += ` ${line.trim()}`;
    else {
      const colon = line.indexOf(':');
      if (colon > 0) headers.push({ name: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() });
    }
  }
  // Unencoded 8-bit header text (RFC 6532) is UTF-8.
  for (const header of headers) header.value = Buffer.from(header.value, 'latin1').toString('utf8');
  return { headers, body };
}

/** `text/plain; charset="UTF-8"` → type and parameters. */
function contentType(headers: Header[]): { type: string; params: Record<string, string> } {
  const [type, ...rest] = (headerValue(headers, 'Content-Type') ?? 'text/plain').split(';');
  const params: Record<string, string> = {};
  for (const param of rest) {
    const eq = param.indexOf('=');
    if (eq > 0)
      params[param.slice(0, eq).trim().toLowerCase()] = param
        .slice(eq + 1)
        .trim()
        .replace(/^"(.*)"$/, '$1');
  }
  return { type: type.trim().toLowerCase(), params };
}

function decodeEntity(headers: Header[], body: string): { body: string; htmlBody?: string } {
  const { type, params } = contentType(headers);
  if (type.startsWith('multipart/') && params.boundary) {
    const parts = splitMultipart(body, params.boundary).map(splitEntity);
    const decoded = parts.map((part) => ({
      type: contentType(part.headers).type,
      ...decodeEntity(part.headers, part.body),
    }));
    const plain = decoded.find((part) => part.type === 'text/plain' || part.type.startsWith('multipart/'));
    const html = decoded.find((part) => part.type === 'text/html');
    return {
      body: plain?.body ?? '',
      ...(html || plain?.htmlBody ? { htmlBody: html?.htmlBody ?? plain?.htmlBody } : {}),
    };
  }
  const text = decodeCharset(decodeTransfer(body, headerValue(headers, 'Content-Transfer-Encoding')), params.charset);
  return type === 'text/html' ? { body: '', htmlBody: text } : { body: text };
}

function splitMultipart(body: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  const parts: string[] = [];
  for (const chunk of body.split(new RegExp(`(?:^|\\r?\\n)${escapeRegExp(delimiter)}`)).slice(1)) {
    if (chunk.startsWith('--')) break;
    parts.push(chunk.replace(/^[ \t]*\r?\n/, ''));
  }
  return parts;
}

function decodeTransfer(body: string, encoding = '7bit'): Buffer {
  switch (encoding.trim().toLowerCase()) {
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64');
    case 'quoted-printable':
      return decodeQuoted(body.replace(/=\r?\n/g, ''));
    default:
      return Buffer.from(body, 'latin1');
  }
}

/** `=XX` escapes to bytes; the rest is taken as it is. */
function decodeQuoted(text: string): Buffer {
  return Buffer.from(
    text.replace(/=([0-9A-Fa-f]{2})/g, (_: string, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  );
}

function decodeCharset(bytes: Buffer, charset = 'us-ascii'): string {
  const name = charset.toLowerCase();
  if (name === 'iso-8859-1' || name === 'latin1') return bytes.toString('latin1');
  // US-ASCII bodies are a subset of UTF-8; 8bit text without a charset is read as UTF-8 too.
  return bytes.toString('utf8');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
