/**
 * The Do not contact tab (`Email, Handle, Reason, Since`; columns found by header): addresses and
 * handles no outreach email ever goes to, whichever sequence. Handles are read as Creators stores
 * them, emails without regard to case.
 */
import { normalizeHeader } from '../aliases';
import { DO_NOT_CONTACT_HEADERS } from '../schema';
import { cleanText, normalizeHandle, parseEmail } from '../values';

export interface DoNotContactList {
  emails: ReadonlySet<string>;
  handles: ReadonlySet<string>;
}

export const emailKey = (address: string): string => address.toLowerCase();

export function readDoNotContact(values: readonly unknown[][]): DoNotContactList {
  const header = (values[0] ?? []).map((cell) => normalizeHeader(cell));
  const [email, handle] = DO_NOT_CONTACT_HEADERS.map((h) => header.indexOf(normalizeHeader(h)));
  const emails = new Set<string>();
  const handles = new Set<string>();
  for (const row of values.slice(1)) {
    // An entry that does not parse as an address is still kept as written: it blocks what it says.
    const address = email < 0 ? '' : (parseEmail(row[email]).value ?? cleanText(row[email]));
    if (address !== '') emails.add(emailKey(address));
    const name = handle < 0 ? null : normalizeHandle(row[handle]).value;
    if (name) handles.add(name);
  }
  return { emails, handles };
}

/** Whether an address or any of a creator's handles (current or earlier) is on the list. */
export function isListed(list: DoNotContactList, email: string | undefined, handles: readonly string[]): boolean {
  return (email !== undefined && list.emails.has(emailKey(email))) || handles.some((h) => list.handles.has(h));
}
