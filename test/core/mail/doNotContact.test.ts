import { blockedBy, readDoNotContact } from '../../../src/core/mail/doNotContact';
import { DO_NOT_CONTACT_HEADERS } from '../../../src/core/schema';

const list = readDoNotContact([
  DO_NOT_CONTACT_HEADERS.slice(),
  ['Jane.Doe@Example.COM', '', 'bounced', ''],
  ['', '@Omar.K', '', ''],
  ['', 'https://www.tiktok.com/@lee.makes?lang=en', 'opted out', ''],
  ['not an address', '', 'typo', ''],
]);

describe('Do not contact', () => {
  test('an address blocks whatever its case', () => {
    expect(blockedBy(list, 'jane.doe@example.com')).toBe('jane.doe@example.com is in Do not contact (bounced)');
    expect(blockedBy(list, 'JANE.DOE@example.com', 'someone')).toMatch(/bounced/);
  });

  test('a handle, written any way an operator writes it, blocks that creator at any address', () => {
    expect(blockedBy(list, 'omar@new.example', 'omar.k')).toBe('@omar.k is in Do not contact (added by you)');
    expect(blockedBy(list, 'lee@example.com', 'lee.makes')).toBe('@lee.makes is in Do not contact (opted out)');
  });

  test('anyone else may be emailed', () => {
    expect(blockedBy(list, 'kim@example.com', 'kim.glow')).toBeUndefined();
  });

  test("a creator's earlier handle blocks them too", () => {
    expect(blockedBy(list, 'omar@new.example', 'omar.k2', 'omar.k')).toBe(
      '@omar.k is in Do not contact (added by you)',
    );
  });
});
