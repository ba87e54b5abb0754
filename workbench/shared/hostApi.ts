/**
 * The contract between a workbench device window (the "Outlook client") and the Office runtime
 * running inside its task pane and command frames. Frames are same-origin children of the device,
 * and find it as `window.parent[WORKBENCH_HOST_KEY]`.
 */
export const WORKBENCH_HOST_KEY = '__reachplanWorkbenchHost';

export interface HostPerson {
  readonly displayName: string;
  readonly emailAddress: string;
}

/** The item the device has open, as the runtime exposes it through Office.context.mailbox.item. */
export interface HostItem {
  readonly mode: 'read' | 'compose';
  readonly itemId: string | null;
  readonly subject: string;
  readonly from: HostPerson | null;
  readonly to: readonly HostPerson[];
  readonly cc: readonly HostPerson[];
  readonly body: string;
  readonly dateTimeCreated: string;
  readonly conversationId: string | null;
  readonly internetMessageId: string | null;
}

export interface WorkbenchHost {
  readonly session: string;
  readonly user: HostPerson & { readonly timeZone: string };
  /** The item open in this device, or null (nothing selected). */
  currentItem(): HostItem | null;
  /** The roaming settings as stored on the server (values JSON-stringified), read once at add-in start. */
  loadRoaming(): Promise<Record<string, string>>;
  /** Replaces the stored roaming settings with these (the whole collection, as Office saves it). */
  saveRoaming(values: Record<string, string>): Promise<void>;
}
