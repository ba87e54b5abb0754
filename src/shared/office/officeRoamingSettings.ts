/**
 * RoamingSettingsPort over Office.context.roamingSettings. `set` may throw 9057 past the limit on
 * some clients (documented on Office.RoamingSettings); `saveAsync` fails with 9019 past 32 KB and
 * intermittently (GH3983). Both become rejections carrying the code (OfficeCallError).
 */
import type { RoamingSettingsPort } from '../ports';
import { officeCall } from './officeCall';
import { OfficeCallError } from './officeCallError';

/** Creates the adapter; `settings` defaults to Office.context.roamingSettings (call after Office.onReady). */
export function createOfficeRoamingSettings(
  settings: Office.RoamingSettings = Office.context.roamingSettings,
): RoamingSettingsPort {
  return {
    get(key) {
      return settings.get(key) as unknown;
    },
    async write(values) {
      for (const [key, value] of Object.entries(values)) {
        try {
          if (value === null) settings.remove(key);
          else settings.set(key, value);
        } catch (error: unknown) {
          throw OfficeCallError.fromThrown(
            value === null ? 'roamingSettings.remove' : 'roamingSettings.set',
            error,
          );
        }
      }
      await officeCall<void>('roamingSettings.saveAsync', (callback) => settings.saveAsync(callback));
    },
  };
}
