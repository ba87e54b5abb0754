/**
 * Operations on a session's mailbox: compose drafts (create, save, send, discard), reading, the
 * add-in's notifications and custom properties on items, and simulated answers. Each returns a
 * Result whose failure carries the Office error code the runtime reports.
 */
import { fail, ok, type Result } from '../../src/shared/result';
import type { MailMessage, StoredNotification } from '../shared/mailMessage';
import type { DraftFields, DraftRequest } from '../shared/draftTypes';
import { draftFor } from './draftInit';
import { newConversationId, newInternetMessageId, newItemId } from './exchangeIds';
import {
  notificationAdd,
  notificationRemove,
  notificationReplace,
  notificationsKeptOnLeave,
} from './notificationList';
import { sentCopy } from './sentCopy';
import type { Session } from './session';
import { simulatedAnswer, type AnswerKind } from './simulatedAnswers';

/** A refusal: Office's error code (9049 ItemNotFound, 9025…) and a message for people. */
export interface OpFailure {
  readonly code: number;
  readonly message: string;
}

const ITEM_NOT_FOUND = 9049;

function itemNotFound(id: string): OpFailure {
  return { code: ITEM_NOT_FOUND, message: `The item does not exist or has not been created: ${id}` };
}

export function messageGet(session: Session, id: string): Result<MailMessage, OpFailure> {
  const message = session.messages.get(id);
  return message ? ok(message) : fail(itemNotFound(id));
}

function put(session: Session, message: MailMessage): MailMessage {
  session.messages.set(message.id, message);
  session.changed();
  return message;
}

export function draftCreate(session: Session, request: DraftRequest): Result<MailMessage, OpFailure> {
  let original: MailMessage | null = null;
  if (request.kind !== 'new') {
    const found = messageGet(session, request.originalId ?? '');
    if (!found.ok) return found;
    original = found.value;
  }
  return ok(put(session, draftFor(request, original, session.user, newItemId(), session.nowIso())));
}

function draftGet(session: Session, id: string): Result<MailMessage, OpFailure> {
  const found = messageGet(session, id);
  if (found.ok && !found.value.draft) return fail({ code: 9049, message: `Not a draft: ${id}` });
  return found;
}

/** Writes the form's fields into the draft; `save` makes it a saved draft (item id, Drafts, conversation). */
export function draftUpdate(
  session: Session,
  id: string,
  fields: DraftFields,
  save: boolean,
): Result<MailMessage, OpFailure> {
  const found = draftGet(session, id);
  if (!found.ok) return found;
  const draft = found.value;
  const origin = draft.draft ?? { kind: 'new' as const, saved: false };
  const saved = origin.saved || save;
  // A new message gets its conversation once it has a subject and is saved (A office.messagecompose).
  const conversationId =
    draft.conversationId ?? (saved && fields.subject.trim() !== '' ? newConversationId() : null);
  const { bodyHtml: _old, ...rest } = draft;
  return ok(
    put(session, {
      ...rest,
      ...fields,
      to: [...fields.to],
      cc: [...fields.cc],
      bcc: [...fields.bcc],
      headers: { ...fields.headers },
      conversationId,
      sentAt: save ? session.nowIso() : draft.sentAt,
      draft: { ...origin, saved },
    }),
  );
}

/** Sends the draft: it leaves Drafts and a new item appears in Sent Items. */
export function draftSend(
  session: Session,
  id: string,
  fields: DraftFields,
  device: string,
): Result<MailMessage, OpFailure> {
  const updated = draftUpdate(session, id, fields, false);
  if (!updated.ok) return updated;
  const draft = updated.value;
  const original = draft.draft?.originalId ? (session.messages.get(draft.draft.originalId) ?? null) : null;
  const sent = sentCopy(
    draft,
    original,
    session.nowIso(),
    {
      itemId: newItemId(),
      conversationId: newConversationId(),
      internetMessageId: newInternetMessageId(session.user.email),
    },
    session.settings.customPropertiesOnSentCopy,
  );
  session.messages.delete(id);
  put(session, sent);
  session.record(device, 'send', { draftId: id, sentId: sent.id, conversationId: sent.conversationId });
  return ok(sent);
}

export function draftDiscard(session: Session, id: string): Result<void, OpFailure> {
  const found = draftGet(session, id);
  if (!found.ok) return found;
  session.messages.delete(id);
  session.changed();
  return ok(undefined);
}

