/**
 * Extended property ids as Graph writes and compares them. An Outlook add-in's custom properties are
 * one named property in PS_PUBLIC_STRINGS, `cecp-<add-in id>`, holding the JSON of all of them
 * (platform.md); the message class is PidTagMessageClass (0x001A). Graph answers ids in its own
 * canonical form (the GUID in lower case, tags without leading zeros: "Binary 0xe0a" for 0x0E0A), so
 * ids compare in that form: the GUID without case, the name with case (Graph docs).
 */

export const PS_PUBLIC_STRINGS = '00020329-0000-0000-C000-000000000046';

/** The Graph id of the add-in's custom properties. */
export function customPropertiesId(addinId: string): string {
  return `String {${PS_PUBLIC_STRINGS}} Name cecp-${addinId}`;
}

/** PidTagMessageClass (e.g. IPM.Note.Rules.OofTemplate.Microsoft, REPORT.IPM.Note.NDR). */
export const MESSAGE_CLASS_ID = 'String 0x001A';

/** The canonical form of an extended property id, or null when it is not one. */
export function extendedIdCanonical(id: string): string | null {
  const named = /^(\w+)\s+\{([0-9a-fA-F-]{36})\}\s+Name\s+(.+)$/.exec(id.trim());
  if (named) return `${named[1] ?? ''} {${(named[2] ?? '').toLowerCase()}} Name ${named[3] ?? ''}`;
  const tagged = /^(\w+)\s+0x([0-9a-fA-F]{1,4})$/.exec(id.trim());
  if (tagged) return `${tagged[1] ?? ''} 0x${parseInt(tagged[2] ?? '0', 16).toString(16)}`;
  return null;
}

/** The value of the extended property `id` among those a message came with. */
export function extendedValue(properties: unknown, id: string): string | undefined {
  if (!Array.isArray(properties)) return undefined;
  const wanted = extendedIdCanonical(id);
  for (const property of properties as unknown[]) {
    const p = property as { id?: unknown; value?: unknown } | null;
    if (typeof p?.id === 'string' && typeof p.value === 'string' && extendedIdCanonical(p.id) === wanted)
      return p.value;
  }
  return undefined;
}
