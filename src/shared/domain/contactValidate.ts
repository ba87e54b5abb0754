import { ok, type Result } from '../result';
import { emailAddressNormalize } from './emailAddress';
import { contactChannelsValidate } from './contactChannelsValidate';
import { contactStatusValidate } from './contactStatusValidate';
import { describeValue, fieldFail, isRecord, textCheck, unknownFieldsCheck } from './fieldCheck';
import { phoneCountryOfZone } from './phoneCountry';
import { timeRangeListValidate, timeRangesCoverage } from './timeRange';
import { timeZoneCheck } from './timeZoneCheck';
import type { ContactProfile, TimeRange, Weekday } from './types';
import { weekdayListValidate } from './weekdayList';

export const CONTACT_FIELDS = [
  'email',
  'displayName',
  'channels',
  'timeZone',
  'bestDays',
  'bestTimes',
  'worstTimes',
  'waitHours',
  'notes',
  'status',
] as const;

/** Best days assumed when a profile does not say: Monday to Friday. */
export const DEFAULT_BEST_DAYS: readonly Weekday[] = [1, 2, 3, 4, 5];
export const NOTES_MAX = 500;
export const DISPLAY_NAME_MAX = 200;
/** The longest wait before another attempt: 90 days. */
export const WAIT_HOURS_MAX = 90 * 24;

export interface ContactValidateOptions {
  /** Path of the object in messages (default "contact"). */
  readonly field?: string;
  /** Refuse fields this version does not know (hand-written files); default false (stored data from a newer version). */
  readonly strict?: boolean;
}

/** Validates the wait before another attempt: hours, at least 1, at most 90 days; missing is "no preference". */
export function waitHoursValidate(value: unknown, field: string): Result<number | undefined> {
  if (value === undefined || value === null) return ok(undefined);
  if (typeof value !== 'number' || !Number.isFinite(value))
    return fieldFail(field, `must be a number of hours, got ${describeValue(value)}`);
  if (value < 1) return fieldFail(field, `must be at least 1 hour, got ${value}`);
  if (value > WAIT_HOURS_MAX)
    return fieldFail(field, `must be at most ${WAIT_HOURS_MAX} hours (90 days), got ${value}`);
  return ok(value);
}

/** Refuses worst times that leave no time at all, or that swallow every best time. */
function windowsPossible(
  best: readonly TimeRange[],
  worst: readonly TimeRange[],
  field: string,
): Result<true> {
  if (worst.length === 0) return ok(true);
  const worstMinutes = timeRangesCoverage(worst);
  if (worstMinutes.every(Boolean)) {
    return fieldFail(
      `${field}.worstTimes`,
      'cover the whole day: no time would be left to reach this contact',
    );
  }
  if (best.length > 0) {
    const bestMinutes = timeRangesCoverage(best);
    if (bestMinutes.every((isBest, minute) => !isBest || worstMinutes[minute])) {
      return fieldFail(
        `${field}.bestTimes`,
        'every best time falls inside a worst time: no time would be left',
      );
    }
  }
  return ok(true);
}

/**
 * Validates an untrusted contact profile (from the task pane's form, roaming settings or a file).
 * Required: email, timeZone (IANA). Optional with defaults: displayName (""), channels ([]: email
 * only), bestDays (Mon–Fri; an empty list is refused), bestTimes ([]: any time), worstTimes ([]),
 * waitHours (none), notes (""), status (active). Phone numbers are normalized to E.164, reading
 * numbers without a country code in the country of the contact's time zone (phoneCountryOfZone).
 * Every reason names the field: `contact.channels[1].address: …`.
 */
export function contactValidate(
  value: unknown,
  options: ContactValidateOptions = {},
): Result<ContactProfile> {
  const field = options.field ?? 'contact';
  if (!isRecord(value)) return fieldFail(field, `must be an object, got ${describeValue(value)}`);
  if (options.strict) {
    const known = unknownFieldsCheck(value, CONTACT_FIELDS, field);
    if (!known.ok) return known;
  }
  if (typeof value.email !== 'string')
    return fieldFail(`${field}.email`, `must be an email address, got ${describeValue(value.email)}`);
  const email = emailAddressNormalize(value.email);
  if (!email.ok) return fieldFail(`${field}.email`, email.reason);
  const displayName = textCheck(value.displayName, `${field}.displayName`, {
    max: DISPLAY_NAME_MAX,
    fallback: '',
  });
  if (!displayName.ok) return displayName;
  const timeZone = timeZoneCheck(value.timeZone, `${field}.timeZone`);
  if (!timeZone.ok) return timeZone;
  const channels = contactChannelsValidate(
    value.channels ?? [],
    `${field}.channels`,
    phoneCountryOfZone(timeZone.value),
  );
  if (!channels.ok) return channels;
  const bestDays =
    value.bestDays === undefined
      ? ok([...DEFAULT_BEST_DAYS])
      : weekdayListValidate(value.bestDays, `${field}.bestDays`);
  if (!bestDays.ok) return bestDays;
  const bestTimes = timeRangeListValidate(value.bestTimes ?? [], `${field}.bestTimes`);
  if (!bestTimes.ok) return bestTimes;
  const worstTimes = timeRangeListValidate(value.worstTimes ?? [], `${field}.worstTimes`);
  if (!worstTimes.ok) return worstTimes;
  const windows = windowsPossible(bestTimes.value, worstTimes.value, field);
  if (!windows.ok) return windows;
  const waitHours = waitHoursValidate(value.waitHours, `${field}.waitHours`);
  if (!waitHours.ok) return waitHours;
  const notes = textCheck(value.notes, `${field}.notes`, { max: NOTES_MAX, fallback: '' });
  if (!notes.ok) return notes;
  const status = contactStatusValidate(value.status, `${field}.status`);
  if (!status.ok) return status;
  const profile: ContactProfile = {
    email: email.value,
    displayName: displayName.value,
    channels: channels.value,
    timeZone: timeZone.value,
    bestDays: bestDays.value,
    bestTimes: bestTimes.value,
    worstTimes: worstTimes.value,
    notes: notes.value,
    status: status.value,
  };
  return ok(waitHours.value === undefined ? profile : { ...profile, waitHours: waitHours.value });
}