export function messageMarkRead(session: Session, id: string): Result<void, OpFailure> {
  const found = messageGet(session, id);
  if (!found.ok) return found;
  if (!found.value.read) put(session, { ...found.value, read: true });
  return ok(undefined);
}

export type NotificationOp =
  | { readonly op: 'add' | 'replace'; readonly notification: StoredNotification }
  | { readonly op: 'remove'; readonly key: string }
  | { readonly op: 'leave' }
  | { readonly op: 'dismiss'; readonly key: string };

const NOTIFICATION_MESSAGES: Readonly<Record<number, string>> = {
  9023: 'A notification with the provided key already exists.',
  9024: 'There are no notifications with the provided key.',
  9025: "The notification couldn't be added because the notification limit has been reached.",
  9032: 'API not supported for extension point.',
};

/** Applies a notificationMessages call (or the user leaving / dismissing) to an item. */
export function notificationsApply(
  session: Session,
  id: string,
  change: NotificationOp,
): Result<readonly StoredNotification[], OpFailure> {
  const found = messageGet(session, id);
  if (!found.ok) return found;
  const list = found.value.notifications;
  const mode = found.value.draft ? 'compose' : 'read';
  const next =
    change.op === 'add'
      ? notificationAdd(list, change.notification, mode)
      : change.op === 'replace'
        ? notificationReplace(list, change.notification, mode)
        : change.op === 'remove'
          ? notificationRemove(list, change.key)
          : change.op === 'dismiss'
            ? ok(list.filter((n) => n.key !== change.key))
            : ok(notificationsKeptOnLeave(list));
  if (!next.ok) return fail({ code: next.reason, message: NOTIFICATION_MESSAGES[next.reason] ?? '' });
  if (next.value.length !== list.length || next.value.some((n, i) => n !== list[i])) {
    put(session, { ...found.value, notifications: next.value });
  }
  return ok(next.value);
}

export function customPropertiesSave(
  session: Session,
  id: string,
  properties: Record<string, unknown>,
): Result<void, OpFailure> {
  const found = messageGet(session, id);
  if (!found.ok) return found;
  put(session, { ...found.value, customProperties: { ...properties } });
  return ok(undefined);
}

export interface AnswerRequest {
  readonly kind: AnswerKind;
  /** Which recipient answers (default: the first To recipient). */
  readonly recipient?: string;
  /** Out of office: back on this date (YYYY-MM-DD). */
  readonly returnDate?: string;
  /** Reply: the subject the contact typed instead of "RE: …" (Exchange then starts a new conversation). */
  readonly subject?: string;
}

/** Delivers a simulated answer to sent message `id` into the Inbox. */
export function answerSimulate(
  session: Session,
  id: string,
  request: AnswerRequest,
  device: string,
): Result<MailMessage, OpFailure> {
  const found = messageGet(session, id);
  if (!found.ok) return found;
  const sent = found.value;
  const everyone = [...sent.to, ...sent.cc, ...sent.bcc];
  const wanted = request.recipient?.toLowerCase();
  const recipient = wanted ? everyone.find((p) => p.email.toLowerCase() === wanted) : everyone[0];
  if (!recipient) {
    return fail({
      code: 9031,
      message: wanted
        ? `recipient ${wanted} is not on message ${id}`
        : `message ${id} has no recipient to answer it`,
    });
  }
  const contact = session.contacts.find((c) => c.email.toLowerCase() === recipient.email.toLowerCase());
  const answer = simulatedAnswer({
    kind: request.kind,
    sent,
    recipient: contact ? { name: contact.name || recipient.name, email: recipient.email } : recipient,
    recipientZone: contact?.timeZone ?? session.user.timeZone,
    user: session.user,
    nowMs: session.nowMs(),
    ...(request.returnDate ? { returnDate: request.returnDate } : {}),
    ids: { itemId: newItemId(), internetMessageId: newInternetMessageId(recipient.email) },
  });
  // An edited subject starts a new conversation (conversationId docs); In-Reply-To still names the original.
  const delivered =
    request.subject !== undefined && (request.kind === 'reply' || request.kind === 'replyFromColleague')
      ? { ...answer, subject: request.subject, conversationId: newConversationId() }
      : answer;
  put(session, delivered);
  session.record(device, 'answer', { kind: request.kind, sentId: id, answerId: delivered.id });
  return ok(delivered);
}
