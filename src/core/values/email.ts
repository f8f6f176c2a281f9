import { parsed, unreadable, type Parsed } from './result';
import { cleanText, screenCell } from './text';

const NAME_PART = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/i;
const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i;

/** One email address: 'mailto:' and a display name ('Jane <jane@x.com>') are dropped, the domain lower-cased. */
export function parseEmail(raw: unknown): Parsed<string> {
  const screened = screenCell(raw);
  if (screened) return screened;
  const text = cleanText(raw);
  if (typeof raw !== 'string') return unreadable(`'${text}' is not an email address: write one like name@example.com`);
  const address = (/^[^<>]*<([^<>]*)>$/.exec(text)?.[1] ?? text).trim().replace(/^mailto:/i, '');
  const problem = addressProblem(address);
  if (problem) return unreadable(`'${text}' ${problem}`);
  const at = address.indexOf('@');
  return parsed(address.slice(0, at) + '@' + address.slice(at + 1).toLowerCase());
}

function addressProblem(address: string): string | undefined {
  if (/[\r\n]/.test(address)) return 'has a line break in it: keep one address per cell';
  if (/[,;]/.test(address)) return "has a ',' or ';' in it: keep one address per cell";
  if (/\s/.test(address)) return 'has a space in it: remove it';
  const parts = address.split('@');
  if (parts.length === 1) return 'has no @: an email address looks like name@example.com';
  if (parts.length > 2) return 'has more than one @: keep one address per cell';
  const [name, domain] = parts;
  if (!NAME_PART.test(name)) return "has no valid name before the @ (like 'jane' in jane@example.com)";
  if (!DOMAIN.test(domain)) return "has no valid domain after the @ (like 'example.com' in jane@example.com)";
  return undefined;
}
