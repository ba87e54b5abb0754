/** The IANA zones the runtime knows (Intl.supportedValuesOf), for the time-zone picker; UTC at least. */
export function timeZoneNames(): string[] {
  try {
    const zones = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone');
    if (zones && zones.length > 0) return zones.includes('UTC') ? zones : [...zones, 'UTC'];
  } catch {
    // Older runtime: only the zones the pane already shows can be picked.
  }
  return ['UTC'];
}

/** Zones matching a search ("new york", "Europe/Ber", "tokyo"), case- and separator-insensitive. */
export function timeZoneSearch(zones: readonly string[], query: string, limit = 50): string[] {
  const fold = (text: string) =>
    text
      .toLowerCase()
      .replace(/[_/\s-]+/g, ' ')
      .trim();
  const q = fold(query);
  if (!q) return zones.slice(0, limit);
  const starts: string[] = [];
  const contains: string[] = [];
  for (const zone of zones) {
    const name = fold(zone);
    const city = fold(zone.split('/').pop() ?? zone);
    if (city.startsWith(q) || name.startsWith(q)) starts.push(zone);
    else if (name.includes(q)) contains.push(zone);
  }
  return [...starts, ...contains].slice(0, limit);
}
