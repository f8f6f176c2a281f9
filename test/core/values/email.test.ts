import { parseEmail } from '../../../src/core/values';

describe('parseEmail', () => {
  it.each<[unknown, string]>([
    ['jane@x.com', 'jane@x.com'],
    [' Jane@Example.COM\t', 'Jane@example.com'],
    ['mailto:jane@x.com', 'jane@x.com'],
    ['MAILTO:jane@x.com', 'jane@x.com'],
    ['Jane Doe <jane@x.com>', 'jane@x.com'],
    ['"Doe, Jane" <Jane@X.COM>', 'Jane@x.com'],
    ['<jane@x.com>', 'jane@x.com'],
    ['jane.doe+tiktok@mail.x.co.uk', 'jane.doe+tiktok@mail.x.co.uk'],
    ["o'brien@my-shop.com", "o'brien@my-shop.com"],
  ])('parseEmail(%p) is %p', (raw, expected) => {
    expect(parseEmail(raw)).toEqual({ value: expected });
  });

  it.each<[unknown, string]>([
    ['a@x.com, b@y.com', "'a@x.com, b@y.com' has a ',' or ';' in it: keep one address per cell"],
    ['a@x.com;b@y.com', "'a@x.com;b@y.com' has a ',' or ';' in it: keep one address per cell"],
    ['a@x.com\nb@y.com', "'a@x.com\nb@y.com' has a line break in it: keep one address per cell"],
    ['a@x.com\rb', "'a@x.com\rb' has a line break in it: keep one address per cell"],
    ['jane @x.com', "'jane @x.com' has a space in it: remove it"],
    ['janex.com', "'janex.com' has no @: an email address looks like name@example.com"],
    ['a@b@c.com', "'a@b@c.com' has more than one @: keep one address per cell"],
    ['@x.com', "'@x.com' has no valid name before the @ (like 'jane' in jane@example.com)"],
    ['jane.@x.com', "'jane.@x.com' has no valid name before the @ (like 'jane' in jane@example.com)"],
    ['jane@x', "'jane@x' has no valid domain after the @ (like 'example.com' in jane@example.com)"],
    ['jane@x..com', "'jane@x..com' has no valid domain after the @ (like 'example.com' in jane@example.com)"],
    ['jane@-x.com', "'jane@-x.com' has no valid domain after the @ (like 'example.com' in jane@example.com)"],
    ['jane@x.com.', "'jane@x.com.' has no valid domain after the @ (like 'example.com' in jane@example.com)"],
    ['jane@x.c', "'jane@x.c' has no valid domain after the @ (like 'example.com' in jane@example.com)"],
    [12345, "'12345' is not an email address: write one like name@example.com"],
  ])('%p is a problem', (raw, problem) => {
    expect(parseEmail(raw)).toEqual({ value: null, problem });
  });
});
