/**
 * A new compose form's draft, as Outlook pre-fills it: empty for a new message (or the fields
 * displayNewMessageForm passed); for a reply the sender (Reply) or everyone but the user (Reply all),
 * "RE: " / "FW: " subjects, the quoted original below, the original's conversation.
 */
import { bodyHtmlToText } from '../shared/bodyFormat';
import type { DraftRequest } from '../shared/draftTypes';
import type { MailMessage, MailPerson } from '../shared/mailMessage';
import { quotedOriginal } from '../shared/quotedOriginal';
import { subjectForResponse } from '../shared/subjectPrefix';

function same(a: MailPerson, b: MailPerson): boolean {
  return a.email.toLowerCase() === b.email.toLowerCase();
}

function without(people: readonly MailPerson[], drop: readonly MailPerson[]): MailPerson[] {
  const out: MailPerson[] = [];
  for (const p of people) if (!drop.some((d) => same(d, p)) && !out.some((o) => same(o, p))) out.push(p);
  return out;
}

/** The To and Cc lines of a response of `kind` to `original`, written by `user`. */
export function responseRecipients(
  kind: 'reply' | 'replyAll' | 'forward',
  original: MailMessage,
  user: MailPerson,
): { to: MailPerson[]; cc: MailPerson[] } {
  if (kind === 'forward') return { to: [], cc: [] };
  // Answering one's own sent message goes to its recipients, as Outlook does.
  const mine = same(original.from, user);
  const primary = mine ? [...original.to] : [original.from];
  if (kind === 'reply') return { to: primary, cc: [] };
  const to = without([...primary, ...original.to], [user]);
  return { to, cc: without(original.cc, [user, ...to]) };
}

/** The draft record for a compose form that opens now. */
export function draftFor(
  request: DraftRequest,
  original: MailMessage | null,
  user: MailPerson,
  id: string,
  createdAt: string,
): MailMessage {
  const added = request.htmlBody === undefined ? '' : bodyHtmlToText(request.htmlBody);
  const kind = request.kind === 'new' ? null : request.kind;
  const answering = kind !== null && original !== null;
  const recipients = answering ? responseRecipients(kind, original, user) : { to: [], cc: [] };
  return {
    id,
    folder: 'drafts',
    subject: request.subject ?? (answering ? subjectForResponse(kind, original.subject) : ''),
    from: { name: user.name, email: user.email },
    to: request.to ? [...request.to] : recipients.to,
    cc: request.cc ? [...request.cc] : recipients.cc,
    bcc: request.bcc ? [...request.bcc] : [],
    body: answering ? `${added}\n${quotedOriginal(original)}` : added,
    sentAt: createdAt,
    conversationId: answering ? original.conversationId : null,
    internetMessageId: null,
    inReplyTo: null,
    references: [],
    headers: {},
    itemClass: 'IPM.Note',
    customProperties: {},
    notifications: [],
    read: true,
    draft: {
      kind: request.kind,
      ...(answering ? { originalId: original.id } : {}),
      saved: false,
    },
  };
}
