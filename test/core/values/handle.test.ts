import fc from 'fast-check';
import { cleanText, handleByPatterns, normalizeHandle, screenCell } from '../../../src/core/values';

describe('normalizeHandle', () => {
  it.each<[unknown, string]>([
    ['@Jane.Doe ', 'jane.doe'],
    ['tiktok.com/@jane.doe/video/123', 'jane.doe'],
    ['\u00a0@jane.doe\u200b', 'jane.doe'],
    ['＠Ｊａｎｅ.doe', 'jane.doe'],
    ['https://www.tiktok.com/%40jane.doe?lang=en', 'jane.doe'],
    ['HTTPS://WWW.TIKTOK.COM/@JANE.DOE/live', 'jane.doe'],
    ['  @Jane.Doe\t', 'jane.doe'],
    ['jane_doe', 'jane_doe'],
    ['@@jane', 'jane'],
    ['JANE', 'jane'],
    ['https://www.tiktok.com/@jane.doe?lang=en', 'jane.doe'],
    ['https://www.tiktok.com/@jane.doe/', 'jane.doe'],
    ['http://tiktok.com/@x_y?is_from_webapp=1&sender_device=pc', 'x_y'],
    ['tiktok.com/@Jane_Doe/video/123', 'jane_doe'],
    ['www.tiktok.com/@xy', 'xy'],
    ['m.tiktok.com/@abc#top', 'abc'],
    [12345, '12345'],
    ['a'.repeat(24), 'a'.repeat(24)],
  ])('normalizeHandle(%p) is %p', (raw, expected) => {
    expect(normalizeHandle(raw)).toEqual({ value: expected });
  });

  it('removes spaces inside a handle and warns', () => {
    expect(normalizeHandle('Jane Doe')).toEqual({
      value: 'janedoe',
      warning: "'Jane Doe' has spaces in it; read as the handle 'janedoe'",
    });
    expect(normalizeHandle('@jane .doe').value).toBe('jane.doe');
  });

  it.each<[unknown, string]>([
    ['jane-doe', "'jane-doe' has '-' in it: a TikTok username has only letters, digits, _ and ."],
    ['josé', "'josé' has 'é' in it: a TikTok username has only letters, digits, _ and ."],
    ['@jane (TikTok)', "'@jane (TikTok)' has '(' in it: a TikTok username has only letters, digits, _ and ."],
    ['jane@x.com', "'jane@x.com' has '@' in it: a TikTok username has only letters, digits, _ and ."],
    ['@x', "'@x' is too short: a TikTok username has 2 to 24 characters"],
    ['www.tiktok.com/@x', "'www.tiktok.com/@x' is too short: a TikTok username has 2 to 24 characters"],
    ['a'.repeat(25), `'${'a'.repeat(25)}' is too long: a TikTok username has 2 to 24 characters`],
    ['@', "'@' is too short: a TikTok username has 2 to 24 characters"],
    [
      'https://vm.tiktok.com/ZMabc123/',
      "'https://vm.tiktok.com/ZMabc123/' has no @username in it: open the link and paste the profile's @username instead",
    ],
    [
      'https://www.instagram.com/jane',
      "'https://www.instagram.com/jane' is not a TikTok profile link: use the TikTok @username",
    ],
    ['nottiktok.com/@jane', "'nottiktok.com/@jane' is not a TikTok profile link: use the TikTok @username"],
  ])('%p is a problem', (raw, problem) => {
    expect(normalizeHandle(raw)).toEqual({ value: null, problem });
  });

  it('is idempotent', () => {
    const pieces = fc.constantFrom(
      'a',
      'Z',
      '9',
      '_',
      '.',
      '@',
      ' ',
      '-',
      'é',
      'https://www.tiktok.com/@',
      'tiktok.com/@',
      '/video/1',
      '?lang=en',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const once = normalizeHandle(parts.join(''));
        if (once.value === null) return;
        expect(normalizeHandle(once.value)).toEqual({ value: once.value });
      }),
      { numRuns: 500 },
    );
  });
});

describe('normalizeHandle of the plain handles', () => {
  const usernameChar = fc.constantFrom(...'abcxyzABCXYZ0189_.'.split(''));
  const nearChar = fc.constantFrom(...'@ /:?-%é＠ｊ\t'.split(''), 'www.', 'WWW.', 'https://', 'tiktok.com/@');
  const plain = fc
    .tuple(fc.constantFrom('', '@', '@@'), fc.string({ unit: usernameChar, minLength: 0, maxLength: 26 }))
    .map(([at, name]) => at + name);
  const near = fc
    .tuple(plain, fc.nat(), nearChar)
    .map(([text, at, insert]) => text.slice(0, at % (text.length + 1)) + insert + text.slice(at % (text.length + 1)));

  it('is what the patterns read, for plain handles and cells near them', () => {
    fc.assert(
      fc.property(fc.oneof(plain, near, fc.constantFrom('none', 'NULL', 'www.jane', 'Www.x', '@www.jane')), (text) => {
        fc.pre(screenCell(text) === undefined);
        expect(normalizeHandle(text)).toEqual(handleByPatterns(cleanText(text)));
      }),
      { numRuns: 3000 },
    );
  });
});
