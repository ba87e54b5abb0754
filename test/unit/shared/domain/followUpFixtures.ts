/** A follow-up planned for the Done-when contact (New York, Tue–Thu 08:00–10:00) and a Berlin user. */
import { followUpCreate } from '../../../../src/shared/domain/followUpCreate';
import type { FollowUpChange, PlanContext } from '../../../../src/shared/domain/followUpReplan';
import type { FollowUp } from '../../../../src/shared/domain/types';
import type { Result } from '../../../../src/shared/result';
import { at, contactOf, range, userOf } from './planFixtures';

export const context: PlanContext = {
  contact: contactOf({ bestDays: [2, 3, 4], bestTimes: [range('08:00', '10:00')] }),
  user: userOf(),
  reengageAfterDays: 30,
};

export const SENT = at('2026-03-06T10:00:00+01:00');

export function planned(overrides: Partial<PlanContext> = {}): FollowUp {
  const created = followUpCreate(
    {
      id: 'f-1',
      subject: 'Proposal for Q2',
      recipients: [{ email: 'dana@contoso.example', name: 'Dana' }],
      sentAt: SENT,
      ladder: 'prompt',
      conversationId: 'conv-1',
    },
    { ...context, ...overrides },
  );
  return value(created).followUp;
}

/** The value of a successful transition (fails the test otherwise). */
export function value(result: Result<FollowUpChange>): FollowUpChange {
  if (!result.ok) throw new Error(`expected success, got: ${result.reason}`);
  return result.value;
}

/** The reason of a refused transition (fails the test otherwise). */
export function reason(result: Result<unknown>): string {
  if (result.ok) throw new Error('expected a refusal');
  return result.reason;
}
