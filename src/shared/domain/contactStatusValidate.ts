import { DateTime } from 'luxon';
import { ok, type Result } from '../result';
import { describeValue, fieldFail, isRecord, textCheck } from './fieldCheck';
import type { ContactStatus } from './types';
import { dayOfIsoDate } from './zoneClock';

/**
 * Validates a contact status: "active" or { kind: "active" }; { kind: "away", until: "YYYY-MM-DD" }
 * (the return date in the contact's zone); { kind: "movedOn", since, note? } with `since` in epoch
 * milliseconds or ISO 8601 with an offset. Missing means active.
 */
export function contactStatusValidate(value: unknown, field: string): Result<ContactStatus> {
  if (value === undefined || value === 'active') return ok({ kind: 'active' });
  if (!isRecord(value))
    return fieldFail(
      field,
      `must be { "kind": "active" | "away" | "movedOn", … }, got ${describeValue(value)}`,
    );
  switch (value.kind) {
    case 'active':
      return ok({ kind: 'active' });
    case 'away': {
      if (typeof value.until !== 'string' || dayOfIsoDate(value.until) === null) {
        return fieldFail(`${field}.until`, `must be a date "YYYY-MM-DD", got ${describeValue(value.until)}`);
      }
      return ok({ kind: 'away', until: value.until });
    }
    case 'movedOn': {
      const since = instantValue(value.since);
      if (since === null) {
        return fieldFail(
          `${field}.since`,
          `must be an instant (epoch ms or ISO 8601 with offset), got ${describeValue(value.since)}`,
        );
      }
      if (value.note === undefined) return ok({ kind: 'movedOn', since });
      const note = textCheck(value.note, `${field}.note`, { max: 200 });
      return note.ok ? ok({ kind: 'movedOn', since, note: note.value }) : note;
    }
    default:
      return fieldFail(
        `${field}.kind`,
        `unknown status ${describeValue(value.kind)} (one of active, away, movedOn)`,
      );
  }
}

/** Epoch milliseconds from a number or an ISO 8601 string that states its offset (or Z); else null. */
export function instantValue(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || !/(Z|[+-]\d{2}(:?\d{2})?)$/i.test(value.trim())) return null;
  const parsed = DateTime.fromISO(value.trim(), { setZone: true });
  return parsed.isValid ? parsed.toMillis() : null;
}
