import { mimeMessage, newMessageId, rawMessage } from '../../../src/core/mail/mime';

const mail = {
  from: { address: 'dana@shop.example', name: 'Dana at Glow' },
  to: 'jane@example.com',
  subject: 'Your Glow Serum sample is on its way',
  body: 'Hi Jane,\nIt ships today.\n\nThe team',
  replyTo: 'dana@shop.example',
  messageId: '<creator-ops.abc@shop.example>',
};

function decode(raw: string): string {
  return Buffer.from(raw.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
}

function parts(message: string): { headers: Record<string, string>; body: string } {
  const [head, body] = message.split('\r\n\r\n');
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n')) {
    const at = line.indexOf(': ');
    headers[line.slice(0, at)] = line.slice(at + 2);
  }
  return { headers, body: Buffer.from(body.replace(/\r\n/g, ''), 'base64').toString('utf8') };
}

describe('mimeMessage', () => {
  test('a new conversation: sender, recipient, subject and our Message-ID, no reply headers', () => {
    const { headers, body } = parts(mimeMessage(mail));
    expect(headers).toMatchObject({
      From: '"Dana at Glow" <dana@shop.example>',
      To: 'jane@example.com',
      'Reply-To': 'dana@shop.example',
      Subject: 'Your Glow Serum sample is on its way',
      'Message-ID': '<creator-ops.abc@shop.example>',
      'Content-Type': 'text/plain; charset=UTF-8',
    });
    expect(headers['In-Reply-To']).toBeUndefined();
    expect(body).toBe('Hi Jane,\r\nIt ships today.\r\n\r\nThe team');
  });

  test('a follow-up answers the last message and lists the whole thread', () => {
    const { headers } = parts(mimeMessage({ ...mail, references: ['<one@shop.example>', '<two@shop.example>'] }));
    expect(headers['In-Reply-To']).toBe('<two@shop.example>');
    expect(headers.References).toBe('<one@shop.example> <two@shop.example>');
  });

  test('non-ASCII subjects and names are encoded words that decode back; the body keeps emoji', () => {
    const subject = 'Échantillon prêt ✨ — merci, Zoë! '.repeat(3).trim();
    const message = mimeMessage({
      ...mail,
      subject,
      from: { address: mail.from.address, name: 'Café Ölé' },
      body: '👋 Hi',
    });
    const { headers, body } = parts(message);
    const words = headers.Subject.split(' ');
    expect(words.every((word) => /^=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=$/.test(word) && word.length <= 75)).toBe(true);
    const decoded = words.map((word) => Buffer.from(word.slice(10, -2), 'base64').toString('utf8')).join('');
    expect(decoded).toBe(subject);
    expect(headers.From).toMatch(/^=\?UTF-8\?B\?.+\?= <dana@shop\.example>$/);
    expect(body).toBe('👋 Hi');
  });

  test('a header cannot be broken out of: line breaks in the subject become spaces', () => {
    const { headers } = parts(mimeMessage({ ...mail, subject: 'Hi\r\nBcc: everyone@example.com' }));
    expect(headers.Subject).toBe('Hi Bcc: everyone@example.com');
    expect(headers.Bcc).toBeUndefined();
  });

  test('no line passes 78 characters, however long the body', () => {
    const message = mimeMessage({ ...mail, body: 'word '.repeat(2000) });
    expect(Math.max(...message.split('\r\n').map((line) => line.length))).toBeLessThanOrEqual(78);
  });

  test('raw is the message in URL-safe base64 without padding', () => {
    const raw = rawMessage({ ...mail, body: 'ÿÿÿ???>>>' });
    expect(raw).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decode(raw)).toBe(mimeMessage({ ...mail, body: 'ÿÿÿ???>>>' }));
  });
});

describe('newMessageId', () => {
  test('is at the sender domain and differs by what it is about and when', () => {
    const at = new Date('2026-03-02T17:00:00Z');
    const id = newMessageId('Brief|S-1|2026-03-02', at, 'dana@shop.example');
    expect(id).toMatch(/^<creator-ops\.[a-z0-9]+\.[a-z0-9]+@shop\.example>$/);
    expect(newMessageId('Brief|S-2|2026-03-02', at, 'dana@shop.example')).not.toBe(id);
    expect(newMessageId('Brief|S-1|2026-03-02', new Date(at.getTime() + 1), 'dana@shop.example')).not.toBe(id);
  });
});
