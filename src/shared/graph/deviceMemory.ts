/**
 * DeviceMemoryPort over localStorage, namespaced per mailbox. Where storage is missing or blocked
 * (classic Outlook's event runtime, a partitioned third-party frame), values live in memory for the
 * session: connected mode then re-checks more than it needs to, and loses nothing.
 */
import type { DeviceMemoryPort } from '../ports';

export function createDeviceMemory(
  prefix: string,
  storage: () => Storage | undefined = () => globalThis.localStorage,
): DeviceMemoryPort {
  const fallback = new Map<string, string>();
  const store = (): Storage | undefined => {
    try {
      return storage();
    } catch {
      return undefined;
    }
  };
  return {
    get(key) {
      try {
        return store()?.getItem(prefix + key) ?? fallback.get(key) ?? null;
      } catch {
        return fallback.get(key) ?? null;
      }
    },
    set(key, value) {
      if (value === null) fallback.delete(key);
      else fallback.set(key, value);
      try {
        const target = store();
        if (!target) return false;
        if (value === null) target.removeItem(prefix + key);
        else target.setItem(prefix + key, value);
        return true;
      } catch {
        return false;
      }
    },
  };
}
