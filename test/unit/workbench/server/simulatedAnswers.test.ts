import {
  colleagueOf,
  simulatedAnswer,
  spokenDate,
  type AnswerKind,
} from '../../../../workbench/server/simulatedAnswers';
import { proposal, user } from './mailboxFixture';

const priya = proposal.to[0] ?? { name: '', email: '' };
const nowMs = Date.UTC(2026, 10, 20, 8, 0, 0);

function answer(kind: AnswerKind, returnDate?: string) {
  return simulatedAnswer({
    kind,
    sent: proposal,
    recipient: priya,
    recipientZone: 'Asia/Singapore',
    user,
    nowMs,
    ...(returnDate ? { returnDate } : {}),
    ids: { itemId: 'ans-1', internetMessageId: '<ans-1@contoso.example>' },
  });
}

describe('simulatedAnswers', () => {
  it('a reply comes from the recipient, in the thread, dated in their zone, unread in the Inbox', () => {
    const reply = answer('reply');
    expect(reply).toMatchObject({
      id: 'ans-1',
      folder: 'inbox',
      from: priya,
      to: [{ name: user.name, email: user.email }],
      subject: 'RE: Proposal',
      conversationId: 'conv-1',
      inReplyTo: '<sent-1@northwind.example>',
      sentAt: '2026-11-20T16:00:00+08:00',
      read: false,
      itemClass: 'IPM.Note',
    });
    expect(reply.headers).toEqual({});
  });

  it('a colleague replies from another address at the same domain, with the recipient in Cc', () => {
    const colleague = answer('replyFromColleague');
    expect(colleague.from.email).toMatch(/@contoso\.example$/);
    expect(colleague.from.email).not.toBe(priya.email);
    expect(colleague.cc).toEqual([priya]);
    expect(colleague.conversationId).toBe('conv-1');
    expect(colleagueOf({ name: 'Jordan Lee', email: 'jordan.lee@contoso.example' }).email).not.toBe(
      'jordan.lee@contoso.example',
    );
  });

  it('an out-of-office is an Exchange auto-reply with its return date', () => {
    const ooo = answer('outOfOffice', '2026-11-30');
    expect(ooo.subject).toBe('Automatic reply: Proposal');
    expect(ooo.itemClass).toBe('IPM.Note.Rules.OofTemplate.Microsoft');
    expect(ooo.headers).toMatchObject({
      'Auto-Submitted': 'auto-replied',
      'X-Auto-Response-Suppress': 'All',
    });
    expect(ooo.body).toContain('until Monday 30 November 2026');
    expect(spokenDate('2026-11-30')).toBe('Monday 30 November 2026');
  });

  it('a bounce is a delivery-status report from the mailer-daemon naming the failed recipient', () => {
    const bounce = answer('bounce');
    expect(bounce.from.email).toBe('MAILER-DAEMON@mx.northwind.example');
    expect(bounce.headers['Content-Type']).toMatch(
      /^multipart\/report; report-type=delivery-status; boundary=/,
    );
    expect(bounce.itemClass).toBe('REPORT.IPM.Note.NDR');
    expect(bounce.body).toContain(`Final-Recipient: rfc822; ${priya.email}`);
    expect(bounce.body).toContain('Status: 5.1.1');
    expect(bounce.body).toContain('Message-ID: <sent-1@northwind.example>');
  });

  it('"no longer with the company" is an auto-reply that says so and names someone else', () => {
    const left = answer('leftCompany');
    expect(left.headers['Auto-Submitted']).toBe('auto-replied');
    expect(left.body).toContain('Priya Raman is no longer with Contoso');
    expect(left.body).toMatch(/contact .+@contoso\.example/);
  });
});
