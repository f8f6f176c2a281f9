/**
 * The managed tabs: names, headers and the kind of value each column holds.
 * Names and header text are contracts (see PRODUCT.md); code refers to columns by header.
 */

export type FieldKind =
  | 'text'
  | 'id' // exact text, never a number (Order ID, Sample ID, SKU, tracking)
  | 'handle'
  | 'handles' // several handles in one cell, comma-separated
  | 'email'
  | 'url'
  | 'money'
  | 'percent'
  | 'integer' // units, line numbers
  | 'count' // follower counts (12.5K)
  | 'date'
  | 'datetime'
  | 'currency'
  | 'region' // a country code (US, UK), whatever the source wrote
  | 'boolean'
  | 'enum';

export interface FieldSpec {
  header: string;
  kind: FieldKind;
  /** For enums: the allowed values, lower case. */
  values?: readonly string[];
  /**
   * The operator owns this column: Organize fills it only while it is blank. Other columns
   * refresh from the source unless the operator changed the cell by hand.
   */
  operatorOwned?: boolean;
  /** For enums: the value an unrecognised word reads as (with a warning), instead of a problem. */
  fallback?: string;
}

export interface TabSpec {
  name: ManagedTabName;
  fields: readonly FieldSpec[];
  /** Headers whose values together identify a record. */
  key: readonly string[];
  /**
   * Records alike in every key column are still distinct records (two equal payments to one creator
   * on one day), told apart by their order: see RowKeys.
   */
  keysRepeat?: boolean;
  /**
   * The key is the whole record (a payment has no ID), so a changed key cell must not make a second
   * record: a row whose key cells an operator changed is still the record it was, and a record the
   * source corrected in this column (a payment's Amount) is still the row it was. See RekeyedRows.
   */
  keyCellsChange?: { correctedBySource: string };
}

export type ManagedTabName = 'Creators' | 'Samples' | 'Orders' | 'Products' | 'Costs';

export const CREATOR_TYPES = ['one-off', 'affiliate', 'retainer'] as const;
export const CREATOR_STATUSES = [
  'prospect',
  'contacted',
  'replied',
  'negotiating',
  'active',
  'paused',
  'declined',
] as const;
/** The state of the last email to a creator, as sheet mail tools show it. */
export const MAIL_STATUSES = ['sent', 'replied', 'bounced', 'opted out'] as const;
export const SAMPLE_STATUSES = ['requested', 'shipped', 'delivered', 'due', 'overdue', 'posted', 'cancelled'] as const;
export const ORDER_STATUSES = [
  'completed',
  'pending',
  'unpaid',
  'cancelled',
  'refunded',
  'partially refunded',
] as const;
export const COST_TYPES = ['retainer', 'flat fee', 'ad spend', 'bonus', 'other'] as const;

const f = (header: string, kind: FieldKind, extra: Partial<FieldSpec> = {}): FieldSpec => ({ header, kind, ...extra });

export const CREATORS: TabSpec = {
  name: 'Creators',
  key: ['Handle'],
  fields: [
    f('Handle', 'handle'),
    f('Name', 'text'),
    f('Email', 'email'),
    f('Profile URL', 'url'),
    f('Followers', 'count'),
    f('Niche', 'text'),
    f('Region', 'region'),
    f('Brand', 'text'),
    f('Type', 'enum', { values: CREATOR_TYPES }),
    f('Status', 'enum', { values: CREATOR_STATUSES, operatorOwned: true }),
    f('Commission %', 'percent'),
    f('Promo code', 'text'),
    f('Owner', 'text', { operatorOwned: true }),
    f('Last contacted', 'date'),
    f('Notes', 'text', { operatorOwned: true }),
    f('Source', 'text'),
    f('Aliases', 'handles'),
    // Written by the mail engine after each email and each answer; Organize leaves them as they are.
    f('Last email', 'datetime', { operatorOwned: true }),
    f('Mail status', 'enum', { values: MAIL_STATUSES, operatorOwned: true }),
  ],
};

export const SAMPLES: TabSpec = {
  name: 'Samples',
  key: ['Sample ID'],
  fields: [
    f('Sample ID', 'id'),
    f('Handle', 'handle'),
    f('Campaign', 'text'),
    f('SKU', 'id'),
    f('Units', 'integer'),
    f('Requested', 'date'),
    f('Shipped', 'date'),
    f('Carrier', 'text'),
    f('Tracking', 'id'),
    f('Delivered', 'date'),
    f('Brief sent', 'date'),
    f('Due', 'date', { operatorOwned: true }),
    f('Posted', 'date'),
    f('Video URL', 'url'),
    f('Status', 'enum', { values: SAMPLE_STATUSES }),
    f('Sample cost', 'money'),
    f('Shipping cost', 'money'),
    f('Notes', 'text', { operatorOwned: true }),
    f('Source', 'text'),
  ],
};

export const ORDERS: TabSpec = {
  name: 'Orders',
  key: ['Order ID', 'Line'],
  fields: [
    f('Order ID', 'id'),
    f('Line', 'integer'),
    f('Date', 'datetime'),
    f('Handle', 'handle'),
    f('Campaign', 'text'),
    f('SKU', 'id'),
    f('Product', 'text'),
    f('Units', 'integer'),
    f('Gross sales', 'money'),
    f('Seller discount', 'money'),
    f('Refund', 'money'),
    f('Status', 'enum', { values: ORDER_STATUSES }),
    f('Commission %', 'percent'),
    f('Commission', 'money'),
    f('Platform fee', 'money'),
    f('Shipping cost', 'money'),
    f('Currency', 'currency'),
    f('Region', 'region'),
    f('Source', 'text'),
  ],
};

