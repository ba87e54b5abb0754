/**
 * SentCopyCachePort over localStorage: what this device knows about the messages it sent, by token.
 * At most MAX_ENTRIES (oldest dropped); unavailable storage (classic Outlook's event runtime, blocked
 * or full storage) makes every call a harmless no-op.
 */
import type { SentCopyCachePort, SentCopyEntry } from '../ports';
import { deviceStorage } from './deviceStorage';

export const MAX_ENTRIES = 400;

type Entries = Record<string, SentCopyEntry>;

function parse(text: string | null): Entries {
  if (!text) return {};
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    const entries: Entries = {};
    for (const [token, entry] of Object.entries(value as Record<string, unknown>)) {
      if (typeof entry !== 'object' || entry === null) continue;
      const e = entry as Record<string, unknown>;
      if (typeof e['at'] !== 'number') continue;
      entries[token] = {
        at: e['at'],
        ...(typeof e['itemId'] === 'string' ? { itemId: e['itemId'] } : {}),
        ...(typeof e['conversationId'] === 'string' ? { conversationId: e['conversationId'] } : {}),
        ...(typeof e['internetMessageId'] === 'string' ? { internetMessageId: e['internetMessageId'] } : {}),
        ...(typeof e['excerpt'] === 'string' ? { excerpt: e['excerpt'] } : {}),
      };
    }
    return entries;
  } catch {
    return {};
  }
}

/** Creates the cache under `key` (include the mailbox address so accounts never mix). */
export function createSentCopyCache(
  key: string,
  now: () => number,
  storage: () => Storage | undefined = deviceStorage,
): SentCopyCachePort {
  const store = (): Storage | undefined => {
    try {
      return storage();
    } catch {
      return undefined;
    }
  };
  const read = (): Entries => {
    try {
      return parse(store()?.getItem(key) ?? null);
    } catch {
      return {};
    }
  };
  return {
    get: (token) => read()[token],
    put(token, entry) {
      const target = store();
      if (!target) return false;
      const entries = read();
      entries[token] = { ...entries[token], ...entry, at: now() };
      const kept: Entries = {};
      for (const [token, value] of Object.entries(entries)
        .sort(([, a], [, b]) => b.at - a.at)
        .slice(0, MAX_ENTRIES))
        kept[token] = value;
      try {
        target.setItem(key, JSON.stringify(kept));
        return true;
      } catch {
        return false;
      }
    },
  };
}
