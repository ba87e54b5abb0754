import { ok, type Result } from '../result';
import { instantValue } from './contactStatusValidate';
import { contactValidate } from './contactValidate';
import { describeValue, fieldFail, isRecord, unknownFieldsCheck } from './fieldCheck';
import { ladderChoiceValidate } from './ladderChoiceValidate';
import { DEFAULT_REENGAGE_AFTER_DAYS } from './ladderWaits';
import type { ContactProfile, Instant, LadderChoice, UserSchedule } from './types';
import { userScheduleValidate } from './userScheduleValidate';

/**
 * A plan scenario (docs/formats/plan-scenario.md): the input of `cli plan`, the fixture format of the
 * planner's black-box tests and of the workbench.
 */
export interface PlanScenario {
  readonly sentAt: Instant;
  readonly ladder: LadderChoice;
  readonly user: UserSchedule;
  readonly contact: ContactProfile;
  readonly reengageAfterDays: number;
}

const FIELDS = ['sentAt', 'ladder', 'user', 'contact', 'reengageAfterDays', 'description'];

/**
 * Decodes a scenario strictly (unknown fields are refused, so a typo cannot silently fall back to a
 * default). Every reason names the field: `contact.timeZone: unknown time zone "Mars/Base"`.
 */
export function planScenarioDecode(input: unknown): Result<PlanScenario> {
  if (!isRecord(input)) return fieldFail('scenario', `must be a JSON object, got ${describeValue(input)}`);
  const known = unknownFieldsCheck(input, FIELDS, 'scenario');
  if (!known.ok) return known;
  if (input.sentAt === undefined)
    return fieldFail('sentAt', 'is missing (ISO 8601 with an offset, e.g. "2026-03-06T10:00:00Z")');
  const sentAt = instantValue(input.sentAt);
  if (sentAt === null) {
    return fieldFail(
      'sentAt',
      `must be ISO 8601 with an offset or Z (e.g. "2026-03-06T10:00:00+01:00"), got ${describeValue(input.sentAt)}`,
    );
  }
  const ladder =
    input.ladder === undefined ? ok('prompt' as const) : ladderChoiceValidate(input.ladder, 'ladder');
  if (!ladder.ok) return ladder;
  const user = userScheduleValidate(input.user, 'user', true);
  if (!user.ok) return user;
  const contact = contactValidate(input.contact, { field: 'contact', strict: true });
  if (!contact.ok) return contact;
  const reengage = input.reengageAfterDays ?? DEFAULT_REENGAGE_AFTER_DAYS;
  if (typeof reengage !== 'number' || !Number.isInteger(reengage) || reengage < 1 || reengage > 365) {
    return fieldFail(
      'reengageAfterDays',
      `must be a whole number of days from 1 to 365, got ${describeValue(reengage)}`,
    );
  }
  return ok({
    sentAt,
    ladder: ladder.value,
    user: user.value,
    contact: contact.value,
    reengageAfterDays: reengage,
  });
}
