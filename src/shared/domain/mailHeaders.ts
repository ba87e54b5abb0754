/**
 * Internet message headers as the classifier reads them: names in lower case, repeated headers
 * joined with ", " (the IncomingMessage convention), and structured values split into a main
 * value and parameters (Content-Type: multipart/report; report-type=delivery-status).
 */

export type HeaderMap = Readonly<Record<string, string>>;

/**
 * Parses a raw header block (what office.js getAllInternetHeadersAsync returns): unfolds
 * continuation lines (RFC 5322 §2.2.3), lower-cases names, joins repeated headers with ", ".
 * Lines that are not headers are skipped; parsing stops at the first empty line (the body).
 */
export function headersParse(raw: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let name: string | undefined;
  const add = (key: string, value: string): void => {
    headers[key] = key in headers ? `${headers[key]}, ${value}` : value;
  };
  const pending: { key: string; value: string }[] = [];
  for (const line of raw.split(/\r?\n/)) {
    if (line.trim() === '') {
      if (pending.length > 0) break;
      continue;
    }
    const last = pending[pending.length - 1];
    if (/^[ \t]/.test(line) && last && name !== undefined) {
      last.value = `${last.value} ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0 || /\s/.test(line.slice(0, colon))) {
      name = undefined;
      continue;
    }
    name = line.slice(0, colon).toLowerCase();
    pending.push({ key: name, value: line.slice(colon + 1).trim() });
  }
  for (const { key, value } of pending) add(key, value);
  return headers;
}

/** Normalises a header map given in any case: names lower-cased, values trimmed, repeats joined. */
export function headersNormalize(
  headers: Readonly<Record<string, string | readonly string[]>>,
): Record<string, string> {
  const normalized: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const key = name.trim().toLowerCase();
    const values = (typeof value === 'string' ? [value] : value).map((v) => v.trim());
    const joined = values.join(', ');
    normalized[key] = key in normalized ? `${normalized[key]}, ${joined}` : joined;
  }
  return normalized;
}

/** A header's trimmed value looked up by any-case name, or undefined when absent. */
export function headerGet(headers: HeaderMap, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return value === undefined ? undefined : value.trim();
}

export interface StructuredHeader {
  /** The main value, lower case ("multipart/report"). */
  readonly value: string;
  /** Parameters with lower-case names and unquoted values. */
  readonly params: Readonly<Record<string, string>>;
}

/** Splits "multipart/report; report-type=\"delivery-status\"; boundary=x" into value and params. */
export function headerStructured(raw: string): StructuredHeader {
  const parts = raw.match(/(?:[^;"]|"(?:[^"\\]|\\.)*")+/g) ?? [];
  const [first = '', ...rest] = parts;
  const params: Record<string, string> = {};
  for (const part of rest) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const key = part.slice(0, eq).trim().toLowerCase();
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) {
      value = value.slice(1, -1).replace(/\\(.)/g, '$1');
    }
    params[key] = value;
  }
  return { value: first.trim().toLowerCase(), params };
}
