/**
 * The interfaces the core and the UI need from the outside world. Adapters in src/shared/office/
 * implement them over office.js; tests and the workbench provide their own.
 * Grows with each capability: keep each port small and named for what it does.
 */

/** One person on an item's To/Cc/From line. */
export interface Recipient {
  readonly displayName: string;
  readonly emailAddress: string;
  /** Office's RecipientType when known: 'user' (internal), 'externalUser', 'distributionList', 'other'. */
  readonly recipientType?: string;
}

/** What the pane needs to know about the item Outlook has open. */
export interface ItemSummary {
  readonly mode: 'read' | 'compose';
  readonly subject: string;
  readonly to: readonly Recipient[];
  readonly cc: readonly Recipient[];
  /** Read mode: the sender. */
  readonly from?: Recipient;
  /** Read mode (compose: only after a save). */
  readonly itemId?: string;
  readonly conversationId?: string;
  readonly internetMessageId?: string;
  /** Read mode: when the message was created (sent or received), epoch ms. */
  readonly dateTimeCreated?: number;
}

/** The item Outlook has open (or none: a pinned pane with no selection). */
export interface MailboxPort {
  currentItem(): Promise<ItemSummary | null>;
}

/** The message being composed, as the commands need it (compose mode only). */
export interface ComposeItemPort {
  subject(): Promise<string>;
  recipients(): Promise<{ readonly to: readonly Recipient[]; readonly cc: readonly Recipient[] }>;
  /** The body as HTML when the client gives it (the coach reads both forms). */
  body(): Promise<{ readonly text: string; readonly format: 'text' | 'html' }>;
  /** Null for a new message that was never saved (Office's rule). */
  conversationId(): Promise<string | null>;
  /** 'new', 'reply' or 'forward' (getComposeTypeAsync, Mailbox 1.10); 'new' when unknown. */
  composeType(): Promise<'new' | 'reply' | 'forward'>;
  /** Saves the draft (item.saveAsync): custom properties then persist in classic Outlook, and a new message gets its conversation id. */
  save(): Promise<void>;
}

/** What this device remembers about a message it sent (roaming settings cannot hold item ids or text). */
export interface SentCopyEntry {
  readonly itemId?: string;
  readonly conversationId?: string;
  readonly internetMessageId?: string;
  /** The start of the message's text, to quote in a reminder when the sent copy cannot be opened. */
  readonly excerpt?: string;
  /** When the entry was last written (epoch ms), for eviction. */
  readonly at: number;
}

/** Per-device memory of sent messages by follow-up token (localStorage where the runtime has it). */
export interface SentCopyCachePort {
  get(token: string): SentCopyEntry | undefined;
  /** Merges into the entry; false when the device cannot store it. Never throws. */
  put(token: string, entry: Partial<SentCopyEntry>): boolean;
}

/** Random numbers in [0, 1) for tokens (crypto-backed where the runtime has it). */
export interface RandomPort {
  next(): number;
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

/** A meeting request to open for the user to complete and send (times are instants). */
export interface NewAppointment {
  readonly attendees: readonly Recipient[];
  readonly start: number;
  readonly end: number;
  readonly subject: string;
  /** Plain text (Outlook's appointment form takes text). */
  readonly body: string;
  readonly location?: string;
}

/** Outlook's forms: they open a window and return nothing (failures throw OfficeCallError). */
export interface FormsPort {
  /** Reply all to the current read item (Outlook quotes the original). */
  replyAll(htmlBody: string): void;
  newMessage(message: NewMessage): void;
  /** Opens an existing item by its item id. */
  openItem(itemId: string): void;
  /** A new meeting request (displayNewAppointmentForm, Mailbox 1.1; throws where the client lacks it). */
  newAppointment(appointment: NewAppointment): void;
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

/**
 * The add-in's roaming settings (context.roamingSettings in office.js): loaded once when the add-in starts,
 * saved as one collection. The store owns every key it writes.
 */
export interface RoamingSettingsPort {
  /** The value loaded for `key` (undefined when absent). Never the other devices' later changes. */
  get(key: string): unknown;
  /** Sets the given keys (null removes one) and saves the whole collection. Rejects with an error
   * carrying Office's code (9019 on save, 9057 on set past the limit). */
  write(values: Readonly<Record<string, string | null>>): Promise<void>;
}

/**
 * Device-local storage for the store's journal of writes not yet seen back in roaming settings.
 * Unavailable in classic Outlook's JavaScript-only runtime (no localStorage): `available` is false
 * and the store runs without a journal.
 */
export interface JournalPort {
  readonly available: boolean;
  /** The stored journal, or null when none (or unreadable). Never throws. */
  read(): string | null;
  /** Replaces the journal; false when storage refused it (full, blocked). Never throws. */
  write(text: string): boolean;
}

/** The clock (milliseconds since the Unix epoch). */
export interface ClockPort {
  now(): number;
}

/** Timers, injectable so retries and backoff are tested without waiting. */
export interface TimerPort {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** A custom properties write refused because all of the add-in's properties would pass Outlook's budget. */
export class ItemPropertiesFullError extends Error {
  override readonly name = 'ItemPropertiesFullError';

