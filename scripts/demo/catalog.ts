/** The demo seller's brands, products and shops. */
import type { Random } from './random';

export type Region = 'US' | 'UK';
export type CurrencyCode = 'USD' | 'GBP';

export const REGIONS: readonly Region[] = ['US', 'UK'];
export const CURRENCY_OF: Record<Region, CurrencyCode> = { US: 'USD', UK: 'GBP' };

export interface Brand {
  name: string;
  niches: readonly string[];
  /** Words creators in this niche put in their handles. */
  handleWords: readonly string[];
}

export const BRANDS: readonly Brand[] = [
  {
    name: 'Glow Theory',
    niches: ['Beauty', 'Skincare', 'GRWM'],
    handleWords: ['glow', 'skin', 'beauty', 'grwm', 'glam'],
  },
  {
    name: 'Pawsome',
    niches: ['Pets', 'Dog mom', 'Pet care'],
    handleWords: ['pup', 'doglife', 'pets', 'paws', 'catlady'],
  },
  {
    name: 'Kitchen Nest',
    niches: ['Home & Kitchen', 'Cooking', 'Home finds'],
    handleWords: ['eats', 'kitchen', 'homefinds', 'cooks', 'nest'],
  },
];

export interface Product {
  /** Seller SKU: the key of the COGS tab. */
  sku: string;
  /** TikTok's SKU ID: digits, kept as text. */
  skuId: string;
  name: string;
  brand: string;
  region: Region;
  priceCents: number;
  costCents: number;
}

interface ProductLine {
  code: string;
  name: string;
  usdPrice: number;
  usdCost: number;
}

const PRODUCT_LINES: Record<string, readonly ProductLine[]> = {
  'Glow Theory': [
    {
      code: 'GT-VCS-30',
      name: 'Glow Theory Vitamin C Glow Serum 30ml | Brightening Face Serum',
      usdPrice: 24.99,
      usdCost: 4.8,
    },
    { code: 'GT-BRM-50', name: 'Glow Theory Barrier Repair Moisturizer 50ml', usdPrice: 21.99, usdCost: 4.1 },
    { code: 'GT-GFC-150', name: 'Glow Theory Gentle Foaming Cleanser 150ml', usdPrice: 14.99, usdCost: 2.6 },
    { code: 'GT-RNO-15', name: 'Glow Theory Retinol Night Oil 15ml', usdPrice: 29.99, usdCost: 5.9 },
    { code: 'GT-SPF-50', name: 'Glow Theory SPF 50 Daily Fluid, No White Cast', usdPrice: 19.99, usdCost: 3.7 },
  ],
  Pawsome: [
    { code: 'PW-LMD-2', name: 'Pawsome Lick Mat Duo for Dogs & Cats', usdPrice: 12.99, usdCost: 2.1 },
    { code: 'PW-SCB-01', name: 'Pawsome Self-Cleaning Slicker Brush', usdPrice: 16.99, usdCost: 3.4 },
    { code: 'PW-SSC-200', name: 'Pawsome Salmon Skin Chews 200g', usdPrice: 18.99, usdCost: 5.2 },
    { code: 'PW-NPH-M', name: 'Pawsome No-Pull Harness - Medium', usdPrice: 27.99, usdCost: 6.8 },
    { code: 'PW-CDB-L', name: 'Pawsome Calming Donut Bed (Large)', usdPrice: 39.99, usdCost: 11.5 },
  ],
  'Kitchen Nest': [
    { code: 'KN-MKS-16', name: 'Kitchen Nest Magnetic Knife Strip 16"', usdPrice: 22.99, usdCost: 5.3 },
    { code: 'KN-SSL-6', name: 'Kitchen Nest Silicone Stretch Lids, 6 Pack', usdPrice: 13.99, usdCost: 2.2 },
    { code: 'KN-OSB-200', name: 'Kitchen Nest Glass Oil Sprayer 200ml', usdPrice: 11.99, usdCost: 1.9 },
    { code: 'KN-ODR-01', name: 'Kitchen Nest Over-Sink Drying Rack', usdPrice: 34.99, usdCost: 9.8 },
    { code: 'KN-HKP-01', name: 'Kitchen Nest Herb Keeper Pod', usdPrice: 19.99, usdCost: 4.4 },
  ],
};

const cents = (amount: number): number => Math.round(amount * 100);

