/**
 * The classifier's view of a stored follow-up. Roaming settings keep only 40-bit keys of the long ids
 * (conversationKey, messageKey: storage's idKey), so the incoming message's own ids are checked
 * against those keys and, where they match, handed to the classifier as the follow-up's ids.
 */
import type { ReplyContext } from '../domain/replyRelation';
import type { FollowUp, IncomingMessage } from '../domain/types';
import { idKey } from '../storage/idKey';

function referencedIds(message: IncomingMessage): string[] {
  const text = `${message.headers['in-reply-to'] ?? ''} ${message.headers['references'] ?? ''}`;
  return text.match(/<[^<>\s]+>/g) ?? [];
}

export function replyContextOf(followUp: FollowUp, message: IncomingMessage): ReplyContext {
  let conversationId = followUp.conversationId;
  if (!conversationId && followUp.conversationKey && message.conversationId) {
    if (idKey(message.conversationId) === followUp.conversationKey) conversationId = message.conversationId;
  }
  let internetMessageId = followUp.internetMessageId;
  if (!internetMessageId && followUp.messageKey) {
    internetMessageId = referencedIds(message).find(
      (id) => idKey(id) === followUp.messageKey || idKey(id.slice(1, -1)) === followUp.messageKey,
    );
  }
  return {
    recipients: followUp.recipients,
    sentAt: followUp.sentAt,
    subject: followUp.subject,
    ...(conversationId ? { conversationId } : {}),
    ...(internetMessageId ? { internetMessageId } : {}),
  };
}
