/**
 * A message in the workbench's simulated Exchange mailbox: the record the server keeps, the state API
 * returns and the device renders. Plain JSON (it crosses HTTP and frame boundaries).
 */

export interface MailPerson {
  readonly name: string;
  readonly email: string;
}

export type FolderName = 'inbox' | 'sent' | 'drafts';

export const FOLDERS: readonly FolderName[] = ['inbox', 'sent', 'drafts'];

/** How a draft came to be: Outlook's compose types, and the item it answers or forwards. */
export interface DraftOrigin {
  readonly kind: 'new' | 'reply' | 'replyAll' | 'forward';
  /** The message replied to or forwarded (kind ≠ new). */
  readonly originalId?: string;
  /** True once saved (saveAsync, autosave on leaving the form): only then has it an item id and a place in Drafts. */
  readonly saved: boolean;
}

/** One notification message on an item (Office.NotificationMessageDetails as stored by the host). */
export interface StoredNotification {
  readonly key: string;
  readonly type: 'informationalMessage' | 'progressIndicator' | 'errorMessage' | 'insightMessage';
  readonly message: string;
  readonly icon?: string;
  readonly persistent?: boolean;
  readonly actions?: readonly {
    readonly actionType: string;
    readonly actionText: string;
    readonly commandId: string;
    readonly contextData?: unknown;
  }[];
}

export interface MailMessage {
  readonly id: string;
  readonly folder: FolderName;
  readonly subject: string;
  readonly from: MailPerson;
  readonly to: readonly MailPerson[];
  readonly cc: readonly MailPerson[];
  readonly bcc: readonly MailPerson[];
  /** Plain-text body. */
  readonly body: string;
  /** HTML body when the message was written as HTML (else derived from `body`). */
  readonly bodyHtml?: string;
  /** When it was sent or received (ISO 8601 with offset); for a draft, when it was created. */
  readonly sentAt: string;
  /** Exchange conversation id; null for a new draft until it has a subject and is saved. */
  readonly conversationId: string | null;
  /** RFC 5322 Message-ID; null for drafts. */
  readonly internetMessageId: string | null;
  /** Message-ID of the message this one answers (In-Reply-To), if any. */
  readonly inReplyTo: string | null;
  readonly references: readonly string[];
  /** Extra internet headers (Auto-Submitted, Content-Type of a report, those an add-in set in compose…). */
  readonly headers: Readonly<Record<string, string>>;
  /** MAPI message class: IPM.Note, IPM.Note.Rules.OofTemplate.Microsoft, REPORT.IPM.Note.NDR… */
  readonly itemClass: string;
  /** The add-in's custom properties on this item (one JSON object, as Exchange stores `cecp-<add-in id>`). */
  readonly customProperties: Readonly<Record<string, unknown>>;
  /** The add-in's notification messages on this item. */
  readonly notifications: readonly StoredNotification[];
  readonly read: boolean;
  /** Present on drafts only. */
  readonly draft?: DraftOrigin;
}
