import { parsed, unreadable, type Parsed } from './result';
import { cleanText, screenCell } from './text';

const LINK = /^(?:https?:\/\/)?([^/?#\s]+)(.*)$/i;
const USERNAME_CHAR = /[a-z0-9_.]/;
const MIN_LENGTH = 2;
const MAX_LENGTH = 24;

/**
 * A TikTok username as the managed tabs store it: lower case, no '@', no URL ('@Jane.Doe ',
 * 'https://www.tiktok.com/@jane.doe?lang=en', 'tiktok.com/@jane.doe/video/123' → 'jane.doe').
 * A handle is a matching key, not an identity: a creator who renames keeps earlier handles as Aliases.
 */
export function normalizeHandle(raw: unknown): Parsed<string> {
  const screened = screenCell(raw);
  if (screened) return screened;
  const text = cleanText(raw);
  const plain = typeof raw === 'string' ? plainHandle(text) : undefined;
  return plain === undefined ? handleByPatterns(text) : parsed(plain);
}

const AT = 64;
const LINK_START = 'www.';

/**
 * The handle of a cell written as most are, 'jane.doe', 'Jane_Doe' or '@jane.doe': ASCII letters,
 * digits, '_' and '.' after any '@', of a handle's length, read by character codes. Undefined for
 * anything else (links, spaces, other characters), which handleByPatterns reads.
 */
function plainHandle(text: string): string | undefined {
  let start = 0;
  while (start < text.length && text.charCodeAt(start) === AT) start++;
  const length = text.length - start;
  if (length < MIN_LENGTH || length > MAX_LENGTH) return undefined;
  if (start === 0 && text.slice(0, LINK_START.length).toLowerCase() === LINK_START) return undefined;
  for (let i = start; i < text.length; i++) if (!isUsernameCode(text.charCodeAt(i))) return undefined;
  return (start === 0 ? text : text.slice(start)).toLowerCase();
}

function isUsernameCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || // a-z
    (code >= 65 && code <= 90) || // A-Z
    (code >= 48 && code <= 57) || // 0-9
    code === 95 || // _
    code === 46 // .
  );
}

/** normalizeHandle of a cell's clean text, by patterns. Exported for its tests: normalizeHandle uses it for the uncommon cells. */
export function handleByPatterns(text: string): Parsed<string> {
  // NFKC reads a full-width ＠ or letters typed on an Asian keyboard as their ASCII forms.
  const written = looksLikeLink(text) ? usernameInLink(text) : parsed(text.normalize('NFKC'));
  if (written.value === null) return written;
  const username = written.value.replace(/^@+/, '');
  const handle = username.replace(/\s+/g, '').toLowerCase();
  const badChar = [...handle].find((char) => !USERNAME_CHAR.test(char));
  if (badChar !== undefined) {
    return unreadable(`'${text}' has '${badChar}' in it: a TikTok username has only letters, digits, _ and .`);
  }
  if (handle.length < MIN_LENGTH || handle.length > MAX_LENGTH) {
    const tooWhat = handle.length < MIN_LENGTH ? 'too short' : 'too long';
    return unreadable(`'${text}' is ${tooWhat}: a TikTok username has ${MIN_LENGTH} to ${MAX_LENGTH} characters`);
  }
  return parsed(handle, /\s/.test(username) ? `'${text}' has spaces in it; read as the handle '${handle}'` : undefined);
}

function looksLikeLink(text: string): boolean {
  return /^(?:https?:\/\/|www\.)/i.test(text) || text.includes('/');
}

/** The '@username' path segment of a tiktok.com link, or the problem with the link. */
function usernameInLink(link: string): Parsed<string> {
  const [, host, path] = LINK.exec(link) ?? ['', '', ''];
  const domain = host.toLowerCase().replace(/:\d+$/, '');
  if (domain !== 'tiktok.com' && !domain.endsWith('.tiktok.com')) {
    return unreadable(`'${link}' is not a TikTok profile link: use the TikTok @username`);
  }
  const segment = /\/(?:@|%40)([^/?#]+)/i.exec(path); // some apps copy the link with '@' escaped
  if (!segment) {
    return unreadable(`'${link}' has no @username in it: open the link and paste the profile's @username instead`);
  }
  return parsed(segment[1]);
}

/**
 * Handles written in one cell ('@old.one, https://www.tiktok.com/@older'), separated by commas,
 * semicolons or line breaks: each read as normalizeHandle reads it, once, in order.
 */
export function parseHandleList(raw: unknown): Parsed<string[]> {
  const screened = screenCell(raw);
  if (screened) return screened;
  const handles: string[] = [];
  let warning: string | undefined;
  for (const part of cleanText(raw).split(/[,;\n]/)) {
    if (part.trim() === '') continue;
    const handle = normalizeHandle(part);
    if (handle.value === null) return unreadable(handle.problem ?? `'${part.trim()}' is not a handle`);
    warning ??= handle.warning;
    if (!handles.includes(handle.value)) handles.push(handle.value);
  }
  return handles.length === 0 ? { value: null } : parsed(handles, warning);
}
