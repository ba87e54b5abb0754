/**
 * Office.RoamingSettings with Outlook's rules: values are loaded once, when the add-in starts (another
 * device's later saves are not seen until the add-in is reopened); saveAsync writes the whole
 * collection and fails with 9019 (empty message) when it exceeds the quota as the web runtime counts
 * it (shared/roamingQuota.ts); in classic Outlook on Windows, set() already throws 9057 past the
 * quota (GH3060; "Office Add-ins error codes"). A failed server write is 9019 too.
 */
import { roamingCharacters } from '../shared/roamingQuota';
import { codedError } from './officeErrors';
import { OfficeFailure, officeAsync, type CallGate } from './officeAsync';

export interface RoamingOptions {
  readonly quota: () => number;
  readonly setThrows: () => boolean;
  readonly save: (values: Record<string, string>) => Promise<void>;
}

/** The settings as Office serializes them: each value JSON-stringified. */
function serialize(values: ReadonlyMap<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of values) out[key] = JSON.stringify(value);
  return out;
}

export function createRoamingSettings(
  loaded: Readonly<Record<string, string>>,
  gate: CallGate,
  options: RoamingOptions,
): Office.RoamingSettings {
  const values = new Map<string, unknown>();
  for (const [key, raw] of Object.entries(loaded)) {
    try {
      values.set(key, JSON.parse(raw) as unknown);
    } catch {
      // A value Office cannot parse is dropped by Office too.
    }
  }

  return {
    get(name: string): unknown {
      return values.get(name);
    },
    set(name: string, value: unknown): void {
      if (options.setThrows()) {
        const next = new Map(values).set(name, value);
        if (roamingCharacters(serialize(next)) > options.quota()) throw codedError(9057);
      }
      values.set(name, value);
    },
    remove(name: string): void {
      values.delete(name);
    },
    saveAsync: officeAsync<Office.RoamingSettings['saveAsync']>(gate, {
      method: 'roamingSettings.saveAsync',
      fixed: 0,
      callbackRequired: false,
      async run() {
        const serialized = serialize(values);
        if (roamingCharacters(serialized) > options.quota()) throw new OfficeFailure(9019);
        await options.save(serialized);
      },
    }),
  };
}
