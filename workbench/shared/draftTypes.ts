/** What a device sends the server about a compose form: how it opens (DraftRequest) and its fields (DraftFields). */
import type { DraftOrigin, MailPerson } from './mailMessage';

export interface DraftRequest {
  readonly kind: DraftOrigin['kind'];
  readonly originalId?: string;
  readonly to?: readonly MailPerson[];
  readonly cc?: readonly MailPerson[];
  readonly bcc?: readonly MailPerson[];
  readonly subject?: string;
  /** HTML the add-in passed (displayNewMessageForm / displayReplyForm), placed above any quoted original. */
  readonly htmlBody?: string;
}

/** The compose fields a device sends when it saves or sends a draft. */
export interface DraftFields {
  readonly to: readonly MailPerson[];
  readonly cc: readonly MailPerson[];
  readonly bcc: readonly MailPerson[];
  readonly subject: string;
  readonly body: string;
  readonly bodyHtml?: string;
  readonly headers: Readonly<Record<string, string>>;
}
