/**
 * The user's IANA zone from Outlook's Windows zone name (kept for the task pane's composition root):
 * the same mapping as the commands bundle (userTimeZone), so both plan in one zone.
 */
import { userTimeZone } from './userTimeZone';

export function userTimeZoneFromWindows(
  fromOutlook: string | undefined,
  fromRuntime: string | undefined,
): string {
  return userTimeZone(fromOutlook, fromRuntime);
}
