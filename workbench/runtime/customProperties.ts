/**
 * Office.CustomProperties as the web runtime implements it (CustomProperties.ts and
 * saveCustomProperties.ts in outlook-web-16.01.debug.js): Dates are stored as "Date(<ms>)" and read
 * back as Date; saveAsync throws Sys.ArgumentOutOfRangeException when JSON.stringify of all the
 * properties exceeds 2,500 characters; otherwise it writes them to the item.
 */
import { argumentOutOfRangeError } from './officeErrors';
import { officeAsync, type CallGate } from './officeAsync';

export const CUSTOM_PROPERTIES_MAX_CHARACTERS = 2500;

const DATE = /^Date\((-?\d+)\)$/;

export function createCustomProperties(
  loaded: Readonly<Record<string, unknown>>,
  gate: CallGate,
  save: (properties: Record<string, unknown>) => Promise<void>,
): Office.CustomProperties {
  const raw: Record<string, unknown> = { ...loaded };
  const read = (key: string): unknown => {
    const value = raw[key];
    const match = typeof value === 'string' ? DATE.exec(value) : null;
    return match ? new Date(Number(match[1])) : value;
  };
  return {
    get: read,
    set(name: string, value: unknown): void {
      raw[name] = value instanceof Date ? `Date(${value.getTime()})` : value;
    },
    remove(name: string): void {
      delete raw[name];
    },
    getAll(): Record<string, unknown> {
      return Object.fromEntries(Object.keys(raw).map((key) => [key, read(key)]));
    },
    saveAsync: officeAsync<Office.CustomProperties['saveAsync']>(gate, {
      method: 'customProperties.saveAsync',
      fixed: 0,
      callbackRequired: false,
      legacy: true,
      validate() {
        if (JSON.stringify(raw).length > CUSTOM_PROPERTIES_MAX_CHARACTERS) {
          throw argumentOutOfRangeError('customProperties');
        }
      },
      run: () => save({ ...raw }),
    }),
  };
}
