/**
 * What an incoming message does to a follow-up it may answer, decided by the core's classifier and
 * applied to the store: a human reply clears the plan, an automatic reply pauses it until the return
 * date, a bounce or a "moved on" notice stops it and marks the contact. Shared by the in-client path
 * (itemOpen, the message the user opened) and connected mode's reply sweep (messages found through
 * Microsoft Graph), so both apply outcomes exactly alike.
 */
import { followUpPause, followUpReplied, followUpStop } from '../domain/followUpLifecycle';
import type { FollowUpChange } from '../domain/followUpReplan';
import { localTimeFormat } from '../domain/localTimeFormat';
import { pauseUntil } from '../domain/pauseUntil';
import { replyClassify } from '../domain/replyClassify';
import type {
  ContactProfile,
  FollowUp,
  IncomingMessage,
  Instant,
  ReplyClassification,
} from '../domain/types';
import type { Result } from '../result';
import type { Store } from '../storage/store';
import { appStrings, personShortName } from './appStrings';
import { profileFor } from './planPreview';
import { replyContextOf } from './replyContextOf';
import { planContextOf } from './planContextOf';

export type AnswerApplied = 'cleared' | 'paused' | 'stopped' | 'unrelated' | 'unchanged';

export interface AnswerResult {
  readonly followUp: FollowUp;
  readonly classification: ReplyClassification;
  readonly applied: AnswerApplied;
}

export interface AnswerApplyDeps {
  readonly store: Store;
  /** Shows what happened (the in-client path: on the opened item). Never rejects. */
  readonly show?: (kind: 'info' | 'error', text: string) => Promise<void>;
  /** Put before the classifier's reason in the history note, e.g. "found by sweep". */
  readonly notePrefix?: string;
  /**
   * Automatic replies received before this instant change nothing (the sweep passes when the user
   * last resumed the plan, so an old out-of-office seen again does not pause it again).
   */
  readonly autoReplyNotBefore?: Instant;
}

/** How the plan names its contact: the first tracked recipient's short name. */
export function contactName(followUp: FollowUp): string {
  const first = followUp.recipients[0];
  return first ? personShortName(first.name, first.email) : 'the contact';
}

/** Stores a transition's result; the follow-up stored, or why it was refused. */
export function changeWrite(store: Store, change: Result<FollowUpChange>): FollowUp | string {
  if (!change.ok) return change.reason;
  const stored = store.upsertFollowUp(change.value.followUp);
  return stored.ok ? change.value.followUp : stored.reason.message;
}

/** Marks the contact as moved on (a profile is kept even for a contact never edited, so future flags know). */
function markMovedOn(store: Store, followUp: FollowUp, note: string, now: Instant): void {
  const settings = store.settings();
  const first = followUp.recipients[0];
  if (!first) return;
  const { profile } = profileFor(first, (e) => store.profile(e), settings);
  const moved: ContactProfile = {
    ...profile,
    status: { kind: 'movedOn', since: now, note: note.slice(0, 120) },
  };
  store.upsertProfile(moved);
}

/** Marks a known contact as away until the return date (their profile's status times other plans). */
function markAway(store: Store, followUp: FollowUp, returnDate: string): void {
  const first = followUp.recipients[0];
  const profile = first ? store.profile(first.email) : undefined;
  if (profile) store.upsertProfile({ ...profile, status: { kind: 'away', until: returnDate } });
}

/** Classifies `message` against `followUp` and applies the outcome (see the module comment). */
export async function answerApply(
  deps: AnswerApplyDeps,
  followUp: FollowUp,
  message: IncomingMessage,
  now: Instant,
): Promise<AnswerResult> {
  const { store } = deps;
  const context = planContextOf(store, followUp);
  const classification = replyClassify(message, replyContextOf(followUp, message), context.contact.timeZone);
  const note = deps.notePrefix ? `${deps.notePrefix}: ${classification.reason}` : classification.reason;
  const who = contactName(followUp);
  const zone = store.settings().user.timeZone;
  const show = (kind: 'info' | 'error', text: string) => deps.show?.(kind, text) ?? Promise.resolve();
  switch (classification.kind) {
    case 'human': {
      const result = changeWrite(store, followUpReplied(followUp, now, note));
      if (typeof result === 'string') return { followUp, classification, applied: 'unchanged' };
      await show('info', appStrings.replyCleared(who, followUp.subject));
      return { followUp: result, classification, applied: 'cleared' };
    }
    case 'autoReply': {
      if (deps.autoReplyNotBefore !== undefined && message.receivedAt < deps.autoReplyNotBefore)
        return { followUp, classification, applied: 'unchanged' };
      const until = pauseUntil(
        classification.returnDate,
        message.receivedAt,
        context.contact.timeZone,
        store.settings().defaultPauseDays,
      );
      if (!until.ok || until.value <= now) return { followUp, classification, applied: 'unchanged' };
      if (followUp.state === 'paused' && followUp.pausedUntil === until.value)
        return { followUp, classification, applied: 'unchanged' };
      const result = changeWrite(
        store,
        followUpPause(followUp, { until: until.value, now, cause: 'autoReply', note }, context),
      );
      if (typeof result === 'string') return { followUp, classification, applied: 'unchanged' };
      if (classification.returnDate) markAway(store, followUp, classification.returnDate);
      await show('info', appStrings.autoReplyPaused(who, localTimeFormat(zone, until.value)));
      return { followUp: result, classification, applied: 'paused' };
    }
    case 'bounce':
    case 'movedOn': {
      const cause = classification.kind === 'bounce' ? 'bounce' : 'movedOn';
      const result = changeWrite(store, followUpStop(followUp, { now, cause, note }));
      if (typeof result === 'string') return { followUp, classification, applied: 'unchanged' };
      markMovedOn(store, followUp, classification.reason, now);
      const first = followUp.recipients[0];
      await show(
        'info',
        cause === 'bounce' ? appStrings.bounced(first?.email ?? who) : appStrings.movedOn(who),
      );
      return { followUp: result, classification, applied: 'stopped' };
    }
    case 'unrelated':
      return { followUp, classification, applied: 'unrelated' };
  }
}
