/**
 * Extended property ids as Graph writes and compares them: "String {guid} Name x" for a named
 * property (the GUID compares without case, the name with case), "String 0x1a" for a tagged one
 * (Graph answers tags in lower-case hex without leading zeros, e.g. "Binary 0xe0a" for 0x0E0A).
 */

/** PS_PUBLIC_STRINGS: where Outlook add-ins' custom properties live. */
export const PS_PUBLIC_STRINGS = '00020329-0000-0000-c000-000000000046';

/** The canonical form of an extended property id, or null when it is not one. */
export function extendedIdCanonical(id: string): string | null {
  const named = /^(\w+)\s+\{([0-9a-fA-F-]{36})\}\s+Name\s+(.+)$/.exec(id.trim());
  if (named) return `${named[1]} {${named[2]!.toLowerCase()}} Name ${named[3]}`;
  const tagged = /^(\w+)\s+0x([0-9a-fA-F]{1,4})$/.exec(id.trim());
  if (tagged) return `${tagged[1]} 0x${parseInt(tagged[2]!, 16).toString(16)}`;
  return null;
}

/** The id Graph gives the add-in's custom properties (one JSON string, `cecp-<add-in id>`). */
export function customPropertiesId(addinId: string): string {
  return `String {${PS_PUBLIC_STRINGS}} Name cecp-${addinId}`;
}

/** PidTagMessageClass. */
export const MESSAGE_CLASS_ID = 'String 0x1a';
