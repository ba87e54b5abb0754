/**
 * The state of one workbench session as the server keeps it and the state API returns it: the
 * mailbox, the clock, the simulated client's settings, injected faults. Devices (Outlook windows)
 * of the same session share all of it; each keeps its own loaded copy of the roaming settings.
 */
import type { AddinManifest } from './addinManifest';
import type { FixtureContact, FixtureUser } from './fixture';
import type { MailMessage } from './mailMessage';

/** How the simulated Outlook client behaves. Changed with PUT /api/s/:session/settings (partial). */
export interface WorkbenchSettings {
  /** The Mailbox requirement set the client supports (isSetSupported, launch events, VersionOverrides). */
  readonly requirementLevel: string;
  readonly theme: 'light' | 'dark';
  readonly displayLanguage: string;
  /** Roaming settings quota in characters as the runtime counts them (32 KB in Outlook). */
  readonly roamingQuota: number;
  /** Classic Outlook on Windows: roamingSettings.set() throws 9057 when the collection would exceed the quota. */
  readonly roamingSetThrows: boolean;
  /** Whether the add-in's custom properties set in compose are on the Sent Items copy (documented inconsistently). */
  readonly customPropertiesOnSentCopy: boolean;
  /** OnMessageSend handler time limit (Outlook: 5 minutes), then the timeout dialog. */
  readonly onSendTimeoutSeconds: number;
  /** Function command / other launch event time limit (Outlook: 5 minutes). */
  readonly commandTimeoutSeconds: number;
  /** After this long, Smart Alerts shows "taking longer than expected" (Outlook: 5 seconds). */
  readonly longRunningNoticeSeconds: number;
  /** 'test': load the workbench's scripted test pages instead of the add-in's task pane and function file. */
  readonly addinPages: 'manifest' | 'test';
}

export const DEFAULT_SETTINGS: WorkbenchSettings = {
  requirementLevel: '1.15',
  theme: 'light',
  displayLanguage: 'en-US',
  roamingQuota: 32 * 1024,
  roamingSetThrows: false,
  customPropertiesOnSentCopy: true,
  onSendTimeoutSeconds: 300,
  commandTimeoutSeconds: 300,
  longRunningNoticeSeconds: 5,
  addinPages: 'manifest',
};

/** An injected fault. `remaining`: how many more times it fires (-1: every time until cleared). */
export type Fault =
  | { readonly kind: 'roamingSaveFails'; readonly remaining: number }
  | {
      readonly kind: 'officeCallFails';
      /** The Office member as written in code after `Office.context.`, e.g. "mailbox.item.body.getAsync". */
      readonly method: string;
      readonly code: number;
      readonly remaining: number;
    }
  | { readonly kind: 'slowCalls'; readonly delayMs: number };

/** One thing that happened in a device, recorded for tests and shown in the device's log panel. */
export interface LogEntry {
  readonly seq: number;
  /** Session clock time (ISO). */
  readonly at: string;
  readonly device: string;
  /** e.g. command.start, command.completed, command.timeout, event.completed, smartAlert.shown, send. */
  readonly kind: string;
  readonly detail: Readonly<Record<string, unknown>>;
}

/** How the test pages' scripted handler for one function name behaves (addinPages: 'test'). */
export interface TestHandlerSpec {
  /** complete: call event.completed(options) after delayMs; never: never complete; throw: throw at once. */
  readonly action: 'complete' | 'never' | 'throw';
  readonly delayMs?: number;
  readonly options?: Readonly<Record<string, unknown>>;
  /** Before completing, add this notification to the item (proves the frame can reach the item). */
  readonly notification?: { readonly key: string; readonly message: string };
}

export interface SessionSnapshot {
  /** Increases with every change; devices refetch when it moves. */
  readonly version: number;
  readonly fixture: string;
  readonly user: FixtureUser;
  readonly contacts: readonly FixtureContact[];
  readonly clock: { readonly offsetMs: number; readonly nowMs: number };
  readonly settings: WorkbenchSettings;
  readonly faults: readonly Fault[];
  readonly messages: readonly MailMessage[];
  readonly roaming: {
    readonly characters: number;
    readonly revision: number;
    readonly lastWriter: string | null;
  };
  /** The served manifest as parsed, or why it could not be read. */
  readonly addin: { readonly manifest: AddinManifest } | { readonly error: string };
}
