import { normalizeHandle } from '../values';
import { date, list, num, text } from './fields';
import type { FieldSlots, RecordReader } from './table';
import { reportMissing } from './table';
import type { CreatorRecord } from './types';

const CREATOR_FIELDS = {
  handle: 'Handle',
  name: 'Name',
  email: 'Email',
  profileUrl: 'Profile URL',
  followers: 'Followers',
  niche: 'Niche',
  region: 'Region',
  brand: 'Brand',
  type: 'Type',
  status: 'Status',
  commissionPct: 'Commission %',
  promoCode: 'Promo code',
  owner: 'Owner',
  lastContacted: 'Last contacted',
  notes: 'Notes',
  aliases: 'Aliases',
};

/** The creator of each parsed row of a tab with these slots. */
export function creatorReader(slots: FieldSlots): RecordReader<CreatorRecord> {
  const at = slots.ofEach(CREATOR_FIELDS);
  return (row, issues) => {
    const v = row.values;
    const profileUrl = text(v[at.profileUrl]);
    const handle = text(v[at.handle]) || (profileUrl ? (normalizeHandle(profileUrl).value ?? undefined) : undefined);
    if (!handle) {
      reportMissing(issues, row, 'Handle', "no TikTok handle on this row: add the creator's @handle or profile URL");
      return undefined;
    }
    return {
      handle,
      name: text(v[at.name]),
      email: text(v[at.email]),
      profileUrl,
      followers: num(v[at.followers]),
      niche: text(v[at.niche]),
      region: text(v[at.region]),
      brand: text(v[at.brand]),
      type: text(v[at.type]),
      status: text(v[at.status]),
      commissionPct: num(v[at.commissionPct]),
      promoCode: text(v[at.promoCode]),
      owner: text(v[at.owner]),
      lastContacted: date(v[at.lastContacted]),
      notes: text(v[at.notes]),
      aliases: list(v[at.aliases]),
      source: row.source,
    };
  };
}
