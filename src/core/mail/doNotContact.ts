/**
 * The Do not contact tab (`Email, Handle, Reason, Since`): every send checks it by address and by
 * handle. The operator adds rows by hand; the add-on adds bounces and requests to stop. A row with
 * only a handle or only an address blocks what it names.
 */
import { headerColumn } from '../aliases';
import { DO_NOT_CONTACT_HEADERS } from '../schema';
import { cleanText, normalizeHandle, parseEmail } from '../values';

export const DO_NOT_CONTACT_REASON = { bounced: 'bounced', optedOut: 'opted out', operator: 'added by you' } as const;

export interface DoNotContact {
  byAddress: Map<string, string>;
  byHandle: Map<string, string>;
}

export function readDoNotContact(values: readonly unknown[][]): DoNotContact {
  const list: DoNotContact = { byAddress: new Map(), byHandle: new Map() };
  const header = values[0] ?? [];
  const [email, handle, reason] = DO_NOT_CONTACT_HEADERS.slice(0, 3).map((name) => headerColumn(header, name));
  for (const row of values.slice(1)) {
    const why = (reason >= 0 && cleanText(row[reason])) || DO_NOT_CONTACT_REASON.operator;
    // An entry that does not parse as an address is kept as written: it blocks what it says.
    const address = email >= 0 ? (parseEmail(row[email]).value ?? cleanText(row[email])).toLowerCase() : '';
    const name = handle >= 0 ? normalizeHandle(row[handle]).value : null;
    if (address && !list.byAddress.has(address)) list.byAddress.set(address, why);
    if (name && !list.byHandle.has(name)) list.byHandle.set(name, why);
  }
  return list;
}

/** Why this address or creator (by any of their handles, current or earlier) must not be emailed; undefined when they may be. */
export function blockedBy(
  list: DoNotContact,
  address: string | undefined,
  ...handles: (string | undefined)[]
): string | undefined {
  const byAddress = address ? list.byAddress.get(address.toLowerCase()) : undefined;
  if (address && byAddress) return `${address} is in Do not contact (${byAddress})`;
  const handle = handles.find((h) => h !== undefined && list.byHandle.has(h));
  return handle ? `@${handle} is in Do not contact (${list.byHandle.get(handle)})` : undefined;
}

export function doNotContactRow(address: string, handle: string, reason: string, since: Date): (string | Date)[] {
  return [address, handle, reason, since];
}
