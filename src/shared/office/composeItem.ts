/** ComposeItemPort over the message being composed (Office.MessageCompose). */
import type { ComposeItemPort, Recipient } from '../ports';
import { officeCall } from './officeCall';

function composeItem(): Office.MessageCompose {
  const item = Office.context.mailbox.item as Office.MessageCompose | null | undefined;
  if (!item) throw new Error('no message is being composed');
  return item;
}

function toRecipient(details: Office.EmailAddressDetails): Recipient {
  return {
    displayName: details.displayName ?? '',
    emailAddress: details.emailAddress ?? '',
    ...(details.recipientType ? { recipientType: String(details.recipientType) } : {}),
  };
}

const COMPOSE_TYPES: Readonly<Record<string, 'new' | 'reply' | 'forward'>> = {
  newMail: 'new',
  reply: 'reply',
  replyAll: 'reply',
  forward: 'forward',
};

/** Creates the adapter for the current compose item. */
export function createComposeItem(): ComposeItemPort {
  return {
    subject: () => officeCall<string>('item.subject.getAsync', (cb) => composeItem().subject.getAsync(cb)),
    async recipients() {
      const item = composeItem();
      const [to, cc] = await Promise.all([
        officeCall<Office.EmailAddressDetails[]>('item.to.getAsync', (cb) => item.to.getAsync(cb)),
        officeCall<Office.EmailAddressDetails[]>('item.cc.getAsync', (cb) => item.cc.getAsync(cb)),
      ]);
      return { to: to.map(toRecipient), cc: cc.map(toRecipient) };
    },
    async body() {
      const text = await officeCall<string>('item.body.getAsync', (cb) =>
        composeItem().body.getAsync(Office.CoercionType.Html, cb),
      );
      return { text, format: 'html' };
    },
    conversationId() {
      try {
        const id = composeItem().conversationId;
        return Promise.resolve(typeof id === 'string' && id !== '' ? id : null);
      } catch (error: unknown) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
    async composeType() {
      const item = composeItem();
      // getComposeTypeAsync is Mailbox 1.10; older clients say nothing, and "new" is the safe reading.
      if (typeof item.getComposeTypeAsync !== 'function') return 'new';
      const value = await officeCall<{ composeType?: string }>('item.getComposeTypeAsync', (cb) =>
        item.getComposeTypeAsync(cb),
      ).catch(() => ({ composeType: 'newMail' }));
      return COMPOSE_TYPES[value.composeType ?? ''] ?? 'new';
    },
    async save() {
      await officeCall<string>('item.saveAsync', (cb) => composeItem().saveAsync(cb));
    },
  };
}
