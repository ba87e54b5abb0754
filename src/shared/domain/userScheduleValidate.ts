import { ok, type Result } from '../result';
import { describeValue, fieldFail, isRecord, unknownFieldsCheck } from './fieldCheck';
import { timeRangeListValidate } from './timeRange';
import { timeZoneCheck } from './timeZoneCheck';
import type { TimeRange, UserSchedule, Weekday } from './types';
import { weekdayListValidate } from './weekdayList';

export const DEFAULT_WORKING_DAYS: readonly Weekday[] = [1, 2, 3, 4, 5];
export const DEFAULT_WORKING_HOURS: readonly TimeRange[] = [{ start: 9 * 60, end: 17 * 60 }];

/**
 * Validates the user's working pattern: timeZone (IANA, required), workingDays (ISO weekdays,
 * default Mon–Fri, never empty), workingHours (ranges "HH:mm", default 09:00–17:00, never empty;
 * a range may cross midnight for a night shift). `strict` refuses unknown fields.
 */
export function userScheduleValidate(value: unknown, field = 'user', strict = false): Result<UserSchedule> {
  if (!isRecord(value)) return fieldFail(field, `must be an object, got ${describeValue(value)}`);
  if (strict) {
    const known = unknownFieldsCheck(value, ['timeZone', 'workingDays', 'workingHours'], field);
    if (!known.ok) return known;
  }
  const timeZone = timeZoneCheck(value.timeZone, `${field}.timeZone`);
  if (!timeZone.ok) return timeZone;
  const workingDays =
    value.workingDays === undefined
      ? ok([...DEFAULT_WORKING_DAYS])
      : weekdayListValidate(value.workingDays, `${field}.workingDays`);
  if (!workingDays.ok) return workingDays;
  if (Array.isArray(value.workingHours) && value.workingHours.length === 0) {
    return fieldFail(`${field}.workingHours`, 'must hold at least one range (00:00–24:00 for any time)');
  }
  const workingHours =
    value.workingHours === undefined
      ? ok([...DEFAULT_WORKING_HOURS])
      : timeRangeListValidate(value.workingHours, `${field}.workingHours`);
  if (!workingHours.ok) return workingHours;
  return ok({ timeZone: timeZone.value, workingDays: workingDays.value, workingHours: workingHours.value });
}
