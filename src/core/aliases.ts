/**
 * The one header-alias table: how operators and TikTok Seller Center name each field.
 * Organize uses it to map source tabs; the PROFIT_BY_* formulas use it to find columns in
 * their range arguments, so a raw export pasted into a tab works in both.
 *
 * Field names are the canonical managed-tab headers, plus a few fields that only exist in
 * raw exports (e.g. `SKU ID`, `Payment Amount`) and are turned into canonical values by readers.
 */

export type SourceKind = 'creators' | 'samples' | 'orders' | 'affiliate' | 'settlement' | 'products' | 'costs';

export const SOURCE_KINDS: readonly SourceKind[] = [
  'creators',
  'samples',
  'orders',
  'affiliate',
  'settlement',
  'products',
  'costs',
];

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  creators: 'Creator list',
  samples: 'Sample log',
  orders: 'Orders export',
  affiliate: 'Affiliate orders export',
  settlement: 'Settlement statement',
  products: 'Product costs',
  costs: 'Creator costs',
};

/** Lower case, letters and digits only; `#` reads as "number", `%` as "pct" and `@` as "at". */
export function normalizeHeader(header: unknown): string {
  return String(header ?? '')
    .toLowerCase()
    .replace(/#/g, ' number ')
    .replace(/@/g, ' at ')
    .replace(/%/g, ' pct ')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '');
}

/**
 * The 0-based column of a header row whose header reads as `name` (normalizeHeader), or -1: how the
 * add-on finds the columns of its own tables that operators may rearrange, to read and to write.
 */
export function headerColumn(header: readonly unknown[], name: string): number {
  const wanted = normalizeHeader(name);
  return header.findIndex((cell) => normalizeHeader(cell) === wanted);
}

const HANDLE = [
  'Handle',
  'TikTok handle',
  'TikTok',
  'TikTok username',
  'Username',
  'User name',
  'Creator',
  'Creator handle',
  'Creator username',
  'Creator name/handle',
  'Influencer',
  'Influencer handle',
  'Account',
  'TikTok account',
  'Creator ID',
  '@',
  'TT handle',
];
const CAMPAIGN = ['Campaign', 'Campaign name', 'Collab', 'Collaboration', 'Program'];
const SKU = ['SKU', 'Seller SKU', 'Product SKU', 'Item SKU', 'SKU code', 'Item code', 'Product code', 'Variant SKU'];
const UNITS = ['Units', 'Quantity', 'Qty', 'Units sent', 'Qty sent', 'Number of units', 'Pieces'];
const NOTES = ['Notes', 'Note', 'Comments', 'Comment', 'Remarks'];
const CURRENCY = ['Currency', 'Currency code', 'Ccy'];
const REGION = ['Region', 'Country', 'Market', 'Shop', 'Shop region', 'Store', 'Location'];
// An order's region is its shop's: Seller Center's Country and State columns are the buyer's address.
const SHOP_REGION = ['Region', 'Market', 'Shop', 'Shop region', 'Store'];
const COMMISSION_PCT = [
  'Commission %',
  'Commission rate',
  'Commission',
  'Comm %',
  'Comm rate',
  'Rate',
  'Affiliate commission',
  'Standard commission rate',
  'Commission percentage',
  'Commission pct',
];

// What else the affiliate export says the shop owes the creator for a line (PRODUCT.md, Orders: Commission).
const SHOP_ADS_COMMISSION = ['Actual Shop Ads commission payment', 'Shop Ads commission'];
const ESTIMATED_SHOP_ADS_COMMISSION = ['Est. Shop Ads commission payment', 'Estimated Shop Ads commission'];
const CREATOR_BONUS = ['Actual co-funded creator bonus', 'Co-funded creator bonus', 'Creator bonus'];
const ESTIMATED_CREATOR_BONUS = ['Est. co-funded creator bonus', 'Estimated creator bonus'];

