import fc from 'fast-check';
import {
  cleanText,
  errorCellProblem,
  isBlank,
  normalizeHandle,
  parseBoolean,
  parseCount,
  parseCurrency,
  parseDate,
  parseEmail,
  parseEnum,
  parseId,
  parseInteger,
  parseMoney,
  parsePercent,
  screenCell,
  screenText,
  ORDER_STATUS_SYNONYMS,
} from '../../../src/core/values';
import { ORDER_STATUSES } from '../../../src/core/schema';

/** The error codes a sheet shows, spelled out as the contract (the source keeps its own set). */
const ERROR_CODES = [
  '#N/A',
  '#REF!',
  '#VALUE!',
  '#DIV/0!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#ERROR!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
];

describe('cleanText', () => {
  it.each<[unknown, string]>([
    [null, ''],
    [undefined, ''],
    ['', ''],
    ['  abc\t', 'abc'],
    ['576461413070000001\t', '576461413070000001'],
    ['\u00a0abc\u00a0', 'abc'],
    ['abc\r\n', 'abc'],
    ['\u200babc\ufeff', 'abc'],
    ['a  b', 'a  b'],
    [123, '123'],
    [-1.5, '-1.5'],
    [729000000000000000, '729000000000000000'],
    [1e21, '1000000000000000000000'],
    [1.5e-7, '0.00000015'],
    [-2.5e-10, '-0.00000000025'],
    [true, 'TRUE'],
    [false, 'FALSE'],
    [new Date('2026-03-14T00:00:00Z'), '2026-03-14'],
    [new Date('2026-03-14T17:02:11Z'), '2026-03-14T17:02:11'],
    [new Date(NaN), ''],
  ])('cleanText(%p) is %p', (raw, expected) => {
    expect(cleanText(raw)).toBe(expected);
  });

  it('writes dates as the wall clock of the given zone', () => {
    expect(cleanText(new Date('2026-03-14T07:00:00Z'), 'America/Los_Angeles')).toBe('2026-03-14');
    expect(cleanText(new Date('2026-03-15T00:02:11Z'), 'America/Los_Angeles')).toBe('2026-03-14T17:02:11');
  });
});

describe('isBlank', () => {
  it.each(['', '   ', '\t', '-', '--', '—', '–', 'n/a', 'N/A', 'none', 'NULL', ' - ', null, undefined])(
    '%p is blank',
    (raw) => {
      expect(isBlank(raw)).toBe(true);
    },
  );
  it.each([0, '0', 'none of them', 'x', false, '#N/A', new Date('2026-03-14T00:00:00Z')])('%p is not blank', (raw) => {
    expect(isBlank(raw)).toBe(false);
  });
});

describe('errorCellProblem', () => {
  it.each(ERROR_CODES)('reports %s', (code) => {
    expect(errorCellProblem(code)).toBe(
      `the cell shows the error ${code}; fix the formula in the source tab or clear the cell`,
    );
  });
  it('matches case-insensitively and trimmed, naming the code in capitals', () => {
    expect(errorCellProblem(' #n/a\t')).toBe(
      'the cell shows the error #N/A; fix the formula in the source tab or clear the cell',
    );
    expect(errorCellProblem('#div/0!')).toContain('#DIV/0!');
  });
  it.each(['#N/A here', 'N/A', '#', 'hello', 42, true, ''])('does not report %p', (raw) => {
    expect(errorCellProblem(raw)).toBeUndefined();
  });
});

describe('every parser', () => {
  const parsers: Record<string, (raw: unknown) => { value: unknown; problem?: string; warning?: string }> = {
    parseId,
    parseMoney: (raw) => parseMoney(raw),
    parsePercent: (raw) => parsePercent(raw),
    parseCount,
    parseInteger,
    normalizeHandle,
    parseEmail,
    parseDate: (raw) => parseDate(raw, { timeZone: 'UTC' }),
    parseEnum: (raw) => parseEnum(raw, ORDER_STATUSES, ORDER_STATUS_SYNONYMS),
    parseCurrency,
    parseBoolean,
  };
  const cases = Object.entries(parsers);

  it.each(cases)('%s reports error cells as problems', (_name, parse) => {
    for (const code of ['#N/A', '#REF!', ' #value! ', '#DIV/0!\t']) {
      expect(parse(code)).toEqual({ value: null, problem: errorCellProblem(code) });
    }
  });

  it.each(cases)('%s reads placeholders as blank, without a problem', (_name, parse) => {
    for (const blank of ['', '  ', '\t', '-', '—', 'n/a', 'N/A', 'none', 'null', null, undefined]) {
      expect(parse(blank)).toEqual({ value: null });
    }
  });
});

describe('the shortcuts of the text screens', () => {
  // The definitions the shortcuts must keep: JS whitespace and the zero-width characters at the ends,
  // error codes in any case, blank words in any case.
  const EDGE_SPACE = /^[\s\u200b-\u200d\u2060]+|[\s\u200b-\u200d\u2060]+$/g;
  const BLANKS = ['', '-', '--', '–', '—', 'n/a', 'none', 'null'];
  const spaces = [' ', '\t', '\n', '\u00a0', '\u200b', '\u2060', '\ufeff', '\u3000'];
  const unit = fc.constantFrom(...spaces, ...'#nNoOeElLuUaA/-–—!?0ßıİ_xX'.split(''));
  const padded = (word: fc.Arbitrary<string>) =>
    fc
      .tuple(
        fc.string({ unit: fc.constantFrom(...spaces), maxLength: 2 }),
        word,
        fc.string({ unit: fc.constantFrom(...spaces), maxLength: 2 }),
      )
      .map(([before, text, after]) => before + text + after);
  const anyCase = (words: string[]) =>
    fc
      .tuple(fc.constantFrom(...words), fc.array(fc.boolean(), { minLength: 14, maxLength: 14 }))
      .map(([word, upper]) => [...word].map((c, i) => (upper[i] ? c.toUpperCase() : c.toLowerCase())).join(''));
  const texts = fc.oneof(fc.string({ unit, maxLength: 16 }), padded(anyCase(ERROR_CODES)), padded(anyCase(BLANKS)));

  it('cleanText trims exactly the edge spaces', () => {
    fc.assert(
      fc.property(texts, (text) => expect(cleanText(text)).toBe(text.replace(EDGE_SPACE, ''))),
      {
        numRuns: 3000,
      },
    );
  });

  it('screenCell and screenText find the error codes and blank words, and only them', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const clean = text.replace(EDGE_SPACE, '');
        const code = clean.toUpperCase();
        const expected = ERROR_CODES.includes(code)
          ? {
              value: null,
              problem: `the cell shows the error ${code}; fix the formula in the source tab or clear the cell`,
            }
          : BLANKS.includes(clean.toLowerCase())
            ? { value: null }
            : undefined;
        expect(screenCell(text)).toEqual(expected);
        expect(screenText(clean)).toEqual(expected);
        expect(errorCellProblem(text)).toBe(expected?.problem);
        expect(isBlank(text)).toBe(expected !== undefined && expected.problem === undefined);
      }),
      { numRuns: 3000 },
    );
  });
});
