/**
 * Validates a ContactProfile given as untrusted JSON (the CLI, the labelled set). Optional fields
 * get the documented defaults; every refusal names the field. The storage codec may own the
 * canonical decoder later: this one only needs what the coach reads, but checks every field it keeps.
 */
import { fail, ok, type Result } from '../../result';
import {
  CHANNELS,
  type Channel,
  type ContactChannel,
  type ContactProfile,
  type ContactStatus,
  type TimeRange,
  type Weekday,
} from '../types';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(obj: Json, key: string, field: string, fallback?: string): Result<string> {
  const value = obj[key];
  if (value === undefined && fallback !== undefined) return ok(fallback);
  return typeof value === 'string' ? ok(value) : fail(`${field}.${key}: expected a string`);
}

function timeZoneValid(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function channelsDecode(value: unknown, field: string): Result<ContactChannel[]> {
  if (value === undefined) return ok([]);
  if (!Array.isArray(value)) return fail(`${field}: expected an array`);
  const out: ContactChannel[] = [];
  for (const [i, item] of value.entries()) {
    if (!isObject(item)) return fail(`${field}[${i}]: expected an object`);
    const kind = item['kind'];
    if (typeof kind !== 'string' || !(CHANNELS as readonly string[]).includes(kind)) {
      return fail(`${field}[${i}].kind: expected one of ${CHANNELS.join(', ')}`);
    }
    const address = item['address'];
    if (address !== undefined && typeof address !== 'string')
      return fail(`${field}[${i}].address: expected a string`);
    out.push(address === undefined ? { kind: kind as Channel } : { kind: kind as Channel, address });
  }
  return ok(out);
}

function daysDecode(value: unknown, field: string): Result<Weekday[]> {
  if (value === undefined) return ok([1, 2, 3, 4, 5]);
  if (!Array.isArray(value) || value.length === 0)
    return fail(`${field}: expected a non-empty array of weekdays 1–7`);
  for (const [i, day] of value.entries()) {
    if (!Number.isInteger(day) || (day as number) < 1 || (day as number) > 7) {
      return fail(`${field}[${i}]: expected a weekday 1 (Monday) to 7 (Sunday)`);
    }
  }
  return ok(value as Weekday[]);
}

function rangesDecode(value: unknown, field: string): Result<TimeRange[]> {
  if (value === undefined) return ok([]);
  if (!Array.isArray(value)) return fail(`${field}: expected an array of { start, end }`);
  const out: TimeRange[] = [];
  for (const [i, item] of value.entries()) {
    const start: unknown = isObject(item) ? item['start'] : undefined;
    const end: unknown = isObject(item) ? item['end'] : undefined;
    const valid =
      Number.isInteger(start) &&
      Number.isInteger(end) &&
      (start as number) >= 0 &&
      (start as number) < 1440 &&
      (end as number) > 0 &&
      (end as number) <= 1440 &&
      start !== end;
    if (!valid)
      return fail(
        `${field}[${i}]: expected minutes after midnight, 0 ≤ start < 1440, 0 < end ≤ 1440, start ≠ end`,
      );
    out.push({ start: start as number, end: end as number });
  }
  return ok(out);
}

function statusDecode(value: unknown, field: string): Result<ContactStatus> {
  if (value === undefined) return ok({ kind: 'active' });
  if (!isObject(value)) return fail(`${field}: expected an object`);
  const kind = value['kind'];
  if (kind === 'active') return ok({ kind });
  if (kind === 'away') {
    const until = value['until'];
    return typeof until === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(until)
      ? ok({ kind, until })
      : fail(`${field}.until: expected a date YYYY-MM-DD`);
  }
  if (kind === 'movedOn') {
    const since = value['since'];
    const note = value['note'];
    if (typeof since !== 'number' || !Number.isFinite(since))
      return fail(`${field}.since: expected an instant (ms)`);
    if (note !== undefined && typeof note !== 'string') return fail(`${field}.note: expected a string`);
    return ok(note === undefined ? { kind, since } : { kind, since, note });
  }
  return fail(`${field}.kind: expected active, away or movedOn`);
}

/**
 * A ContactProfile from untrusted JSON. Required: email. Defaults: displayName '', channels [],
 * timeZone 'UTC', bestDays Mon–Fri, bestTimes/worstTimes [], notes '', status active.
 */
export function contactDecode(json: unknown, field = 'contact'): Result<ContactProfile> {
  if (!isObject(json)) return fail(`${field}: expected an object`);
  const email = text(json, 'email', field);
  if (!email.ok) return email;
  if (!/^[^\s@<>]+@[^\s@<>]+$/.test(email.value)) return fail(`${field}.email: not an email address`);
  const displayName = text(json, 'displayName', field, '');
  if (!displayName.ok) return displayName;
  const timeZone = text(json, 'timeZone', field, 'UTC');
  if (!timeZone.ok) return timeZone;
  if (!timeZoneValid(timeZone.value)) return fail(`${field}.timeZone: unknown time zone "${timeZone.value}"`);
  const notes = text(json, 'notes', field, '');
  if (!notes.ok) return notes;
  const channels = channelsDecode(json['channels'], `${field}.channels`);
  if (!channels.ok) return channels;
  const bestDays = daysDecode(json['bestDays'], `${field}.bestDays`);
  if (!bestDays.ok) return bestDays;
  const bestTimes = rangesDecode(json['bestTimes'], `${field}.bestTimes`);
  if (!bestTimes.ok) return bestTimes;
  const worstTimes = rangesDecode(json['worstTimes'], `${field}.worstTimes`);
  if (!worstTimes.ok) return worstTimes;
  const status = statusDecode(json['status'], `${field}.status`);
  if (!status.ok) return status;
  const waitHours = json['waitHours'];
  if (waitHours !== undefined && (typeof waitHours !== 'number' || !(waitHours > 0))) {
    return fail(`${field}.waitHours: expected a positive number of hours`);
  }
  return ok({
    email: email.value.toLowerCase(),
    displayName: displayName.value,
    channels: channels.value,
    timeZone: timeZone.value,
    bestDays: bestDays.value,
    bestTimes: bestTimes.value,
    worstTimes: worstTimes.value,
    notes: notes.value,
    status: status.value,
    ...(waitHours === undefined ? {} : { waitHours: waitHours }),
  });
}