type AliasTable = Record<SourceKind, Record<string, readonly string[]>>;

export const ALIASES: AliasTable = {
  creators: {
    Handle: HANDLE,
    Name: ['Name', 'Creator name', 'Full name', 'Influencer name', 'Display name', 'Contact name', 'First name'],
    Email: ['Email', 'Email address', 'E-mail', 'Contact email', 'Mail', 'Creator email', 'Business email'],
    'Profile URL': ['Profile URL', 'Profile link', 'TikTok URL', 'TikTok link', 'URL', 'Link', 'Profile'],
    Followers: [
      'Followers',
      'Follower count',
      'Followers count',
      'Fans',
      'Audience',
      'Subs',
      'Follower #',
      'No. of followers',
    ],
    Niche: ['Niche', 'Category', 'Niche / Category', 'Vertical', 'Content category', 'Genre'],
    Region: REGION,
    Brand: ['Brand', 'Brand name', 'For brand', 'Store brand'],
    Type: ['Type', 'Deal type', 'Creator type', 'Partnership type', 'Deal', 'Contract type', 'Relationship'],
    Status: ['Status', 'Stage', 'Outreach status', 'Pipeline stage', 'Creator status', 'State'],
    'Commission %': COMMISSION_PCT,
    'Promo code': [
      'Promo code',
      'Discount code',
      'Code',
      'Coupon',
      'Coupon code',
      'Voucher code',
      'Creator code',
      'Promo',
    ],
    Owner: [
      'Owner',
      'Account manager',
      'Manager',
      'Assigned to',
      'Affiliate manager',
      'Point of contact',
      'POC',
      'Rep',
    ],
    'Last contacted': [
      'Last contacted',
      'Last contact',
      'Last outreach',
      'Last contact date',
      'Contacted on',
      'Last touch',
      'Date contacted',
      'Outreach date',
    ],
    Notes: NOTES,
    Aliases: [
      'Alias',
      'AKA',
      'Also known as',
      'Previous handle',
      'Previous handles',
      'Previous username',
      'Old handle',
      'Old handles',
      'Old username',
      'Former handle',
      'Former username',
      'Other handles',
      'Handle history',
    ],
    // Written by the mail engine only: no seller column is read into them.
    'Last email': ['Last email'],
    'Mail status': ['Mail status'],
  },
  samples: {
    'Sample ID': ['Sample ID', 'Sample #', 'Sample number', 'Shipment ID', 'Gift ID', 'Request ID', 'Sample order ID'],
    Handle: HANDLE,
    Campaign: CAMPAIGN,
    SKU: [...SKU, 'Product', 'Item', 'Product sent', 'Sample SKU'],
    Units: UNITS,
    Requested: ['Requested', 'Request date', 'Date requested', 'Requested on', 'Request', 'Requested date', 'Approved'],
    Shipped: [
      'Shipped',
      'Ship date',
      'Date shipped',
      'Shipped on',
      'Sent',
      'Sent on',
      'Date sent',
      'Shipping date',
      'Dispatched',
    ],
    Carrier: ['Carrier', 'Courier', 'Shipping carrier', 'Shipping provider', 'Shipping provider name', 'Service'],
    Tracking: ['Tracking', 'Tracking #', 'Tracking number', 'Tracking ID', 'Tracking no', 'Tracking code', 'AWB'],
    Delivered: ['Delivered', 'Delivery date', 'Date delivered', 'Delivered on', 'Received', 'Received on'],
    'Brief sent': ['Brief sent', 'Brief', 'Brief date', 'Brief sent on', 'Briefed'],
    Due: ['Due', 'Video due', 'Content due', 'Due date', 'Post by', 'Posting deadline', 'Deadline', 'Go live date'],
    Posted: ['Posted', 'Posted on', 'Date posted', 'Post date', 'Video posted', 'Live date', 'Went live'],
    'Video URL': ['Video URL', 'Video link', 'TikTok link', 'Post URL', 'Post link', 'Video', 'Content link', 'Link'],
    Status: ['Status', 'Sample status', 'Stage', 'State'],
    'Sample cost': ['Sample cost', 'Product cost', 'Cost', 'Item cost', 'COGS', 'Sample value', 'Value'],
    'Shipping cost': ['Shipping cost', 'Shipping', 'Postage', 'Shipping fee', 'Freight', 'Delivery cost', 'Label cost'],
    Notes: NOTES,
  },
  orders: {
    'Order ID': ['Order ID', 'Order', 'Order number', 'Order #', 'Order no', 'TikTok order ID'],
    'SKU ID': ['SKU ID'],
    Line: ['Line', 'Line number', 'Line #', 'Item number'],
    Date: [
      'Date',
      'Created Time',
      'Order date',
      'Created',
      'Order time',
      'Created at',
      'Purchase date',
      'Paid Time',
      'Time Created',
    ],
    Handle: [...HANDLE.filter((a) => a !== 'Account'), 'Affiliate', 'Creator Username'],
    Campaign: CAMPAIGN,
    SKU: SKU,
    Product: ['Product', 'Product Name', 'Item name', 'Product title', 'Item', 'Title'],
    Units: UNITS,
    'Unit price': ['SKU Unit Original Price', 'Unit price', 'Price', 'Item price', 'Original price'],
    'Gross sales': [
      'Gross sales',
      'SKU Subtotal Before Discount',
      'Subtotal',
      'Gross',
      'Gross revenue',
      'Sales',
      'Line total',
      'GMV',
      'Revenue',
      'Subtotal before discount',
      'Payment Amount',
    ],
    'Seller discount': [
      'Seller discount',
      'SKU Seller Discount',
      'Discount',
      'Seller discount amount',
      'Discount amount',
    ],
    'Net of discount': ['SKU Subtotal After Discount', 'Subtotal after discount'],
    Refund: ['Refund', 'Order Refund Amount', 'Refund amount', 'Refunded', 'Returns', 'Refunds'],
    'Fully refunded': ['Fully returned or refunded', 'Fully refunded', 'Returned'],
    Status: ['Status', 'Order Status', 'Order state', 'State', 'Order Substatus'],
    'Commission %': COMMISSION_PCT.filter((a) => a !== 'Commission'),
    Commission: [
      'Commission',
      'Commission amount',
      'Commission paid',
      'Actual Commission Payment',
      'Creator commission',
      'Affiliate commission amount',
      'Commission payment',
    ],
    'Estimated commission': [
      'Est. standard commission payment',
      'Estimated commission',
      'Est. commission',
      'Est commission payment',
    ],
    'Shop Ads commission': SHOP_ADS_COMMISSION,
    'Estimated Shop Ads commission': ESTIMATED_SHOP_ADS_COMMISSION,
    'Creator bonus': CREATOR_BONUS,
    'Estimated creator bonus': ESTIMATED_CREATOR_BONUS,
    'Platform fee': [
      'Platform fee',
      'Platform fees',
      'TikTok fee',
      'Referral fee',
      'Commission fee',
      'Transaction fee',
      'Fees',
    ],
    'Shipping cost': ['Shipping cost', 'Shipping fee', 'Seller shipping fee', 'Shipping', 'Postage', 'Fulfillment fee'],
    Currency: CURRENCY,
    Region: SHOP_REGION,
    'Promo code': [
      'Promo code',
      'Discount code',
      'Coupon code',
      'Seller discount code',
      'Voucher code',
      'Promotion code',
      'Code',
    ],
    Shipped: ['Shipped Time', 'Shipped date', 'Ship date'],
    Delivered: ['Delivered Time', 'Delivered date', 'Delivery date'],
    Tracking: ['Tracking ID', 'Tracking number', 'Tracking'],
    Carrier: ['Shipping Provider Name', 'Carrier', 'Courier'],
  },
  affiliate: {},
  settlement: {},
  products: {
    SKU: [...SKU, 'SKU ID'],
    Product: ['Product', 'Product name', 'Item name', 'Name', 'Title', 'Description', 'Item'],
    'Unit cost': [
      'Unit cost',
      'Cost',
      'COGS',
      'Unit COGS',
      'Cost per unit',
      'Landed cost',
      'Product cost',
      'Cost price',
      'Buy price',
    ],
    Currency: CURRENCY,
    Brand: ['Brand', 'Brand name', 'Store', 'Line'],
    'TikTok SKU IDs': ['TikTok SKU IDs', 'TikTok SKU ID', 'SKU IDs', 'TikTok SKU ID list'],
  },
  costs: {
    Date: ['Date', 'Paid on', 'Payment date', 'Date paid', 'Month', 'Invoice date', 'Spend date'],
    Handle: HANDLE,
    Campaign: CAMPAIGN,
    Type: ['Type', 'Cost type', 'Payment type', 'Category', 'Kind', 'For', 'What for', 'Purpose', 'Expense type'],
    Amount: ['Amount', 'Cost', 'Paid', 'Payment', 'Spend', 'Total', 'Fee', 'Amount paid', 'Payout', 'Value'],
    Currency: CURRENCY,
    Notes: [...NOTES, 'Description', 'Memo', 'Details'],
  },
};

