/**
 * An open compose form: its fields as the user and the add-in edit them (the device's copy; the server
 * has the draft as of the last save), and the body in Office's two coercion types. The body is text
 * until something sets HTML; the form's plain-text editor keeps the HTML's text when the user types.
 */
import { bodyHtmlToText, bodyTextToHtml, htmlEscape } from '../../shared/bodyFormat';
import type { BodyCoercion } from '../../shared/hostApi';
import type { MailMessage, MailPerson } from '../../shared/mailMessage';
import type { DraftFields } from '../../shared/draftTypes';

export interface ComposeState {
  readonly draftId: string;
  readonly kind: 'new' | 'reply' | 'replyAll' | 'forward';
  readonly originalId: string | null;
  readonly saved: boolean;
  readonly conversationId: string | null;
  /** Message-ID of the message answered. */
  readonly inReplyTo: string | null;
  readonly from: MailPerson;
  readonly to: readonly MailPerson[];
  readonly cc: readonly MailPerson[];
  readonly bcc: readonly MailPerson[];
  readonly subject: string;
  readonly body: string;
  readonly bodyHtml: string | null;
  readonly headers: Readonly<Record<string, string>>;
}

export function composeFromDraft(draft: MailMessage, original: MailMessage | null): ComposeState {
  const kind = draft.draft?.kind ?? 'new';
  return {
    draftId: draft.id,
    kind,
    originalId: draft.draft?.originalId ?? null,
    saved: draft.draft?.saved ?? true,
    conversationId: draft.conversationId,
    inReplyTo: kind === 'new' ? null : (original?.internetMessageId ?? null),
    from: draft.from,
    to: draft.to,
    cc: draft.cc,
    bcc: draft.bcc,
    subject: draft.subject,
    body: draft.body,
    bodyHtml: draft.bodyHtml ?? null,
    headers: draft.headers,
  };
}

export function composeFields(c: ComposeState): DraftFields {
  return {
    to: c.to,
    cc: c.cc,
    bcc: c.bcc,
    subject: c.subject,
    body: c.body,
    ...(c.bodyHtml !== null ? { bodyHtml: c.bodyHtml } : {}),
    headers: c.headers,
  };
}

export function composeBodyType(c: ComposeState): BodyCoercion {
  return c.bodyHtml === null ? 'text' : 'html';
}

/** A body (text, and HTML when written as HTML) in the coercion type asked for. */
export function bodyAs(body: string, bodyHtml: string | null, coercion: BodyCoercion): string {
  if (coercion === 'html') return bodyHtml ?? bodyTextToHtml(body);
  return bodyHtml === null ? body : bodyHtmlToText(bodyHtml);
}

export function composeBodyGet(c: ComposeState, coercion: BodyCoercion): string {
  return bodyAs(c.body, c.bodyHtml, coercion);
}

function withHtml(c: ComposeState, html: string): ComposeState {
  return { ...c, bodyHtml: html, body: bodyHtmlToText(html) };
}

export function composeBodySet(c: ComposeState, data: string, coercion: BodyCoercion): ComposeState {
  if (coercion === 'html') return withHtml(c, data);
  return c.bodyHtml === null ? { ...c, body: data } : withHtml(c, bodyTextToHtml(data));
}

/** Puts `fragment` at the start of an HTML document's body. */
function htmlPrepend(html: string, fragment: string): string {
  const open = /<body[^>]*>/i.exec(html);
  if (!open) return fragment + html;
  const at = open.index + open[0].length;
  return html.slice(0, at) + fragment + html.slice(at);
}

export function composeBodyPrepend(c: ComposeState, data: string, coercion: BodyCoercion): ComposeState {
  if (coercion === 'text' && c.bodyHtml === null) return { ...c, body: data + c.body };
  const fragment = coercion === 'html' ? data : htmlEscape(data).replace(/\r?\n/g, '<br>');
  return withHtml(c, htmlPrepend(c.bodyHtml ?? bodyTextToHtml(c.body), fragment));
}

/** The user typed in the (plain-text) body editor. */
export function composeBodyTyped(c: ComposeState, text: string): ComposeState {
  return c.bodyHtml === null ? { ...c, body: text } : withHtml(c, bodyTextToHtml(text));
}
