/**
 * Whose tab is whose. The add-on knows the tabs and columns it created by developer metadata, never
 * by name: a seller's own tab called `Orders` is a source to read, and a managed tab the operator
 * renamed is still managed. A contract name already taken by a seller's tab makes the add-on's tab
 * take a free name (`Orders (Creator Ops)`); what that changed is reported, nothing of theirs is written.
 */
import type { AddonTabRole } from '../core/schema';
import { ADDON_TAB_ROLES, FIRST_RELEASE_HEADERS, STATE_TAB } from '../core/schema';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const TAB_MARKER = 'creatorOps.tab';
export const COLUMN_MARKER = 'creatorOps.column';

const ROLES: ReadonlySet<string> = new Set(ADDON_TAB_ROLES);

function isRole(value: string): value is AddonTabRole {
  return ROLES.has(value);
}

/** Every tab the add-on owns, by role, in one metadata search. */
export function ownedSheets(spreadsheet: Spreadsheet): Map<AddonTabRole, Sheet> {
  const owned = new Map<AddonTabRole, Sheet>();
  for (const marker of spreadsheet.createDeveloperMetadataFinder().withKey(TAB_MARKER).find()) {
    const role = marker.getValue() ?? '';
    const sheet = marker.getLocation().getSheet();
    if (sheet && isRole(role) && !owned.has(role)) owned.set(role, sheet);
  }
  if (owned.size === 0) adoptFirstRelease(spreadsheet, owned);
  return owned;
}

export function findOwnedSheet(spreadsheet: Spreadsheet, role: AddonTabRole): Sheet | undefined {
  return ownedSheets(spreadsheet).get(role);
}

/** What the run changed about names, for the operator ("Orders is your tab: …"). */
export interface Renaming {
  role: AddonTabRole;
  name: string;
}

/**
 * The add-on's tab for `role`, created when missing: under its contract name when that is free,
 * else under the first free `<name> (Creator Ops)`. `renamings` collects the second case.
 */
export interface OwnedSheetOptions {
  hidden?: boolean;
  renamings?: Renaming[];
  /** The run's ownedSheets(), saving a metadata search; a created tab is added to it. */
  owned?: Map<AddonTabRole, Sheet>;
}

export function ownedSheet(spreadsheet: Spreadsheet, role: AddonTabRole, options: OwnedSheetOptions = {}): Sheet {
  const owned = options.owned ?? ownedSheets(spreadsheet);
  const existing = owned.get(role);
  if (existing) return existing;
  const name = freeName(spreadsheet, role);
  const sheet = spreadsheet.insertSheet(name, spreadsheet.getSheets().length);
  sheet.addDeveloperMetadata(TAB_MARKER, role);
  if (options.hidden) sheet.hideSheet();
  owned.set(role, sheet);
  if (name !== role) options.renamings?.push({ role, name });
  return sheet;
}

function freeName(spreadsheet: Spreadsheet, role: AddonTabRole): string {
  const taken = new Set(spreadsheet.getSheets().map((sheet) => sheet.getName().toLowerCase()));
  if (!taken.has(role.toLowerCase())) return role;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${role} (Creator Ops)` : `${role} (Creator Ops ${n})`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * Spreadsheets organized by the first release have the add-on's tabs without markers. They are
 * recognised only together: the hidden state tab with its header, and each tab under its contract
 * name whose header row starts with that release's headers; a seller's tab matching that by chance
 * would have to copy the add-on's headers cell for cell. A first-release Profit tab is left alone.
 */
function adoptFirstRelease(spreadsheet: Spreadsheet, owned: Map<AddonTabRole, Sheet>): void {
  const state = spreadsheet.getSheetByName(STATE_TAB);
  if (!state || !headerIs(state, FIRST_RELEASE_HEADERS[STATE_TAB] ?? [])) return;
  for (const role of ADDON_TAB_ROLES) {
    const sheet = spreadsheet.getSheetByName(role);
    const headers = FIRST_RELEASE_HEADERS[role];
    if (!sheet || !headers || !headerIs(sheet, headers)) continue;
    sheet.addDeveloperMetadata(TAB_MARKER, role);
    owned.set(role, sheet);
  }
}

function headerIs(sheet: Sheet, headers: readonly string[]): boolean {
  if (sheet.getLastColumn() < headers.length || headers.length === 0) return false;
  const row = sheet.getRange(1, 1, 1, headers.length).getValues()[0];
  return headers.every((header, i) => String(row[i]).trim() === header);
}

/**
 * The add-on's memory tabs (merge fingerprints, what was sent) warn before a person edits them;
 * warning-only, so nobody is locked out of their own spreadsheet.
 */
export function protectAsAddOnMemory(sheet: Sheet): void {
  if (sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length > 0) return;
  sheet
    .protect()
    .setWarningOnly(true)
    .setDescription('Creator Ops keeps its memory here: editing it can make the add-on forget what it did.');
}
