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

/**
 * The add-in's roaming settings (Office.context.roamingSettings): loaded once when the add-in starts,
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

/** The add-in's custom properties on the current item (loadCustomPropertiesAsync). */
export interface ItemPropertiesPort {
  /** The property's value, or undefined. Rejects when Office cannot load the properties. */
  get(name: string): Promise<unknown>;
  /** Sets the property and saves the item's properties. Rejects past the 2,500-character budget or on failure. */
  set(name: string, value: string): Promise<void>;
  remove(name: string): Promise<void>;
}