// The affiliate-orders export (exact Seller Center headers) reads into the same order fields.
ALIASES.affiliate = {
  'Order ID': ['Order ID'],
  'SKU ID': ['SKU ID'],
  Product: ['Product Name'],
  Units: ['Quantity'],
  Handle: ['Creator Username', 'Creator username', 'Creator'],
  'Content type': ['Content Type'],
  'Gross sales': ['Payment Amount'],
  Status: ['Order Status'],
  Date: ['Time Created'],
  'Commission %': ['Standard commission rate', 'Commission rate'],
  'Commission base': ['Actual Commission Base', 'Est. Commission Base'],
  Commission: ['Actual Commission Payment'],
  'Estimated commission': ['Est. standard commission payment'],
  'Shop Ads commission': SHOP_ADS_COMMISSION,
  'Estimated Shop Ads commission': ESTIMATED_SHOP_ADS_COMMISSION,
  'Creator bonus': CREATOR_BONUS,
  'Estimated creator bonus': ESTIMATED_CREATOR_BONUS,
  'Fully refunded': ['Fully returned or refunded'],
  Currency: CURRENCY,
  Region: SHOP_REGION,
  Campaign: CAMPAIGN,
  SKU: ['Seller SKU'],
};

/**
 * The platform's own charges on an order line in the settlement statement: what Platform fee holds
 * once a statement is pasted. Commissions (the Commission column), shipping fees and subsidies,
 * discounts and refunds are counted elsewhere, so they are not fees here.
 */
