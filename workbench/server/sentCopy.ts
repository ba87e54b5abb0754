/**
 * What sending a draft leaves in Sent Items, as classic Outlook does it: a new item with a new id and
 * Message-ID (the draft's id is gone), the conversation of the message answered unless the reply's
 * subject was edited (then a new conversation), threading headers, and the add-in's custom
 * properties when the session keeps them on the sent copy.
 */
import type { MailMessage } from '../shared/mailMessage';
import { subjectNormalized } from '../shared/subjectPrefix';

export interface NewIds {
  readonly itemId: string;
  readonly conversationId: string;
  readonly internetMessageId: string;
}

/** The conversation the sent message belongs to. */
export function conversationOnSend(draft: MailMessage, original: MailMessage | null, fresh: string): string {
  const answers = draft.draft !== undefined && draft.draft.kind !== 'new' && original !== null;
  if (answers && original.conversationId) {
    return subjectNormalized(draft.subject) === subjectNormalized(original.subject)
      ? original.conversationId
      : fresh;
  }
  return draft.conversationId ?? fresh;
}

/** The Sent Items copy of `draft`, sent at `sentAt`. */
export function sentCopy(
  draft: MailMessage,
  original: MailMessage | null,
  sentAt: string,
  ids: NewIds,
  keepCustomProperties: boolean,
): MailMessage {
  const kind = draft.draft?.kind ?? 'new';
  const threadParent = kind === 'new' ? null : original;
  const parentId = threadParent?.internetMessageId ?? null;
  const { draft: _origin, ...fields } = draft;
  return {
    ...fields,
    id: ids.itemId,
    folder: 'sent',
    sentAt,
    conversationId: conversationOnSend(draft, original, ids.conversationId),
    internetMessageId: ids.internetMessageId,
    inReplyTo: kind === 'forward' ? null : parentId,
    references: threadParent && parentId ? [...threadParent.references, parentId] : [],
    customProperties: keepCustomProperties ? draft.customProperties : {},
    // Notifications belong to the compose session, not to the sent item.
    notifications: [],
    read: true,
  };
}
