/**
 * Outlook reports the user's time zone in Windows format (Office.UserProfile.timeZone: "W. Europe
 * Standard Time"), not IANA. The workbench keeps IANA names in its fixtures and sessions and reports
 * the Windows name CLDR gives for them (windows-iana's findWindows), as Outlook would.
 */
import { findWindows } from 'windows-iana';

/** The Windows name of an IANA zone, or undefined when CLDR has none. */
export function windowsZoneOf(iana: string): string | undefined {
  try {
    return findWindows(iana)[0];
  } catch {
    return undefined;
  }
}
