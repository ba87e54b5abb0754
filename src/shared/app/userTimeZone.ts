/**
 * The user's IANA zone. Outlook reports userProfile.timeZone in Windows format ("W. Europe Standard
 * Time"; the userProfile docs), mapped here with CLDR's table (windowsZones.ts, generated from
 * windows-iana); an IANA name is used as is. Otherwise the runtime's own zone (Intl), otherwise UTC.
 * On Outlook on the web the mailbox's zone (Outlook's) can differ from the browser's (Intl): Outlook's
 * wins, so the commands and the task pane plan in the same zone. No luxon here: the task pane's first
 * chunk imports this, and luxon (one module) would follow it there.
 */
import { WINDOWS_ZONES } from './windowsZones';

/** Whether the runtime knows the IANA zone (what luxon's IANAZone.isValidZone checks, without luxon). */
function zoneKnown(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone }).format(0);
    return true;
  } catch {
    return false;
  }
}

export function userTimeZone(fromOutlook: string | undefined, fromRuntime: string | undefined): string {
  const outlook = fromOutlook?.trim();
  const mapped =
    outlook && Object.prototype.hasOwnProperty.call(WINDOWS_ZONES, outlook)
      ? WINDOWS_ZONES[outlook]
      : outlook;
  for (const zone of [mapped, fromRuntime]) {
    if (zone && zoneKnown(zone)) return zone;
  }
  return 'UTC';
}