export const SETTLEMENT_FEE_FIELDS = [
  'Referral fee',
  'Transaction fee',
  'Refund administration fee',
  'Sales tax on referral fees',
  'Smart Promotion fee',
] as const;

// The US profit-and-loss statement's Orders sheet (exact Seller Center headers).
ALIASES.settlement = {
  'Order ID': ['Order ID'],
  'SKU ID': ['SKU ID'],
  'Sample order type': ['Sample order type'],
  ...Object.fromEntries(SETTLEMENT_FEE_FIELDS.map((field) => [field, [field]])),
};

/** Fields whose presence makes a tab that kind; weights add up to the detection score. */
export const SIGNATURES: Record<SourceKind, { required: readonly string[][]; weights: Record<string, number> }> = {
  creators: {
    required: [['Handle', 'Profile URL']],
    weights: {
      Handle: 2,
      Email: 2,
      Followers: 2,
      Name: 1,
      Niche: 1,
      Status: 1,
      'Promo code': 1,
      Type: 1,
      'Profile URL': 1,
      'Last contacted': 1,
      'Commission %': 1,
      Owner: 1,
    },
  },
  samples: {
    required: [['Handle'], ['Shipped', 'Requested', 'Tracking', 'Delivered', 'Due', 'Posted']],
    weights: {
      Handle: 2,
      'Sample ID': 3,
      Shipped: 2,
      Requested: 2,
      Tracking: 2,
      Delivered: 2,
      Due: 2,
      Posted: 2,
      'Brief sent': 2,
      Carrier: 1,
      SKU: 1,
      Units: 1,
      'Sample cost': 1,
      'Video URL': 1,
    },
  },
  orders: {
    required: [['Order ID'], ['Gross sales', 'Units', 'SKU']],
    weights: {
      'Order ID': 3,
      'Gross sales': 2,
      'Seller discount': 2,
      Units: 1,
      SKU: 1,
      Product: 1,
      Status: 1,
      Date: 1,
      Refund: 1,
      'Unit price': 1,
      'SKU ID': 1,
    },
  },
  affiliate: {
    required: [['Order ID'], ['Handle'], ['Commission', 'Estimated commission', 'Commission %']],
    weights: {
      'Order ID': 3,
      Handle: 3,
      Commission: 2,
      'Estimated commission': 2,
      'Commission %': 2,
      'Commission base': 2,
      'Content type': 2,
      'Fully refunded': 2,
      'Gross sales': 1,
    },
  },
  settlement: {
    required: [['Order ID'], ['Referral fee', 'Transaction fee', 'Refund administration fee']],
    weights: {
      'Order ID': 3,
      'SKU ID': 1,
      'Sample order type': 2,
      'Referral fee': 3,
      'Transaction fee': 3,
      'Refund administration fee': 3,
      'Sales tax on referral fees': 2,
      'Smart Promotion fee': 2,
    },
  },
  products: {
    required: [['SKU'], ['Unit cost']],
    weights: { SKU: 3, 'Unit cost': 3, Product: 1, Brand: 1, Currency: 1 },
  },
  costs: {
    required: [['Handle'], ['Amount']],
    weights: { Handle: 2, Amount: 3, Type: 2, Date: 1, Currency: 1, Campaign: 1 },
  },
};

