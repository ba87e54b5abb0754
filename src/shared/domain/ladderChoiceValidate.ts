import { ok, type Result } from '../result';
import { describeValue, fieldFail, isRecord, listCheck, unknownFieldsCheck } from './fieldCheck';
import type { LadderChoice } from './types';

/** A custom ladder has 1 to LADDER_STEPS_MAX steps, each waiting 1 hour to 90 days. */
export const LADDER_STEPS_MAX = 10;
export const LADDER_WAIT_MAX_HOURS = 90 * 24;

/** Validates a ladder choice: "prompt", "relaxed" or { "waitsHours": [hours, …] } (one wait per step). */
export function ladderChoiceValidate(value: unknown, field = 'ladder'): Result<LadderChoice> {
  if (value === 'prompt' || value === 'relaxed') return ok(value);
  if (!isRecord(value)) {
    return fieldFail(
      field,
      `must be "prompt", "relaxed" or { "waitsHours": [hours, …] }, got ${describeValue(value)}`,
    );
  }
  const known = unknownFieldsCheck(value, ['waitsHours'], field);
  if (!known.ok) return known;
  const waits = listCheck(
    value.waitsHours,
    `${field}.waitsHours`,
    { max: LADDER_STEPS_MAX },
    (item, itemField) => {
      if (typeof item !== 'number' || !Number.isFinite(item))
        return fieldFail(itemField, `must be a number of hours, got ${describeValue(item)}`);
      if (item < 1 || item > LADDER_WAIT_MAX_HOURS) {
        return fieldFail(itemField, `must be between 1 and ${LADDER_WAIT_MAX_HOURS} hours, got ${item}`);
      }
      return ok(item);
    },
  );
  if (!waits.ok) return waits;
  if (waits.value.length === 0) return fieldFail(`${field}.waitsHours`, 'must hold at least one wait');
  return ok({ waitsHours: waits.value });
}
