/**
 * JournalPort over window.localStorage. The task pane and Outlook on the web have it; classic
 * Outlook's JavaScript-only runtime (event handlers on Windows) does not, and browsers can block or
 * fill it: then the port reports itself unavailable or a write returns false, and the store runs on.
 */
import type { JournalPort } from '../ports';
import { deviceStorage } from './deviceStorage';

/** Creates the journal under `key` (include the mailbox address so accounts never mix). */
export function createLocalStorageJournal(
  key: string,
  storage: () => Storage | undefined = deviceStorage,
): JournalPort {
  let store: Storage | undefined;
  try {
    store = storage();
    const probe = `${key}.probe`;
    store?.setItem(probe, '1');
    store?.removeItem(probe);
  } catch {
    store = undefined;
  }
  return {
    available: store !== undefined,
    read() {
      try {
        return store?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    write(text) {
      try {
        if (!store) return false;
        store.setItem(key, text);
        return true;
      } catch {
        return false;
      }
    },
  };
}
