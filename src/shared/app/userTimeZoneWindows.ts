/**
 * The user's IANA zone from Outlook's Windows zone name, using the CLDR mapping (windows-iana).
 * Task pane only: the table is too large for the commands bundle.
 */
import { findIana } from 'windows-iana';
import { userTimeZone } from './userTimeZone';

export function userTimeZoneFromWindows(
  fromOutlook: string | undefined,
  fromRuntime: string | undefined,
): string {
  const mapped = fromOutlook ? findIana(fromOutlook)[0] : undefined;
  return userTimeZone(mapped ?? fromOutlook, fromRuntime);
}
