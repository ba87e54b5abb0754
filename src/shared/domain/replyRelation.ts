/**
 * How an incoming message relates to a tracked follow-up: who sent it (a tracked recipient, a
 * colleague at the same organisation, the same person under another address) and whether it
 * belongs to the tracked thread (conversation id, In-Reply-To, References).
 */
import { addressDomain, addressNormalize, isPublicMailDomain, orgDomain } from './mailAddress';
import { headerGet } from './mailHeaders';
import type { FollowUp, IncomingMessage, TrackedRecipient } from './types';

/** What the classifier needs of a follow-up (a FollowUp satisfies it). */
export type ReplyContext = Pick<FollowUp, 'recipients' | 'sentAt' | 'conversationId' | 'internetMessageId'> &
  Partial<Pick<FollowUp, 'subject'>>;

export type SenderRelation =
  | { readonly kind: 'tracked'; readonly recipient: TrackedRecipient }
  /** Same organisation domain as a tracked recipient (never a public mail domain). */
  | { readonly kind: 'sameOrg'; readonly recipient: TrackedRecipient; readonly domain: string }
  /** Another address under exactly the tracked recipient's full name ("Jane Doe" <jane@gmail.com>). */
  | { readonly kind: 'sameName'; readonly recipient: TrackedRecipient }
  | { readonly kind: 'none' };

export interface ReplyRelation {
  readonly sender: SenderRelation;
  /** How the message is tied to the tracked thread, if it is ("conversation id"). */
  readonly thread?: string;
}

function nameKey(name: string | undefined): string | undefined {
  const key = (name ?? '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/["'()]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return key.split(' ').length >= 2 ? key : undefined;
}

function messageIdOf(value: string | undefined): string | undefined {
  const id = value?.trim().replace(/^<|>$/g, '');
  return id ? id : undefined;
}

function senderRelation(message: IncomingMessage, recipients: readonly TrackedRecipient[]): SenderRelation {
  const from = addressNormalize(message.from.email);
  const tracked = recipients.find((recipient) => addressNormalize(recipient.email) === from);
  if (tracked && from) return { kind: 'tracked', recipient: tracked };
  const domain = addressDomain(from);
  if (domain && !isPublicMailDomain(domain)) {
    const org = orgDomain(domain);
    const colleague = recipients.find((recipient) => {
      const theirs = addressDomain(recipient.email);
      return theirs !== '' && !isPublicMailDomain(theirs) && orgDomain(theirs) === org;
    });
    if (colleague) return { kind: 'sameOrg', recipient: colleague, domain: org };
  }
  const name = nameKey(message.from.name);
  const sameName =
    name === undefined ? undefined : recipients.find((recipient) => nameKey(recipient.name) === name);
  if (sameName) return { kind: 'sameName', recipient: sameName };
  return { kind: 'none' };
}

function threadLink(message: IncomingMessage, context: ReplyContext): string | undefined {
  const conversation = context.conversationId?.trim();
  if (conversation && message.conversationId?.trim() === conversation) return 'same conversation';
  const tracked = messageIdOf(context.internetMessageId);
  if (tracked === undefined) return undefined;
  if (messageIdOf(headerGet(message.headers, 'in-reply-to')) === tracked)
    return 'In-Reply-To names the tracked message';
  const references = (headerGet(message.headers, 'references') ?? '').match(/<[^<>\s]+>/g) ?? [];
  if (references.some((reference) => messageIdOf(reference) === tracked))
    return 'References name the tracked message';
  return undefined;
}

/** The sender and thread relation of `message` to the tracked follow-up. */
export function replyRelation(message: IncomingMessage, context: ReplyContext): ReplyRelation {
  return { sender: senderRelation(message, context.recipients), thread: threadLink(message, context) };
}
