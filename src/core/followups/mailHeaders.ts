/**
 * Mail header safety. A subject or sender name must stay one line (CR/LF would start a new header),
 * and the recipient one valid address.
 */
import { parseEmail } from '../values';

// C0 and C1 control characters, including CR, LF, tab and NUL, and the Unicode line separators.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

export function headerText(text: string): string {
  return text
    .replace(CONTROL, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** A display name: one line, and no angle brackets or quotes that could pass for an address. */
export function senderName(text: string): string {
  return headerText(text.replace(/[<>"]/g, ''));
}

export function singleAddress(raw: unknown): { address: string } | { problem: string } {
  const parsed = parseEmail(raw);
  if (parsed.value !== null) return { address: parsed.value };
  return { problem: parsed.problem ?? 'is empty' };
}