/** Words in a tab's name that hint at what it holds. */
export const TAB_NAME_HINTS: Record<SourceKind, RegExp> = {
  creators: /creator|influencer|outreach|roster|talent|prospect|affiliates?\b(?! ?order)/i,
  samples: /sample|gift|seeding|shipment|tracker/i,
  orders: /order|sales|transactions/i,
  affiliate: /affiliate.*order|commission/i,
  settlement: /settle|statement|payout|profit.?(and|&).?loss|p&l/i,
  products: /cogs|product|sku|margin|catalog|inventory/i,
  costs: /payment|payout|retainer|spend|fee|invoice|creator.?cost|expense/i,
};

const NORMALIZED: Record<SourceKind, Map<string, string>> = Object.fromEntries(
  SOURCE_KINDS.map((kind) => {
    const lookup = new Map<string, string>();
    for (const [field, aliases] of Object.entries(ALIASES[kind])) {
      for (const alias of [field, ...aliases]) {
        const key = normalizeHeader(alias);
        if (!lookup.has(key)) lookup.set(key, field);
      }
    }
    return [kind, lookup];
  }),
) as Record<SourceKind, Map<string, string>>;

/** The field a header names for a kind of tab, or undefined (always for a blank header). */
export function fieldForHeader(kind: SourceKind, header: unknown): string | undefined {
  const key = normalizeHeader(header);
  return key === '' ? undefined : NORMALIZED[kind].get(key);
}

export function fieldsOf(kind: SourceKind): string[] {
  return Object.keys(ALIASES[kind]);
}
