import type { HeaderedMessage } from '../../../src/core/mail/answers';
import { threadAnswer } from '../../../src/core/mail/answers';

const ours: HeaderedMessage = {
  labelIds: ['SENT'],
  headers: { From: 'Dana <dana@shop.example>', Subject: 'Your sample' },
};
const message = (headers: Record<string, string>, labelIds = ['INBOX']): HeaderedMessage => ({ labelIds, headers });

describe('threadAnswer', () => {
  test('only our own messages: nothing came back', () => {
    expect(threadAnswer([ours, ours], 'dana@shop.example')).toBeUndefined();
  });

  test("a person's answer is a reply", () => {
    const reply = message({ From: 'Jane <jane@example.com>', Subject: 'Re: Your sample' });
    expect(threadAnswer([ours, reply], 'dana@shop.example')).toBe('replied');
  });

  test('a message from our own address in another client is not a reply', () => {
    expect(
      threadAnswer([ours, message({ From: 'dana@shop.example', Subject: 'Re: x' })], 'dana@shop.example'),
    ).toBeUndefined();
  });

  test.each([
    [
      {
        From: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
        Subject: 'Delivery Status Notification (Failure)',
      },
    ],
    [{ From: 'postmaster@example.com', Subject: 'Undeliverable: Your sample' }],
    [{ From: 'x@example.com', Subject: 'Returned', 'X-Failed-Recipients': 'jane@example.com' }],
    [{ From: 'x@example.com', Subject: 'Report', 'Content-Type': 'multipart/report; report-type=delivery-status' }],
  ])('a delivery failure is a bounce: %j', (headers) => {
    expect(threadAnswer([ours, message(headers)], 'dana@shop.example')).toBe('bounced');
  });

  test('an out-of-office is not an answer', () => {
    const away = message({ From: 'jane@example.com', Subject: 'Out of office', 'Auto-Submitted': 'auto-replied' });
    expect(threadAnswer([ours, away], 'dana@shop.example')).toBeUndefined();
  });

  test.each(['Unsubscribe', 'Re: Your sample - please stop emailing me', 'remove me', 'Opt-out'])(
    'a request to stop in the subject (%s) is an opt-out, and outranks an earlier reply',
    (subject) => {
      const reply = message({ From: 'jane@example.com', Subject: 'Re: Your sample' });
      expect(
        threadAnswer([ours, reply, message({ From: 'jane@example.com', Subject: subject })], 'dana@shop.example'),
      ).toBe('opted out');
    },
  );
});
