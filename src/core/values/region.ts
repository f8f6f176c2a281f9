import { parsed, type Parsed } from './result';
import { cleanText, screenCell } from './text';

/**
 * Countries TikTok Shop sellers meet, each as the code the managed tabs store and the ways people
 * write it: ISO 3166 alpha-2 and alpha-3 codes and English and local names. Britain is `UK`, as
 * TikTok Shop writes it, not ISO's `GB`.
 */
const COUNTRIES: readonly (readonly [code: string, ...spellings: string[]])[] = [
  ['US', 'USA', 'United States', 'United States of America', 'America'],
  ['UK', 'GB', 'GBR', 'United Kingdom', 'Great Britain', 'Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
  ['IE', 'IRL', 'Ireland', 'Republic of Ireland', 'Eire'],
  ['CA', 'CAN', 'Canada'],
  ['MX', 'MEX', 'Mexico'],
  ['BR', 'BRA', 'Brazil', 'Brasil'],
  ['AR', 'ARG', 'Argentina'],
  ['CO', 'COL', 'Colombia'],
  ['CL', 'CHL', 'Chile'],
  ['DE', 'DEU', 'Germany', 'Deutschland'],
  ['FR', 'FRA', 'France'],
  ['ES', 'ESP', 'Spain', 'Espana'],
  ['IT', 'ITA', 'Italy', 'Italia'],
  ['PT', 'PRT', 'Portugal'],
  ['NL', 'NLD', 'Netherlands', 'Holland'],
  ['BE', 'BEL', 'Belgium'],
  ['CH', 'CHE', 'Switzerland'],
  ['AT', 'AUT', 'Austria'],
  ['PL', 'POL', 'Poland'],
  ['SE', 'SWE', 'Sweden'],
  ['NO', 'NOR', 'Norway'],
  ['DK', 'DNK', 'Denmark'],
  ['FI', 'FIN', 'Finland'],
  ['TR', 'TUR', 'Turkey', 'Turkiye'],
  ['AE', 'ARE', 'United Arab Emirates', 'UAE'],
  ['SA', 'SAU', 'Saudi Arabia', 'KSA'],
  ['IL', 'ISR', 'Israel'],
  ['ZA', 'ZAF', 'South Africa'],
  ['NG', 'NGA', 'Nigeria'],
  ['IN', 'IND', 'India'],
  ['CN', 'CHN', 'China'],
  ['HK', 'HKG', 'Hong Kong'],
  ['TW', 'TWN', 'Taiwan'],
  ['JP', 'JPN', 'Japan'],
  ['KR', 'KOR', 'South Korea', 'Korea'],
  ['SG', 'SGP', 'Singapore'],
  ['MY', 'MYS', 'Malaysia'],
  ['TH', 'THA', 'Thailand'],
  ['VN', 'VNM', 'Vietnam', 'Viet Nam'],
  ['PH', 'PHL', 'Philippines'],
  ['ID', 'IDN', 'Indonesia'],
  ['AU', 'AUS', 'Australia'],
  ['NZ', 'NZL', 'New Zealand'],
];

/** Case, accents, dots and a leading 'the' do not matter: 'U.S.', 'the United States', 'México'. */
function regionKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

const CODE_OF = new Map(
  COUNTRIES.flatMap(([code, ...spellings]) => [code, ...spellings].map((s) => [regionKey(s), code])),
);

const REGIONAL_INDICATOR_A = 0x1f1e6;

/** A flag emoji (🇺🇸, 🇬🇧) is two regional-indicator letters: its country code. */
function flagLetters(text: string): string | undefined {
  const points = [...text].map((char) => char.codePointAt(0)! - REGIONAL_INDICATOR_A);
  if (points.length !== 2 || points.some((p) => p < 0 || p > 25)) return undefined;
  return String.fromCharCode(...points.map((p) => 65 + p));
}

/** The country code for a name, code or flag ('United Kingdom', 'gb', 'U.S.A.', '🇺🇸'), or undefined. */
export function regionCode(text: string): string | undefined {
  return CODE_OF.get(regionKey(flagLetters(text) ?? text));
}

/** A region as a country code; a region the table does not know is kept as written, with a warning. */
export function parseRegion(raw: unknown): Parsed<string> {
  const screened = screenCell(raw);
  if (screened) return screened;
  const text = cleanText(raw);
  const code = regionCode(text);
  if (code) return parsed(code);
  return {
    value: text,
    warning: `'${text}' is not a country Creator Ops knows, so it is kept as written (here and on every row with it); write a country code such as US or UK if it is one`,
  };
}
