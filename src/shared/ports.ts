/**
 * The interfaces the core and the UI need from the outside world. Adapters in src/shared/office/
 * implement them over Office.js; tests and the workbench provide their own.
 * Grows with each capability: keep each port small and named for what it does.
 */

/** One person on an item's To/Cc/From line. */
export interface Recipient {
  readonly displayName: string;
  readonly emailAddress: string;
}

/** What the pane needs to know about the item Outlook has open. */
export interface ItemSummary {
  readonly mode: 'read' | 'compose';
  readonly subject: string;
  readonly to: readonly Recipient[];
  readonly cc: readonly Recipient[];
}

/** The item Outlook has open (or none: a pinned pane with no selection). */
export interface MailboxPort {
  currentItem(): Promise<ItemSummary | null>;
}

/** A status line on the item Outlook shows (its notification bar). */
export interface Notice {
  /** info: informational (persistent if asked); error: shown until seen; progress: a spinner line; insight: with one action. */
  readonly kind: 'info' | 'error' | 'progress' | 'insight';
  /** At most 150 characters (Office's limit); longer text is cut with an ellipsis. */
  readonly message: string;
  readonly persistent?: boolean;
  /** insight only: a button that opens the task pane (the manifest control id). */
  readonly action?: {
    readonly label: string;
    readonly commandId: string;
    /** Handed to the pane it opens (getInitializationContextAsync), e.g. which view to show. */
    readonly context?: string;
  };
}

/** Notifications on the current item, by key (one line per key; at most 5 per item). */
export interface NotifierPort {
  show(key: string, notice: Notice): Promise<void>;
  clear(key: string): Promise<void>;
}

/** What a read-mode message says beyond its properties. */
export interface ItemContentPort {
  /** All internet headers, names in lower case, repeated headers joined with ", ". */
  headers(): Promise<Record<string, string>>;
  /** The body as plain text. */
  bodyText(): Promise<string>;
}

export interface NewMessage {
  readonly to: readonly Recipient[];
  readonly cc?: readonly Recipient[];
  readonly subject: string;
  readonly htmlBody: string;
}

/** Outlook's forms: they open a window and return nothing (failures throw OfficeCallError). */
export interface FormsPort {
  /** Reply all to the current read item (Outlook quotes the original). */
  replyAll(htmlBody: string): void;
  newMessage(message: NewMessage): void;
  /** Opens an existing item by its item id. */
  openItem(itemId: string): void;
}

/** What this Outlook client supports (requirement sets), each with a stated fallback where used. */
export interface Capabilities {
  /** OnMessageSend (Mailbox 1.12): otherwise the flag is committed when the pane next opens on the sent item. */
  readonly onSendEvent: boolean;
  /** InsightMessage with an action (1.10; compose only on web/new Outlook): otherwise no due-steps hint on compose. */
  readonly insightNotices: boolean;
  /** ItemChanged for pinned panes (1.5): otherwise the pane reloads per item. */
  readonly pinning: boolean;
  /** getAllInternetHeadersAsync (1.8): otherwise replies are classified from sender, subject and body only. */
  readonly internetHeaders: boolean;
  /** Nested app authentication (NestedAppAuth 1.1): connected mode needs it. */
  readonly nestedAppAuth: boolean;
}