export const PRODUCTS: TabSpec = {
  name: 'Products',
  key: ['SKU'],
  fields: [
    f('SKU', 'id'),
    f('Product', 'text'),
    f('Unit cost', 'money'),
    f('Currency', 'currency'),
    f('Brand', 'text'),
    f('TikTok SKU IDs', 'text'),
  ],
};

export const COSTS: TabSpec = {
  name: 'Costs',
  key: ['Date', 'Handle', 'Campaign', 'Type', 'Amount'],
  keysRepeat: true,
  keyCellsChange: { correctedBySource: 'Amount' },
  fields: [
    f('Date', 'date'),
    f('Handle', 'handle'),
    f('Campaign', 'text'),
    f('Type', 'enum', { values: COST_TYPES, fallback: 'other' }),
    f('Amount', 'money'),
    f('Currency', 'currency'),
    f('Notes', 'text', { operatorOwned: true }),
  ],
};

/** Appended to a record's Source once its source row is gone (the record is kept, never deleted). */
export const SOURCE_GONE = ' (source row gone)';

export const MANAGED_TABS: readonly TabSpec[] = [CREATORS, SAMPLES, ORDERS, PRODUCTS, COSTS];

export const IMPORT_ISSUES_TAB = 'Import issues';
export const IMPORT_ISSUES_HEADERS = ['Tab', 'Row', 'Column', 'Value', 'Problem'] as const;
/** Row a number, the rest text: a value shows as its source cell held it (`000123`, `1,234`), never re-read. */
export const IMPORT_ISSUES_FORMATS = ['@', '0', '@', '@', '@'] as const;
export const SETTINGS_TAB = 'Settings';
export const TEMPLATES_TAB = 'Templates';
export const TEMPLATES_HEADERS = ['Name', 'Subject', 'Body'] as const;
export const FOLLOWUP_LOG_TAB = 'Follow-up log';
export const FOLLOWUP_LOG_HEADERS = [
  'Time',
  'Rule',
  'Handle',
  'Sample ID',
  'To',
  'Subject',
  'Status',
  'Thread ID',
  'Key',
] as const;
export const SEQUENCES_TAB = 'Sequences';
export const SEQUENCES_HEADERS = ['Sequence', 'Step', 'Variant', 'Wait days', 'Template', 'Segment'] as const;
export const OUTREACH_LOG_TAB = 'Outreach log';
export const OUTREACH_LOG_HEADERS = [
  'Time',
  'Sequence',
  'Step',
  'Variant',
  'Handle',
  'To',
  'Subject',
  'Status',
  'Thread ID',
  'Key',
] as const;
export const DO_NOT_CONTACT_TAB = 'Do not contact';
export const DO_NOT_CONTACT_HEADERS = ['Email', 'Handle', 'Reason', 'Since'] as const;
export const PROFIT_TAB = 'Profit';
export const STATE_TAB = 'Creator Ops state';

export const MEMORY_TAB = 'Creator Ops memory';
export const MEMORY_HEADERS = ['Key', 'State', 'Time', 'Detail'] as const;

/** Every tab the add-on creates, by the contract name it gets when that name is free. */
export type AddonTabRole =
  | ManagedTabName
  | typeof IMPORT_ISSUES_TAB
  | typeof SETTINGS_TAB
  | typeof TEMPLATES_TAB
  | typeof FOLLOWUP_LOG_TAB
  | typeof SEQUENCES_TAB
  | typeof OUTREACH_LOG_TAB
  | typeof DO_NOT_CONTACT_TAB
  | typeof PROFIT_TAB
  | typeof STATE_TAB
  | typeof MEMORY_TAB;

export const ADDON_TAB_ROLES: readonly AddonTabRole[] = [
  ...MANAGED_TABS.map((t) => t.name),
  IMPORT_ISSUES_TAB,
  SETTINGS_TAB,
  TEMPLATES_TAB,
  FOLLOWUP_LOG_TAB,
  SEQUENCES_TAB,
  OUTREACH_LOG_TAB,
  DO_NOT_CONTACT_TAB,
  PROFIT_TAB,
  STATE_TAB,
  MEMORY_TAB,
];

/** The first release's tabs carried no marker: how their header rows began, to adopt them. */
export const FIRST_RELEASE_HEADERS: Partial<Record<AddonTabRole, readonly string[]>> = {
  Creators: ['Handle', 'Name', 'Email', 'Profile URL', 'Followers', 'Niche', 'Region'],
  Samples: ['Sample ID', 'Handle', 'Campaign', 'SKU', 'Units', 'Requested', 'Shipped'],
  Orders: ['Order ID', 'Line', 'Date', 'Handle', 'Campaign', 'SKU', 'Product'],
  Products: ['SKU', 'Product', 'Unit cost', 'Currency', 'Brand'],
  Costs: ['Date', 'Handle', 'Campaign', 'Type', 'Amount', 'Currency', 'Notes'],
  [IMPORT_ISSUES_TAB]: IMPORT_ISSUES_HEADERS,
  [SETTINGS_TAB]: ['Setting', 'Value', 'Notes'],
  [TEMPLATES_TAB]: TEMPLATES_HEADERS,
  [FOLLOWUP_LOG_TAB]: FOLLOWUP_LOG_HEADERS,
  [STATE_TAB]: ['Tab', 'Key', 'Fingerprints'],
};

export function headersOf(tab: TabSpec): string[] {
  return tab.fields.map((field) => field.header);
}
