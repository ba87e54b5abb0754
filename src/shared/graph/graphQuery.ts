/** OData pieces for Graph URLs: quoted strings, UTC date-times, query strings with %20 for spaces. */

/** A string literal for $filter ('' doubles a quote). */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** A date-time literal for $filter (UTC, whole seconds). */
export function odataDateTime(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** "?$a=…&$b=…" with each value URI-encoded (spaces as %20, as Graph's own links have them). */
export function odataQuery(options: Readonly<Record<string, string | number | undefined>>): string {
  const parts = Object.entries(options)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}
