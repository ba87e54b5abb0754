import { fail, ok, type Result } from '../result';
import { historyAppend } from './followUpHistory';
import type { FollowUpChange, PlanContext } from './followUpReplan';
import { ladderName } from './ladderWaits';
import { ladderPlan } from './ladderPlan';
import type { FollowUp, Instant, LadderChoice, TrackedRecipient } from './types';

/** What flagging and sending tell about a message (the token comes from flag time, the rest from send). */
export interface FollowUpSeed {
  /** The token stamped into the message's custom properties when it was flagged. */
  readonly id: string;
  readonly subject: string;
  /** From recipientsTrack: never empty. */
  readonly recipients: readonly TrackedRecipient[];
  readonly sentAt: Instant;
  readonly ladder: LadderChoice;
  readonly conversationId?: string;
  readonly internetMessageId?: string;
  readonly sentItemId?: string;
}

/**
 * Creates the follow-up of a flagged message once it is sent: plans its ladder (ladderPlan) from the
 * send time. A moved-on contact gives a stopped follow-up with no steps (and the warning). History
 * starts with one "sent" entry naming the ladder.
 */
export function followUpCreate(seed: FollowUpSeed, context: PlanContext): Result<FollowUpChange> {
  if (seed.id.trim() === '') return fail('followUp.id: is empty');
  if (seed.recipients.length === 0) return fail('followUp.recipients: nobody to wait for');
  if (!Number.isFinite(seed.sentAt)) return fail('followUp.sentAt: is not an instant');
  const plan = ladderPlan({
    sentAt: seed.sentAt,
    ladder: seed.ladder,
    contact: context.contact,
    user: context.user,
  });
  const movedOn = context.contact.status.kind === 'movedOn';
  let history = historyAppend(
    [],
    seed.sentAt,
    'sent',
    `${ladderName(seed.ladder)}, ${plan.steps.length} steps`,
  );
  if (movedOn) history = historyAppend(history, seed.sentAt, 'movedOn', context.contact.email);
  const followUp: FollowUp = {
    id: seed.id,
    subject: seed.subject,
    recipients: seed.recipients,
    sentAt: seed.sentAt,
    ...(seed.conversationId !== undefined && { conversationId: seed.conversationId }),
    ...(seed.internetMessageId !== undefined && { internetMessageId: seed.internetMessageId }),
    ...(seed.sentItemId !== undefined && { sentItemId: seed.sentItemId }),
    ladder: seed.ladder,
    steps: plan.steps,
    state: movedOn ? 'stopped' : 'waiting',
    history,
  };
  return ok({ followUp, warnings: plan.warnings });
}
