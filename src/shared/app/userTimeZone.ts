/**
 * The user's IANA zone. Outlook reports userProfile.timeZone in Windows format ("W. Europe Standard
 * Time"; Office.UserProfile docs), so an IANA name from Outlook is used as is, otherwise the runtime's
 * own zone (Intl), otherwise UTC. The task pane maps Windows names exactly (userTimeZoneWindows.ts);
 * this small version is what the commands bundle can afford.
 */
import { IANAZone } from 'luxon';

export function userTimeZone(fromOutlook: string | undefined, fromRuntime: string | undefined): string {
  for (const zone of [fromOutlook, fromRuntime]) {
    if (zone && IANAZone.isValidZone(zone)) return zone;
  }
  return 'UTC';
}
