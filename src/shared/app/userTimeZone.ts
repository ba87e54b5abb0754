/**
 * The user's IANA zone. Outlook reports userProfile.timeZone in Windows format ("W. Europe Standard
 * Time"; Office.UserProfile docs), mapped here with CLDR's table (windowsZones.ts, generated from
 * windows-iana); an IANA name is used as is. Otherwise the runtime's own zone (Intl), otherwise UTC.
 * On Outlook on the web the mailbox's zone (Outlook's) can differ from the browser's (Intl): Outlook's
 * wins, so the commands and the task pane plan in the same zone.
 */
import { IANAZone } from 'luxon';
import { WINDOWS_ZONES } from './windowsZones';

export function userTimeZone(fromOutlook: string | undefined, fromRuntime: string | undefined): string {
  const outlook = fromOutlook?.trim();
  const mapped =
    outlook && Object.prototype.hasOwnProperty.call(WINDOWS_ZONES, outlook)
      ? WINDOWS_ZONES[outlook]
      : outlook;
  for (const zone of [mapped, fromRuntime]) {
    if (zone && IANAZone.isValidZone(zone)) return zone;
  }
  return 'UTC';
}
