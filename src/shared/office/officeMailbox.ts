/** MailboxPort over Office.context.mailbox. */
import type { ItemSummary, MailboxPort, Recipient } from '../ports';
import { officeCall } from './officeCall';

type ReadItem = Office.MessageRead;
type ComposeItem = Office.MessageCompose;

function isCompose(item: ReadItem | ComposeItem): item is ComposeItem {
  return typeof (item as { subject: unknown }).subject !== 'string';
}

function toRecipient(details: Office.EmailAddressDetails): Recipient {
  return {
    displayName: details.displayName ?? '',
    emailAddress: details.emailAddress ?? '',
    ...(details.recipientType ? { recipientType: String(details.recipientType) } : {}),
  };
}

async function composeSummary(item: ComposeItem): Promise<ItemSummary> {
  const [subject, to, cc] = await Promise.all([
    officeCall<string>('item.subject.getAsync', (cb) => item.subject.getAsync(cb)),
    officeCall<Office.EmailAddressDetails[]>('item.to.getAsync', (cb) => item.to.getAsync(cb)),
    officeCall<Office.EmailAddressDetails[]>('item.cc.getAsync', (cb) => item.cc.getAsync(cb)),
  ]);
  const conversationId =
    typeof item.conversationId === 'string' && item.conversationId ? item.conversationId : undefined;
  return {
    mode: 'compose',
    subject,
    to: to.map(toRecipient),
    cc: cc.map(toRecipient),
    ...(conversationId ? { conversationId } : {}),
  };
}

function readSummary(item: ReadItem): ItemSummary {
  const created = item.dateTimeCreated instanceof Date ? item.dateTimeCreated.getTime() : NaN;
  return {
    mode: 'read',
    subject: item.subject ?? '',
    to: (item.to ?? []).map(toRecipient),
    cc: (item.cc ?? []).map(toRecipient),
    ...(item.from ? { from: toRecipient(item.from) } : {}),
    ...(item.itemId ? { itemId: item.itemId } : {}),
    ...(item.conversationId ? { conversationId: item.conversationId } : {}),
    ...(item.internetMessageId ? { internetMessageId: item.internetMessageId } : {}),
    ...(Number.isFinite(created) ? { dateTimeCreated: created } : {}),
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
