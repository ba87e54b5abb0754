/**
 * Answers a recipient (or their mail system) sends to one of the user's sent messages, shaped as real
 * mail arrives: a reply in the thread, a reply from a colleague at the same domain, an Exchange
 * out-of-office auto-reply with its return date, a bounce (RFC 3464 delivery-status report from the
 * mailer-daemon), and a "no longer with the company" auto-reply. Pure: ids and time are inputs.
 */
import { isoInZone } from '../shared/zonedIso';
import type { MailMessage, MailPerson } from '../shared/mailMessage';
import { quotedOriginal } from '../shared/quotedOriginal';
import { subjectNormalized } from '../shared/subjectPrefix';

export const ANSWER_KINDS = ['reply', 'replyFromColleague', 'outOfOffice', 'bounce', 'leftCompany'] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

export interface AnswerInput {
  readonly kind: AnswerKind;
  readonly sent: MailMessage;
  /** The recipient who answers (or whose address bounces). */
  readonly recipient: MailPerson;
  /** The recipient's IANA zone: their answer is dated there. */
  readonly recipientZone: string;
  readonly user: MailPerson & { readonly timeZone: string };
  readonly nowMs: number;
  /** Out of office: the date they are back (YYYY-MM-DD). */
  readonly returnDate?: string;
  readonly ids: { readonly itemId: string; readonly internetMessageId: string };
}

const COLLEAGUES = ['Jordan Lee', 'Sam Patel', 'Alex Moreau', 'Maria Santos', 'Chris Novak'];

function firstName(person: MailPerson): string {
  return (person.name.split(/\s+/)[0] ?? '') || person.email.split('@')[0] || '';
}

function domainOf(email: string): string {
  return email.split('@')[1] ?? 'example.com';
}

