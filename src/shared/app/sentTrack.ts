/**
 * Tracking a message after it was sent: the pane is open on one of the user's sent messages that
 * ReachPlan does not know (never flagged, or flagged on a client without OnMessageSend whose flag was
 * lost). The follow-up is planned from the message's own send time with the default ladder, stored,
 * and its record written to the message so other devices can repair from it.
 */
import { followUpCreate } from '../domain/followUpCreate';
import { recipientsTrack } from '../domain/recipientsTrack';
import type { FollowUp, Instant } from '../domain/types';
import type { ItemPropertiesPort, ItemSummary, RandomPort, SentCopyCachePort } from '../ports';
import type { Result } from '../result';
import { fail, ok } from '../result';
import { ITEM_PROPERTY } from '../storage/itemRecord';
import type { Store } from '../storage/store';
import { followUpToken } from './followUpToken';
import { contactFirst } from './planPreview';
import { planContextOf } from './planContextOf';

export interface SentTrackDeps {
  readonly store: Store;
  readonly props: ItemPropertiesPort;
  readonly random: RandomPort;
  readonly userEmail: string;
  readonly sentCopies?: SentCopyCachePort;
}

export interface SentTracked {
  readonly followUp: FollowUp;
  /** Why the message's own record was not written (roaming settings still hold the follow-up). */
  readonly recordProblem?: string;
}

const same = (a: string | undefined, b: string) => !!a && a.trim().toLowerCase() === b.trim().toLowerCase();

/** Starts tracking the open sent message `item` at `now`. */
export async function sentTrack(
  deps: SentTrackDeps,
  item: ItemSummary,
  now: Instant,
): Promise<Result<SentTracked>> {
  if (item.mode !== 'read')
    return fail('only a sent message can be tracked from here; use the ribbon button while writing');
  if (!same(item.from?.emailAddress, deps.userEmail)) return fail('only messages you sent can be tracked');
  const selection = recipientsTrack(item.to, item.cc, deps.userEmail);
  if (!selection.ok) return selection;
  const recipients = contactFirst(selection.value);
  const created = followUpCreate(
    {
      id: followUpToken(deps.random),
      subject: item.subject,
      recipients,
      sentAt: Math.min(item.dateTimeCreated ?? now, now),
      ladder: deps.store.settings().defaultLadder,
      ...(item.conversationId ? { conversationId: item.conversationId } : {}),
      ...(item.internetMessageId ? { internetMessageId: item.internetMessageId } : {}),
      ...(item.itemId ? { sentItemId: item.itemId } : {}),
    },
    planContextOf(deps.store, { recipients }),
  );
  if (!created.ok) return created;
  const followUp = created.value.followUp;
  const stored = deps.store.upsertFollowUp(followUp);
  if (!stored.ok) return fail(stored.reason.message);
  deps.sentCopies?.put(followUp.id, {
    ...(item.itemId ? { itemId: item.itemId } : {}),
    ...(item.conversationId ? { conversationId: item.conversationId } : {}),
    ...(item.internetMessageId ? { internetMessageId: item.internetMessageId } : {}),
  });
  const current = deps.store.followUp(followUp.id) ?? followUp;
  const record = deps.store.itemRecord(current);
  if (!record.ok) return ok({ followUp: current, recordProblem: record.reason.message });
  try {
    await deps.props.set(ITEM_PROPERTY, record.value.text);
    return ok({ followUp: current });
  } catch (error: unknown) {
    return ok({ followUp: current, recordProblem: error instanceof Error ? error.message : String(error) });
  }
}
