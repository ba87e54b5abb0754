import { IANAZone } from 'luxon';
import { ok, type Result } from '../result';
import { describeValue, fieldFail } from './fieldCheck';

/**
 * Validates an IANA time zone name ("America/New_York") with luxon (which asks the platform's Intl
 * data). Windows zone names ("Eastern Standard Time") and offsets ("+02:00") are refused: an offset
 * cannot follow daylight saving time.
 */
export function timeZoneCheck(value: unknown, field: string): Result<string> {
  if (typeof value !== 'string' || value.trim() === '') {
    return fieldFail(field, `must be an IANA time zone such as "Europe/Berlin", got ${describeValue(value)}`);
  }
  const zone = value.trim();
  if (!IANAZone.isValidZone(zone)) return fieldFail(field, `unknown time zone ${describeValue(zone)}`);
  return ok(zone);
}