/** A colleague of `person` at the same domain (deterministic, never the person's own address). */
export function colleagueOf(person: MailPerson): MailPerson {
  const seed = [...person.email].reduce((sum, c) => sum + c.charCodeAt(0), 0);
  for (let i = 0; i < COLLEAGUES.length; i += 1) {
    const name = COLLEAGUES[(seed + i) % COLLEAGUES.length] ?? 'Jordan Lee';
    const email = `${name.toLowerCase().replace(/\s+/g, '.')}@${domainOf(person.email)}`;
    if (email !== person.email.toLowerCase()) return { name, email };
  }
  return { name: 'Jordan Lee', email: `jordan.lee@${domainOf(person.email)}` };
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "Monday 30 November 2026" for a YYYY-MM-DD date (fixed English, whatever the ICU data). */
export function spokenDate(date: string): string {
  const day = new Date(`${date}T12:00:00Z`);
  return `${WEEKDAYS[day.getUTCDay()]} ${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
}

function base(input: AnswerInput, from: MailPerson, zone: string): MailMessage {
  const { sent, user } = input;
  return {
    id: input.ids.itemId,
    folder: 'inbox',
    subject: `RE: ${subjectNormalized(sent.subject)}`,
    from,
    to: [{ name: user.name, email: user.email }],
    cc: [],
    bcc: [],
    body: '',
    sentAt: isoInZone(input.nowMs, zone),
    conversationId: sent.conversationId,
    internetMessageId: input.ids.internetMessageId,
    inReplyTo: sent.internetMessageId,
    references: [...sent.references, ...(sent.internetMessageId ? [sent.internetMessageId] : [])],
    headers: {},
    itemClass: 'IPM.Note',
    customProperties: {},
    notifications: [],
    read: false,
  };
}

const AUTO_REPLY_HEADERS = (from: MailPerson) => ({
  'Auto-Submitted': 'auto-replied',
  'X-Auto-Response-Suppress': 'All',
  'X-MS-Exchange-Inbox-Rules-Loop': from.email,
  'Content-Language': 'en-US',
});

/** The message the answer of `input.kind` puts in the user's Inbox. */
export function simulatedAnswer(input: AnswerInput): MailMessage {
  const { sent, recipient, user, recipientZone } = input;
  const greeting = `Hi ${firstName(user)},`;
  switch (input.kind) {
    case 'reply':
      return {
        ...base(input, recipient, recipientZone),
        body: `${greeting}\n\nThanks for this. That works for us, let's go ahead.\n\nBest,\n${firstName(recipient)}\n${quotedOriginal(sent)}`,
      };
    case 'replyFromColleague': {
      const colleague = colleagueOf(recipient);
      return {
        ...base(input, colleague, recipientZone),
        cc: [recipient],
        body: `${greeting}\n\n${firstName(recipient)} asked me to pick this up. We are in, and I will be your contact from now on.\n\nKind regards,\n${colleague.name}\n${quotedOriginal(sent)}`,
      };
    }
    case 'outOfOffice': {
      const back = input.returnDate ?? isoInZone(input.nowMs + 7 * 86_400_000, recipientZone).slice(0, 10);
      return {
        ...base(input, recipient, recipientZone),
        subject: `Automatic reply: ${sent.subject}`,
        headers: AUTO_REPLY_HEADERS(recipient),
        itemClass: 'IPM.Note.Rules.OofTemplate.Microsoft',
        body: `Thank you for your message. I am out of the office until ${spokenDate(back)} with limited access to email, and will reply when I am back.\n\n${recipient.name}`,
      };
    }
    case 'leftCompany': {
      const colleague = colleagueOf(recipient);
      const company = domainOf(recipient.email).split('.')[0] ?? '';
      const companyName = company.charAt(0).toUpperCase() + company.slice(1);
      return {
        ...base(input, recipient, recipientZone),
        subject: `Automatic reply: ${sent.subject}`,
        headers: AUTO_REPLY_HEADERS(recipient),
        itemClass: 'IPM.Note.Rules.OofTemplate.Microsoft',
        body: `${recipient.name} is no longer with ${companyName}. This mailbox is not monitored and your message has not been forwarded.\n\nPlease contact ${colleague.name} at ${colleague.email} instead.`,
      };
    }
    case 'bounce': {
      const host = `mx.${domainOf(user.email)}`;
      const boundary = `${input.ids.itemId.slice(6, 22).replace(/[^A-Za-z0-9]/g, 'x')}.report`;
      const diagnostic = `550 5.1.1 <${recipient.email}>: Recipient address rejected: User unknown in virtual mailbox table`;
      return {
        ...base(input, { name: 'Mail Delivery System', email: `MAILER-DAEMON@${host}` }, user.timeZone),
        subject: 'Undelivered Mail Returned to Sender',
        conversationId: sent.conversationId,
        inReplyTo: null,
        references: [],
        headers: {
          'Auto-Submitted': 'auto-replied',
          'Content-Type': `multipart/report; report-type=delivery-status; boundary="${boundary}"`,
        },
        itemClass: 'REPORT.IPM.Note.NDR',
        body: [
          `This is the mail system at host ${host}.`,
          '',
          "I'm sorry to have to inform you that your message could not be delivered to one or more recipients.",
          '',
          `<${recipient.email}>: host mx.${domainOf(recipient.email)} said: ${diagnostic}`,
          '',
          `--${boundary}`,
          'Content-Type: message/delivery-status',
          '',
          `Reporting-MTA: dns; ${host}`,
          '',
          `Final-Recipient: rfc822; ${recipient.email}`,
          'Action: failed',
          'Status: 5.1.1',
          `Diagnostic-Code: smtp; ${diagnostic}`,
          '',
          `--${boundary}`,
          'Content-Type: text/rfc822-headers',
          '',
          `Message-ID: ${sent.internetMessageId ?? ''}`,
          `Subject: ${sent.subject}`,
          `--${boundary}--`,
        ].join('\n'),
      };
    }
  }
}
