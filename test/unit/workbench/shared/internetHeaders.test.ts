import {
  internetHeaderBlock,
  isoOffsetMinutes,
  mailbox,
  rfc5322Date,
} from '../../../../workbench/shared/internetHeaders';
import type { MailMessage } from '../../../../workbench/shared/mailMessage';

const message: MailMessage = {
  id: 'm1',
  folder: 'inbox',
  subject: 'Automatic reply: Quote',
  from: { name: 'Lena Hoffmann', email: 'lena@tailspin.example' },
  to: [{ name: 'Dana, Whitfield', email: 'dana@northwind.example' }],
  cc: [],
  bcc: [{ name: 'Hidden', email: 'hidden@northwind.example' }],
  body: '',
  sentAt: '2026-11-17T12:05:30-03:00',
  conversationId: 'c1',
  internetMessageId: '<a@tailspin.example>',
  inReplyTo: '<b@northwind.example>',
  references: ['<b@northwind.example>'],
  headers: { 'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All' },
  itemClass: 'IPM.Note.Rules.OofTemplate.Microsoft',
  customProperties: {},
  notifications: [],
  read: false,
};

describe('internetHeaders', () => {
  it('writes RFC 5322 dates in the offset the ISO time was written with', () => {
    expect(rfc5322Date('2026-11-17T12:05:30-03:00')).toBe('Tue, 17 Nov 2026 12:05:30 -0300');
    expect(rfc5322Date('2026-03-29T01:00:00+05:45')).toBe('Sun, 29 Mar 2026 01:00:00 +0545');
    expect(isoOffsetMinutes('2026-01-01T00:00:00Z')).toBe(0);
  });

  it('quotes display names that need it', () => {
    expect(mailbox({ name: 'Dana, Whitfield', email: 'd@x.example' })).toBe(
      '"Dana, Whitfield" <d@x.example>',
    );
    expect(mailbox({ name: 'Dana Whitfield', email: 'd@x.example' })).toBe('Dana Whitfield <d@x.example>');
    expect(mailbox({ name: '', email: 'd@x.example' })).toBe('d@x.example');
  });

  it('lists standard headers, threading and the extra headers, CRLF-terminated, never Bcc', () => {
    const block = internetHeaderBlock(message);
    const lines = block.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines).toEqual(
      expect.arrayContaining([
        'From: Lena Hoffmann <lena@tailspin.example>',
        'To: "Dana, Whitfield" <dana@northwind.example>',
        'Subject: Automatic reply: Quote',
        'Thread-Topic: Automatic reply: Quote',
        'Date: Tue, 17 Nov 2026 12:05:30 -0300',
        'Message-ID: <a@tailspin.example>',
        'In-Reply-To: <b@northwind.example>',
        'Auto-Submitted: auto-replied',
        'X-Auto-Response-Suppress: All',
        'Content-Type: text/plain; charset="utf-8"',
      ]),
    );
    expect(block).not.toContain('hidden@');
  });

  it('takes the Content-Type from the message when it has one (a delivery report)', () => {
    const report = {
      ...message,
      headers: { 'Content-Type': 'multipart/report; report-type=delivery-status' },
    };
    const types = internetHeaderBlock(report)
      .split('\r\n')
      .filter((l) => l.startsWith('Content-Type'));
    expect(types).toEqual(['Content-Type: multipart/report; report-type=delivery-status']);
  });
});
