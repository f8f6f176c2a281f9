import { headerText, senderName, singleAddress } from '../../../src/core/followups/mailHeaders';

describe('header safety', () => {
  test.each([
    ['Hello\r\nBcc: evil@x.com', 'Hello Bcc: evil@x.com'],
    ['a\nb', 'a b'],
    ['a\u0000b', 'a b'],
    ['tab\tin', 'tab in'],
    ['line\u2028sep', 'line sep'],
    ['  plain  ', 'plain'],
  ])('headerText(%j) is one line', (input, expected) => {
    expect(headerText(input)).toBe(expected);
    expect(headerText(input)).not.toMatch(/[\r\n\u0000]/);
  });

  test('a sender name cannot carry an address or a line break', () => {
    expect(senderName('Dana "Shop" <dana@x.com>\r\nBcc: y@z.com')).toBe('Dana Shop dana@x.com Bcc: y@z.com');
  });

  test.each([
    'a@x.com, b@y.com',
    'a@x.com;b@y.com',
    'a@x.com\nb@y.com',
    'a@x.com\r\nBcc: b@y.com',
    'not an address',
    '',
    'a@@x.com',
  ])('%j is not one address', (raw) => {
    expect(singleAddress(raw)).toHaveProperty('problem');
  });

  test('a display name is dropped, the domain lower-cased', () => {
    expect(singleAddress('Jane <Jane@Example.COM>')).toEqual({ address: 'Jane@example.com' });
  });
});
