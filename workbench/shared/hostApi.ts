/**
 * The contract between a workbench device (the "Outlook client" page) and the Office runtime running
 * inside its task pane and command frames. Frames are same-origin children of the device and find it
 * as `window.parent[WORKBENCH_HOST_KEY]`; each frame attaches once and gets a FrameBinding scoped to
 * it (its item, its events). Everything crossing the boundary is plain JSON; host promises reject
 * with a HostFailure carrying Office's error code.
 */
import type { StoredNotification } from './mailMessage';

export const WORKBENCH_HOST_KEY = '__reachplanWorkbenchHost';

export interface HostPerson {
  readonly displayName: string;
  readonly emailAddress: string;
}

export interface HostReadItem {
  readonly mode: 'read';
  readonly itemId: string;
  readonly itemClass: string;
  readonly subject: string;
  readonly from: HostPerson;
  readonly to: readonly HostPerson[];
  readonly cc: readonly HostPerson[];
  /** ISO 8601. */
  readonly dateTimeCreated: string;
  readonly dateTimeModified: string;
  readonly conversationId: string | null;
  readonly internetMessageId: string | null;
}

export interface HostComposeItem {
  readonly mode: 'compose';
  /** Office.MailboxEnums.ComposeType of the form. */
  readonly composeType: 'newMail' | 'reply' | 'forward';
  readonly conversationId: string | null;
  /** Message-ID of the message answered (Mailbox 1.14), null for a new message. */
  readonly inReplyTo: string | null;
}

/** The item a frame sees as Office.context.mailbox.item. */
export type HostItem = HostReadItem | HostComposeItem;

/** Why a host operation failed: Office's error code, and a message when Office gives one. */
export interface HostFailure {
  readonly code: number;
  readonly message: string;
}

export interface OfficeThemeColors {
  readonly bodyBackgroundColor: string;
  readonly bodyForegroundColor: string;
  readonly controlBackgroundColor: string;
  readonly controlForegroundColor: string;
  readonly isDarkTheme: boolean;
}

/** The client as the runtime presents it; read synchronously (it changes with the session settings). */
export interface HostClient {
  readonly device: string;
  /** The workbench session the device belongs to (its Graph side: nested app authentication, /graph/v1.0). */
  readonly session?: string;
  readonly requirementLevel: string;
  readonly displayLanguage: string;
  readonly theme: OfficeThemeColors;
  readonly roamingQuota: number;
  readonly roamingSetThrows: boolean;
  readonly user: HostPerson & { readonly timeZone: string; readonly accountType: string };
  /** Addresses of the distribution lists in the directory (lower case). */
  readonly lists: readonly string[];
}

export type RecipientField = 'to' | 'cc' | 'bcc';
export type BodyCoercion = 'text' | 'html';

export type NotificationRequest =
  | { readonly op: 'add' | 'replace'; readonly notification: StoredNotification }
  | { readonly op: 'remove'; readonly key: string }
  | { readonly op: 'getAll' };

export interface NewMessageRequest {
  readonly to: readonly HostPerson[];
  readonly cc: readonly HostPerson[];
  readonly bcc: readonly HostPerson[];
  readonly subject?: string;
  readonly htmlBody?: string;
}

/** What a frame dispatches to the add-in: a button's function, or a launch event. */
export type HostDispatch =
  | { readonly kind: 'command'; readonly functionName: string; readonly controlId: string }
  | { readonly kind: 'launch'; readonly functionName: string; readonly type: string };

/** The device side of one frame. */
export interface FrameBinding {
  readonly kind: 'taskpane' | 'commands';
  /** Whether this frame handles a launch event (display*Form is blocked there). */
  readonly launchEvent: boolean;
  client(): HostClient;
  /** How far the session clock is ahead of real time; the runtime shifts Date by it. */
  clockOffsetMs(): number;
  /** The frame's current item (null: a pinned pane with nothing selected). */
  item(): HostItem | null;
  /** Lets an Office call through the injected faults: waits for slow calls; a failure when one is injected. */
  callGate(method: string): Promise<HostFailure | null>;

  recipientsGet(field: RecipientField): Promise<HostPerson[]>;
  recipientsSet(field: RecipientField, people: readonly HostPerson[]): Promise<void>;
  recipientsAdd(field: RecipientField, people: readonly HostPerson[]): Promise<void>;
  subjectGet(): Promise<string>;
  subjectSet(subject: string): Promise<void>;
  bodyGet(coercion: BodyCoercion): Promise<string>;
  bodySet(data: string, coercion: BodyCoercion): Promise<void>;
  bodyPrepend(data: string, coercion: BodyCoercion): Promise<void>;
  bodyType(): Promise<BodyCoercion>;
  fromGet(): Promise<HostPerson>;
  headersGet(names: readonly string[]): Promise<Record<string, string>>;
  headersSet(headers: Readonly<Record<string, string>>): Promise<void>;
  headersRemove(names: readonly string[]): Promise<void>;
  /** Read mode: the whole header block (getAllInternetHeadersAsync). */
  headersAll(): Promise<string>;
  /** Compose: saves the draft, resolves with its item id. */
  itemSave(): Promise<string>;
  itemIdGet(): Promise<string>;
  customPropertiesLoad(): Promise<Record<string, unknown>>;
  customPropertiesSave(properties: Readonly<Record<string, unknown>>): Promise<void>;
  notifications(request: NotificationRequest): Promise<StoredNotification[]>;
  displayReplyForm(all: boolean, htmlBody: string | undefined): Promise<void>;
  displayNewMessageForm(request: NewMessageRequest): Promise<void>;
  displayMessageForm(itemId: string): Promise<void>;
  roamingLoad(): Promise<Record<string, string>>;
  roamingSave(values: Readonly<Record<string, string>>): Promise<void>;

  /** ItemChanged (pinned pane): the frame's item() changed. */
  onItemChanged(listener: () => void): void;
  /** RecipientsChanged (Mailbox 1.7): the compose form's To, Cc or Bcc changed (by the user or an add-in). */
  onRecipientsChanged(listener: (fields: RecipientFieldsChanged) => void): void;
  /** The session theme changed. */
  onThemeChanged(listener: () => void): void;
  /** Commands frames: how the device runs a function; returns false when no such function is registered. */
  setDispatcher(dispatch: (request: HostDispatch, complete: (options: unknown) => void) => boolean): void;
  /** The runtime finished initializing (Office.onReady resolved). */
  ready(): void;
  /** Something the add-in did wrong that Office would not report (shown in the device's log). */
  warn(message: string): void;
}

/** Which recipient lines changed (Office.RecipientsChangedFields). */
export interface RecipientFieldsChanged {
  readonly to: boolean;
  readonly cc: boolean;
  readonly bcc: boolean;
}

export interface WorkbenchHost {
  /** Binds a frame of this device; null when the device does not know the frame. */
  attach(frame: Window): FrameBinding | null;
}
