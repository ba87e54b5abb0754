/**
 * The task pane's Office events: ItemChanged (Mailbox 1.5, pinned panes), OfficeThemeChanged (1.14),
 * RecipientsChanged on the message being composed (1.7: the compose preview follows To/Cc as they are typed),
 * the theme colours, and the context a notification's button handed to the pane
 * (getInitializationContextAsync, 1.8). Each registration can fail (older clients): the pane then
 * simply does not hear that event, which it tolerates (it reloads per item when unpinned).
 */
import { officeCall } from './officeCall';

export type PaneTheme = 'light' | 'dark';

export interface PaneEvents {
  onItemChanged(listener: () => void): Promise<() => void>;
  onThemeChanged(listener: (theme: PaneTheme) => void): Promise<() => void>;
  /**
   * The compose item's To/Cc/Bcc changed. Registered on the item open now: after ItemChanged, register
   * again. Where the client lacks it (before 1.7, read mode) nothing fires: read recipients on demand.
   */
  onRecipientsChanged(listener: () => void): Promise<() => void>;
  theme(): PaneTheme;
  /** The notification button's context, or undefined (most openings have none). */
  initializationContext(): Promise<string | undefined>;
}

/** Dark when Office says so, or when the pane background is dark (older clients report colours only). */
export function themeOf(theme: Partial<Office.OfficeTheme> | undefined): PaneTheme {
  if (!theme) return 'light';
  if (typeof theme.isDarkTheme === 'boolean') return theme.isDarkTheme ? 'dark' : 'light';
  const hex = (theme.bodyBackgroundColor ?? '').replace('#', '');
  if (!/^[0-9a-f]{6}$/i.test(hex)) return 'light';
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? 'dark' : 'light';
}

async function listen(eventType: Office.EventType, handler: (args: unknown) => void): Promise<() => void> {
  const mailbox = Office.context.mailbox;
  try {
    await officeCall<void>(`mailbox.addHandlerAsync(${String(eventType)})`, (cb) =>
      mailbox.addHandlerAsync(eventType, handler, cb),
    );
  } catch {
    return () => undefined;
  }
  return () => {
    try {
      mailbox.removeHandlerAsync(eventType, () => undefined);
    } catch {
      // The pane is closing; nothing to undo.
    }
  };
}

async function listenOnItem(handler: (args: unknown) => void): Promise<() => void> {
  const item = Office.context.mailbox.item as Office.MessageCompose | null | undefined;
  if (!item || typeof item.addHandlerAsync !== 'function') return () => undefined;
  const type = Office.EventType.RecipientsChanged;
  try {
    await officeCall<void>('item.addHandlerAsync(RecipientsChanged)', (cb) =>
      item.addHandlerAsync(type, handler, cb),
    );
  } catch {
    return () => undefined;
  }
  return () => {
    try {
      item.removeHandlerAsync(type, () => undefined);
    } catch {
      // The item is gone; nothing to undo.
    }
  };
}

export function createPaneEvents(): PaneEvents {
  return {
    onItemChanged: (listener) => listen(Office.EventType.ItemChanged, () => listener()),
    onThemeChanged: (listener) =>
      listen(Office.EventType.OfficeThemeChanged, (args) => {
        const theme =
          (args as { officeTheme?: Office.OfficeTheme } | undefined)?.officeTheme ??
          Office.context.officeTheme;
        listener(themeOf(theme));
      }),
    onRecipientsChanged: (listener) => listenOnItem(() => listener()),
    theme: () => themeOf(Office.context.officeTheme),
    async initializationContext() {
      const item = Office.context.mailbox.item as Office.MessageRead | null | undefined;
      if (!item || typeof item.getInitializationContextAsync !== 'function') return undefined;
      try {
        const value = await officeCall<string>('item.getInitializationContextAsync', (cb) =>
          item.getInitializationContextAsync(cb),
        );
        return value || undefined;
      } catch {
        return undefined;
      }
    },
  };
}
