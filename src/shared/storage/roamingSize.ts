/**
 * The roaming quota as Outlook counts it (platform.md; @microsoft/office-js 1.1.110
 * outlook-web-16.01.debug.js saveSettingsRequest, the same check in the win32, mac and ios files):
 * each value is JSON.stringify'd, then the whole map is, and the length must not exceed 32 × 1024.
 */
export const ROAMING_QUOTA = 32 * 1024;

/** Characters Outlook counts for a collection of (unserialized) values. */
export function roamingCharacters(values: Readonly<Record<string, unknown>>): number {
  const serialized: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) serialized[key] = JSON.stringify(value);
  return JSON.stringify(serialized).length;
}
