/**
 * Field readers for untrusted JSON (fixtures, state API bodies): each returns a Result whose reason
 * names the field, so a bad input is refused with a message that says where.
 */
import { fail, ok, type Result } from '../../src/shared/result';
import type { MailPerson } from './mailMessage';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string; `fallback` when absent (undefined), an error when absent without fallback or not a string. */
export function readText(value: unknown, field: string, fallback?: string): Result<string> {
  if (value === undefined && fallback !== undefined) return ok(fallback);
  return typeof value === 'string' ? ok(value) : fail(`${field} must be text`);
}

export function readBoolean(value: unknown, field: string, fallback: boolean): Result<boolean> {
  if (value === undefined) return ok(fallback);
  return typeof value === 'boolean' ? ok(value) : fail(`${field} must be true or false`);
}

/** An ISO 8601 date-time with an explicit offset or Z ("2026-11-16T10:12:00+01:00"). */
export function readDateTime(value: unknown, field: string): Result<string> {
  if (
    typeof value !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) ||
    Number.isNaN(Date.parse(value))
  ) {
    return fail(`${field} must be an ISO 8601 date-time with an offset, e.g. 2026-11-16T10:12:00+01:00`);
  }
  return ok(value);
}

/** True when the runtime knows this IANA time zone name. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function readTimeZone(value: unknown, field: string): Result<string> {
  if (typeof value !== 'string' || !isTimeZone(value)) {
    return fail(`${field} must be an IANA time zone name such as Europe/Berlin`);
  }
  return ok(value);
}

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

/** True for something shaped like an SMTP address (local@domain.tld). */
export function isEmailAddress(value: string): boolean {
  return EMAIL.test(value);
}

export function readPerson(value: unknown, field: string): Result<MailPerson> {
  if (!isRecord(value)) return fail(`${field} must be an object with name and email`);
  const email = value['email'];
  if (typeof email !== 'string' || !isEmailAddress(email)) {
    return fail(`${field}.email must be an email address`);
  }
  const name = readText(value['name'], `${field}.name`, '');
  if (!name.ok) return name;
  return ok({ name: name.value, email });
}

/** A list of T (empty when absent), each entry read with `read` and named `field[i]`. */
export function readList<T>(
  value: unknown,
  field: string,
  read: (entry: unknown, field: string) => Result<T>,
): Result<T[]> {
  if (value === undefined) return ok([]);
  if (!Array.isArray(value)) return fail(`${field} must be a list`);
  const out: T[] = [];
  for (const [i, entry] of value.entries()) {
    const parsed = read(entry, `${field}[${i}]`);
    if (!parsed.ok) return parsed;
    out.push(parsed.value);
  }
  return ok(out);
}

/** An object whose values are all strings (internet headers, roaming values). */
export function readStringMap(value: unknown, field: string): Result<Record<string, string>> {
  if (value === undefined) return ok({});
  if (!isRecord(value)) return fail(`${field} must be an object`);
  for (const [key, entry] of Object.entries(value)) {
    if (typeof entry !== 'string') return fail(`${field}.${key} must be text`);
  }
  return ok({ ...(value as Record<string, string>) });
}

type Values<T> = { [K in keyof T]: T[K] extends Result<infer V> ? V : never };

/** Several field results at once: the first failure (in the object's order), or all the values. */
export function readAll<T extends Record<string, Result<unknown>>>(fields: T): Result<Values<T>> {
  const out: Record<string, unknown> = {};
  for (const [name, result] of Object.entries(fields)) {
    if (!result.ok) return result;
    out[name] = result.value;
  }
  return ok(out as Values<T>);
}

/** An optional string field: undefined when absent. */
export function readOptionalText(value: unknown, field: string): Result<string | undefined> {
  return value === undefined ? ok(undefined) : readText(value, field);
}
