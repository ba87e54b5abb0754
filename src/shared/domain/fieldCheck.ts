import { fail, ok, type Result } from '../result';

/**
 * Helpers shared by the validators: every reason starts with the path of the field it is about
 * ("contact.channels[1].address: …"), so a user or a developer knows exactly what to fix.
 */

/** A plain object (not null, not an array). */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A failure whose reason names the field. */
export function fieldFail(field: string, message: string): { ok: false; reason: string } {
  return fail(`${field}: ${message}`);
}

/** A short, safe rendering of an untrusted value for a message (quoted, truncated). */
export function describeValue(value: unknown): string {
  let text: string;
  try {
    text = value === undefined ? 'nothing' : (JSON.stringify(value) ?? typeof value);
  } catch {
    text = typeof value;
  }
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/** Refuses fields outside `allowed` (catches typos such as "bestday" in hand-written files). */
export function unknownFieldsCheck(
  record: Readonly<Record<string, unknown>>,
  allowed: readonly string[],
  field: string,
): Result<true> {
  const extra = Object.keys(record).find((key) => !allowed.includes(key));
  if (extra === undefined) return ok(true);
  return fieldFail(`${field}.${extra}`, `unknown field (expected one of ${allowed.join(', ')})`);
}

/** A string of at most `max` characters (trimmed); `undefined` gives `fallback` when one is set. */
export function textCheck(
  value: unknown,
  field: string,
  options: { readonly max: number; readonly fallback?: string },
): Result<string> {
  if (value === undefined && options.fallback !== undefined) return ok(options.fallback);
  if (typeof value !== 'string') return fieldFail(field, `must be text, got ${describeValue(value)}`);
  const text = value.trim();
  if (text.length > options.max) {
    return fieldFail(field, `is ${text.length} characters long; at most ${options.max} are allowed`);
  }
  return ok(text);
}

/** Validates every element of an array with `check`, naming the failing index. */
export function listCheck<T>(
  value: unknown,
  field: string,
  options: { readonly max: number },
  check: (item: unknown, itemField: string) => Result<T>,
): Result<T[]> {
  if (!Array.isArray(value)) return fieldFail(field, `must be a list, got ${describeValue(value)}`);
  if (value.length > options.max) {
    return fieldFail(field, `has ${value.length} entries; at most ${options.max} are allowed`);
  }
  const items: T[] = [];
  for (const [index, item] of value.entries()) {
    const checked = check(item, `${field}[${index}]`);
    if (!checked.ok) return checked;
    items.push(checked.value);
  }
  return ok(items);
}
