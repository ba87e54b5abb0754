/** Which item a frame works on: a message shown in read mode, or the open compose form's draft. */
import type { HostReadItem } from '../../shared/hostApi';
import type { MailMessage } from '../../shared/mailMessage';

export type ItemRef =
  { readonly kind: 'read'; readonly id: string } | { readonly kind: 'compose'; readonly draftId: string };

export function itemRefKey(ref: ItemRef | null): string {
  if (!ref) return 'none';
  return ref.kind === 'read' ? `read:${ref.id}` : `compose:${ref.draftId}`;
}

/** The server id of the item (drafts are items too). */
export function itemRefId(ref: ItemRef): string {
  return ref.kind === 'read' ? ref.id : ref.draftId;
}

export function hostReadItem(message: MailMessage): HostReadItem {
  const person = (p: { name: string; email: string }) => ({ displayName: p.name, emailAddress: p.email });
  return {
    mode: 'read',
    itemId: message.id,
    itemClass: message.itemClass,
    subject: message.subject,
    from: person(message.from),
    to: message.to.map(person),
    cc: message.cc.map(person),
    dateTimeCreated: message.sentAt,
    dateTimeModified: message.sentAt,
    conversationId: message.conversationId,
    internetMessageId: message.internetMessageId,
  };
}
