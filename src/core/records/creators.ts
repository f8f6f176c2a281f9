import { normalizeHandle } from '../values';
import type { Fields } from './fields';
import { date, list, num, text } from './fields';
import type { Issue, ParsedRow } from './table';
import { reportMissing } from './table';
import type { CreatorRecord } from './types';

function handleOf(fields: Fields): string | undefined {
  const handle = text(fields, 'Handle');
  if (handle) return handle;
  const url = text(fields, 'Profile URL');
  return url ? (normalizeHandle(url).value ?? undefined) : undefined;
}

export function buildCreators(rows: readonly ParsedRow[]): { records: CreatorRecord[]; issues: Issue[] } {
  const records: CreatorRecord[] = [];
  const issues: Issue[] = [];
  for (const row of rows) {
    const { source, fields } = row;
    const handle = handleOf(fields);
    if (!handle) {
      reportMissing(issues, row, 'Handle', "no TikTok handle on this row: add the creator's @handle or profile URL");
      continue;
    }
    records.push({
      handle,
      name: text(fields, 'Name'),
      email: text(fields, 'Email'),
      profileUrl: text(fields, 'Profile URL'),
      followers: num(fields, 'Followers'),
      niche: text(fields, 'Niche'),
      region: text(fields, 'Region'),
      brand: text(fields, 'Brand'),
      type: text(fields, 'Type'),
      status: text(fields, 'Status'),
      commissionPct: num(fields, 'Commission %'),
      promoCode: text(fields, 'Promo code'),
      owner: text(fields, 'Owner'),
      lastContacted: date(fields, 'Last contacted'),
      notes: text(fields, 'Notes'),
      aliases: list(fields, 'Aliases'),
      source,
    });
  }
  return { records, issues };
}
