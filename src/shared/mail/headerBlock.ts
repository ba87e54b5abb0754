/**
 * Parses an RFC 5322 header block (as getAllInternetHeadersAsync returns it) into a map of lower-case
 * names to values: folded lines are unfolded, repeated headers joined with ", ", parsing stops at the
 * first empty line (the body). Lines that are not headers are skipped, never fatal.
 */
export function headerBlockParse(raw: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let name: string | undefined;
  let value = '';
  const flush = () => {
    if (name === undefined) return;
    const trimmed = value.replace(/\s+/g, ' ').trim();
    headers[name] = headers[name] === undefined ? trimmed : `${headers[name]}, ${trimmed}`;
    name = undefined;
    value = '';
  };
  for (const line of raw.split(/\r?\n/)) {
    if (line === '') break;
    if (/^[ \t]/.test(line)) {
      if (name !== undefined) value += ` ${line.trim()}`;
      continue;
    }
    flush();
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const candidate = line.slice(0, colon).trim().toLowerCase();
    if (!/^[!-9;-~]+$/.test(candidate)) continue;
    name = candidate;
    value = line.slice(colon + 1);
  }
  flush();
  return headers;
}