  constructor(
    readonly characters: number,
    readonly quota: number,
  ) {
    super(
      `ReachPlan's data on this message would need ${characters} of the ${quota} characters Outlook allows`,
    );
  }
}

/** The add-in's custom properties on the current item (loadCustomPropertiesAsync). */
export interface ItemPropertiesPort {
  /** The property's value, or undefined. Rejects when Office cannot load the properties. */
  get(name: string): Promise<unknown>;
  /** Sets the property and saves the item's properties. Rejects past the 2,500-character budget or on failure. */
  set(name: string, value: string): Promise<void>;
  remove(name: string): Promise<void>;
}

/** One Microsoft Graph request (connected mode). */
export interface GraphRequest {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Relative to Graph v1.0 ("/me/messages?$top=10"), or an @odata.nextLink Graph returned. */
  readonly url: string;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Why a Graph request failed, in the user's words (`message`) and for code (`kind`). */
export interface GraphFailure {
  readonly kind:
    'signIn' | 'forbidden' | 'notFound' | 'throttled' | 'offline' | 'timeout' | 'server' | 'refused';
  readonly message: string;
  readonly status?: number;
  /** Graph's error code, e.g. "ErrorAccessDenied". */
  readonly code?: string;
  /** Throttled: how long Graph asked to wait (ms). */
  readonly retryAfterMs?: number;
}

/** One answer of a $batch, in the order of the requests. */
export type GraphBatchAnswer =
  | { readonly ok: true; readonly status: number; readonly body: unknown }
  | { readonly ok: false; readonly failure: GraphFailure };

/**
 * Microsoft Graph behind a port (connected mode only; never from the send path). Requests retry on
 * throttling (429/503 with Retry-After) and refresh the token once on 401; failures reject with a
 * GraphError carrying a GraphFailure.
 */
export interface GraphPort {
  send<T>(request: GraphRequest): Promise<T>;
  /** Up to 20 requests in one $batch round trip; throttled ones are retried. Answers in request order. */
  batch(requests: readonly GraphRequest[]): Promise<readonly GraphBatchAnswer[]>;
}

/** Access tokens for Microsoft Graph (nested app authentication). */
export interface GraphTokenPort {
  /** A token for Graph's scopes; `forceRefresh` after Graph refused the last one. Rejects when signing in needs the user. */
  token(options?: { readonly forceRefresh?: boolean }): Promise<string>;
}

/** The account connected mode signed in with. */
export interface ConnectedAccount {
  readonly username: string;
  readonly name: string;
}

/** Signing in to Microsoft 365 through the Outlook host (NAA). Tokens stay in memory. */
export interface GraphAuthPort extends GraphTokenPort {
  /** Silent first; with `interactive`, then a popup (call from a user gesture). */
  signIn(interactive: boolean): Promise<ConnectedAccount>;
  /** Forgets this device's tokens and account. */
  signOut(): void;
  account(): ConnectedAccount | null;
}

/** Small per-device values for connected mode (localStorage; never roaming settings). Never throws. */
export interface DeviceMemoryPort {
  get(key: string): string | null;
  /** False when the device cannot store it. */
  set(key: string, value: string | null): boolean;
}
