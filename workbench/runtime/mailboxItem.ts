/** Office.context.mailbox.item for a message in read mode, built from the device's open item. */
import type { HostItem, HostPerson } from '../shared/hostApi';

function details(person: HostPerson): Office.EmailAddressDetails {
  return {
    displayName: person.displayName,
    emailAddress: person.emailAddress,
    recipientType: 'externalUser',
    appointmentResponse: undefined as unknown as Office.MailboxEnums.ResponseType,
  };
}

export function createReadItem(item: HostItem): Office.MessageRead {
  const read: Partial<Office.MessageRead> = {
    itemType: 'message',
    itemId: item.itemId ?? '',
    subject: item.subject,
    normalizedSubject: item.subject.replace(/^((re|fw|fwd|aw|wg|tr|sv|vs):\s*)+/i, ''),
    from: item.from ? details(item.from) : undefined,
    sender: item.from ? details(item.from) : undefined,
    to: item.to.map(details),
    cc: item.cc.map(details),
    dateTimeCreated: new Date(item.dateTimeCreated),
    conversationId: item.conversationId ?? '',
    internetMessageId: item.internetMessageId ?? '',
  };
  return read as Office.MessageRead;
}
