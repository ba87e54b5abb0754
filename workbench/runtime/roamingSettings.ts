/**
 * Office.RoamingSettings with the web runtime's rules: values are loaded once when the add-in starts;
 * saveAsync writes the whole collection and fails with 9019 when
 * JSON.stringify(map of JSON.stringify(value)).length > 32 * 1024
 * (source: @microsoft/office-js 1.1.110 dist/outlook-web-16.01.debug.js, saveSettingsRequest).
 */
import { failed, succeeded } from './asyncResult';

export const ROAMING_QUOTA_CHARACTERS = 32 * 1024;

/** The characters the web runtime counts for a settings collection. */
export function roamingCharacters(serialized: Record<string, string>): number {
  return JSON.stringify(serialized).length;
}

export function createRoamingSettings(
  loaded: Record<string, string>,
  save: (values: Record<string, string>) => Promise<void>,
): Office.RoamingSettings {
  const values = new Map<string, unknown>();
  for (const [key, raw] of Object.entries(loaded)) {
    try {
      values.set(key, JSON.parse(raw) as unknown);
    } catch {
      // A value Office cannot parse is dropped by Office too.
    }
  }

  const serialize = (): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const [key, value] of values) out[key] = JSON.stringify(value);
    return out;
  };

  return {
    get(name: string): unknown {
      return values.get(name);
    },
    set(name: string, value: unknown): void {
      values.set(name, value);
    },
    remove(name: string): void {
      values.delete(name);
    },
    saveAsync(callback?: (asyncResult: Office.AsyncResult<void>) => void): void {
      const serialized = serialize();
      if (roamingCharacters(serialized) > ROAMING_QUOTA_CHARACTERS) {
        setTimeout(() => callback?.(failed<void>(9019, 'GenericSettingsError', '')), 0);
        return;
      }
      save(serialized).then(
        () => callback?.(succeeded<void>(undefined)),
        (error: unknown) =>
          callback?.(
            failed<void>(
              9019,
              'GenericSettingsError',
              error instanceof Error ? error.message : String(error),
            ),
          ),
      );
    },
  };
}
