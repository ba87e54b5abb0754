import { ok, type Result } from '../result';
import { describeValue, fieldFail, isRecord } from './fieldCheck';
import { ladderChoiceValidate } from './ladderChoiceValidate';
import { DEFAULT_REENGAGE_AFTER_DAYS } from './ladderWaits';
import type { Settings } from './types';
import { userScheduleValidate } from './userScheduleValidate';

/** The settings the planner and the follow-up transitions read. */
export type PlanSettings = Pick<
  Settings,
  'user' | 'defaultLadder' | 'reengageAfterDays' | 'defaultPauseDays'
>;

export const DEFAULT_PAUSE_DAYS = 7;

function daysValidate(value: unknown, field: string, fallback: number, max: number): Result<number> {
  if (value === undefined) return ok(fallback);
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) {
    return fieldFail(field, `must be a whole number of days from 1 to ${max}, got ${describeValue(value)}`);
  }
  return ok(value);
}

/**
 * Validates the planner's part of the settings: user (userScheduleValidate), defaultLadder
 * (default "prompt"), reengageAfterDays (1–365, default 30), defaultPauseDays (1–90, default 7).
 */
export function settingsPlanValidate(value: unknown, field = 'settings'): Result<PlanSettings> {
  if (!isRecord(value)) return fieldFail(field, `must be an object, got ${describeValue(value)}`);
  const user = userScheduleValidate(value.user, `${field}.user`);
  if (!user.ok) return user;
  const defaultLadder =
    value.defaultLadder === undefined
      ? ok('prompt' as const)
      : ladderChoiceValidate(value.defaultLadder, `${field}.defaultLadder`);
  if (!defaultLadder.ok) return defaultLadder;
  const reengageAfterDays = daysValidate(
    value.reengageAfterDays,
    `${field}.reengageAfterDays`,
    DEFAULT_REENGAGE_AFTER_DAYS,
    365,
  );
  if (!reengageAfterDays.ok) return reengageAfterDays;
  const defaultPauseDays = daysValidate(
    value.defaultPauseDays,
    `${field}.defaultPauseDays`,
    DEFAULT_PAUSE_DAYS,
    90,
  );
  if (!defaultPauseDays.ok) return defaultPauseDays;
  return ok({
    user: user.value,
    defaultLadder: defaultLadder.value,
    reengageAfterDays: reengageAfterDays.value,
    defaultPauseDays: defaultPauseDays.value,
  });
}
