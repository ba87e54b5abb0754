/** MailboxPort over Office.context.mailbox. */
import type { ItemSummary, MailboxPort, Recipient } from '../ports';
import { officeCall } from './officeCall';

type ReadItem = Office.MessageRead;
type ComposeItem = Office.MessageCompose;

function isCompose(item: ReadItem | ComposeItem): item is ComposeItem {
  return typeof (item as { subject: unknown }).subject !== 'string';
}

function toRecipient(details: Office.EmailAddressDetails): Recipient {
  return { displayName: details.displayName ?? '', emailAddress: details.emailAddress ?? '' };
}

async function composeSummary(item: ComposeItem): Promise<ItemSummary> {
  const [subject, to, cc] = await Promise.all([
    officeCall<string>('item.subject.getAsync', (cb) => item.subject.getAsync(cb)),
    officeCall<Office.EmailAddressDetails[]>('item.to.getAsync', (cb) => item.to.getAsync(cb)),
    officeCall<Office.EmailAddressDetails[]>('item.cc.getAsync', (cb) => item.cc.getAsync(cb)),
  ]);
  return { mode: 'compose', subject, to: to.map(toRecipient), cc: cc.map(toRecipient) };
}

function readSummary(item: ReadItem): ItemSummary {
  return {
    mode: 'read',
    subject: item.subject ?? '',
    to: (item.to ?? []).map(toRecipient),
    cc: (item.cc ?? []).map(toRecipient),
  };
}

/** Creates the mailbox adapter. Call after Office.onReady. */
export function createOfficeMailbox(): MailboxPort {
  return {
    async currentItem() {
      const item = Office.context.mailbox?.item as ReadItem | ComposeItem | null | undefined;
      if (!item) return null;
      return isCompose(item) ? composeSummary(item) : readSummary(item);
    },
  };
}
