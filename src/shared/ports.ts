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
