/** The settings a new user starts with (product.md defaults), in their own time zone. */
import type { Settings } from '../domain/types';

export function settingsDefault(timeZone: string): Settings {
  return {
    user: { timeZone, workingDays: [1, 2, 3, 4, 5], workingHours: [{ start: 9 * 60, end: 17 * 60 + 30 }] },
    defaultLadder: 'prompt',
    reengageAfterDays: 30,
    defaultPauseDays: 7,
    retentionDays: 30,
    offerTracking: false,
    badNewsAlert: true,
    connected: false,
    templates: {},
  };
}
