/**
 * The roaming settings quota as Outlook's web runtime counts it: saveAsync fails with 9019 when
 * JSON.stringify(map of JSON.stringify(value)).length > 32 * 1024, so quotes and backslashes inside
 * values cost double (source: @microsoft/office-js 1.1.110 dist/outlook-web-16.01.debug.js,
 * saveSettingsRequest; platform.md).
 */

export const ROAMING_QUOTA_CHARACTERS = 32 * 1024;

/** The characters the web runtime counts for a settings collection whose values are already serialized. */
export function roamingCharacters(serialized: Readonly<Record<string, string>>): number {
  return JSON.stringify(serialized).length;
}
