/** A small mailbox for the server tests: the user, one sent proposal to two recipients, one reply. */
import type { Fixture } from '../../../../workbench/shared/fixture';
import type { MailMessage } from '../../../../workbench/shared/mailMessage';

export const user = { name: 'Dana Whitfield', email: 'dana@northwind.example', timeZone: 'Europe/Berlin' };

export const proposal: MailMessage = {
  id: 'sent-1',
  folder: 'sent',
  subject: 'Proposal',
  from: { name: user.name, email: user.email },
  to: [{ name: 'Priya Raman', email: 'priya@contoso.example' }],
  cc: [{ name: 'Tomás Ruiz', email: 'tomas@northwind.example' }],
  bcc: [],
  body: 'Hi Priya',
  sentAt: '2026-11-16T10:12:00+01:00',
  conversationId: 'conv-1',
  internetMessageId: '<sent-1@northwind.example>',
  inReplyTo: null,
  references: [],
  headers: {},
  itemClass: 'IPM.Note',
  customProperties: {},
  notifications: [],
  read: true,
};

export const reply: MailMessage = {
  ...proposal,
  id: 'inbox-1',
  folder: 'inbox',
  subject: 'RE: Proposal',
  from: { name: 'Priya Raman', email: 'priya@contoso.example' },
  to: [
    { name: user.name, email: user.email },
    { name: 'Sam', email: 'sam@contoso.example' },
  ],
  cc: [{ name: 'Tomás Ruiz', email: 'tomas@northwind.example' }],
  internetMessageId: '<reply-1@contoso.example>',
  inReplyTo: '<sent-1@northwind.example>',
  references: ['<sent-1@northwind.example>'],
  read: false,
};

export const fixture: Fixture = {
  user,
  clock: '2026-11-20T09:00:00+01:00',
  contacts: [{ name: 'Priya Raman', email: 'priya@contoso.example', timeZone: 'Asia/Singapore' }],
  roaming: {},
  messages: [proposal, reply],
};