/** Every product in both shops; UK listings carry a `-UK` SKU and GBP prices. */
export function buildCatalog(rng: Random): Product[] {
  const products: Product[] = [];
  for (const brand of BRANDS) {
    for (const line of PRODUCT_LINES[brand.name]) {
      products.push({
        sku: line.code,
        skuId: `17${rng.digits(17)}`,
        name: line.name,
        brand: brand.name,
        region: 'US',
        priceCents: cents(line.usdPrice),
        costCents: cents(line.usdCost),
      });
      products.push({
        sku: `${line.code}-UK`,
        skuId: `17${rng.digits(17)}`,
        name: line.name,
        brand: brand.name,
        region: 'UK',
        priceCents: cents(Math.floor(line.usdPrice * 0.85) + 0.99),
        costCents: Math.round(cents(line.usdCost) * 0.8),
      });
    }
  }
  return products;
}

/** The product the seller forgot to enter a cost for. */
export const SKU_WITHOUT_COST = 'PW-CDB-L-UK';

export const COURIERS: Record<Region, readonly string[]> = {
  US: ['USPS', 'UPS', 'FedEx'],
  UK: ['Royal Mail', 'Evri', 'DPD'],
};

export function trackingNumber(rng: Random, courier: string): string {
  switch (courier) {
    case 'USPS':
      return `9400${rng.digits(18)}`;
    case 'UPS':
      return `1Z${rng.digits(6)}03${rng.digits(8)}`;
    case 'FedEx':
      return rng.digits(12);
    case 'Royal Mail':
      return `${String.fromCharCode(65 + rng.int(0, 25))}${String.fromCharCode(65 + rng.int(0, 25))}${rng.digits(9)}GB`;
    case 'Evri':
      return `H0${rng.digits(14)}`;
    default:
      return `15${rng.digits(12)}`;
  }
}

export const FIRST_NAMES: readonly string[] = [
  'Jane',
  'Maya',
  'Olivia',
  'Ava',
  'Sofia',
  'Chloe',
  'Zoe',
  'Lily',
  'Emma',
  'Mia',
  'Harper',
  'Aaliyah',
  'Priya',
  'Grace',
  'Hannah',
  'Jess',
  'Keisha',
  'Lauren',
  'Megan',
  'Nia',
  'Paige',
  'Rachel',
  'Sam',
  'Tia',
  'Val',
  'Brooke',
  'Amelia',
  'Isla',
  'Poppy',
  'Freya',
  'Imogen',
  'Niamh',
  'Ellie',
  'Holly',
  'Jade',
  'Leah',
  'Alex',
  'Jordan',
  'Marcus',
  'Tyler',
  'Ethan',
  'Noah',
  'Liam',
  'Jamal',
  'Diego',
  'Carlos',
  'Kenji',
  'Oscar',
  'Harry',
  'Alfie',
];

export const LAST_NAMES: readonly string[] = [
  'Doe',
  'Nguyen',
  'Garcia',
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Miller',
  'Davis',
  'Lopez',
  'Wilson',
  'Anderson',
  'Thomas',
  'Taylor',
  'Moore',
  'Jackson',
  'Martin',
  'Lee',
  'Perez',
  'Thompson',
  'White',
  'Harris',
  'Clark',
  'Lewis',
  'Walker',
  'Hall',
  'Young',
  'King',
  'Wright',
  'Patel',
  'Khan',
  'Evans',
  'Roberts',
  'Hughes',
  'Edwards',
  'Wood',
  'Murphy',
  'Kelly',
  'Reyes',
  'Cruz',
  'Kim',
  'Chen',
  'Okafor',
  'Mensah',
  'Rossi',
  'Silva',
];

export const OWNERS: readonly string[] = ['Maya', 'Luis', 'Priya', 'Tom'];

export const PROVINCES: Record<Region, readonly string[]> = {
  US: [
    'California',
    'Texas',
    'Florida',
    'New York',
    'Georgia',
    'Ohio',
    'Illinois',
    'Arizona',
    'Washington',
    'North Carolina',
  ],
  UK: [
    'Greater London',
    'West Midlands',
    'Greater Manchester',
    'West Yorkshire',
    'Kent',
    'Essex',
    'Merseyside',
    'Glasgow City',
  ],
};

export const PAYMENT_METHODS: Record<Region, readonly string[]> = {
  US: ['Credit card', 'Debit card', 'PayPal', 'Apple Pay', 'Klarna'],
  UK: ['Debit card', 'Credit card', 'PayPal', 'Apple Pay', 'Klarna'],
};
