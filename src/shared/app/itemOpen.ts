/**
 * The task pane opens on (or, pinned, moves to) a message in read mode:
 * - a sent message with ReachPlan's record: the roaming index is repaired from it, the follow-up
 *   learns the sent copy's ids (conversation, message id, item id on this device), and the message
 *   shows its status;
 * - a sent message that was flagged but never committed (no OnMessageSend on this client, e.g.
 *   mobile): the follow-up is created now, from the sent copy;
 * - a message from someone ReachPlan waits on (or in a tracked conversation): the reply is classified
 *   and the outcome applied: a human reply clears the plan, an automatic reply pauses it until the
 *   return date, a bounce or a "moved on" notice stops it and marks the contact.
 * Never throws: failures come back as `problem`.
 */
import { followUpCreate } from '../domain/followUpCreate';
import { localTimeFormat } from '../domain/localTimeFormat';
import { recipientsTrack } from '../domain/recipientsTrack';
import type { FollowUp, IncomingMessage, Instant } from '../domain/types';
import type {
  Capabilities,
  ItemContentPort,
  ItemPropertiesPort,
  ItemSummary,
  NotifierPort,
  SentCopyCachePort,
} from '../ports';
import { ITEM_PROPERTY, itemRecordDecode } from '../storage/itemRecord';
import { idKey } from '../storage/idKey';
import { subjectShorten } from '../storage/roamingForm';
import type { RepairOutcome, Store } from '../storage/store';
import { answerApply, changeWrite, contactName, type AnswerApplied, type AnswerResult } from './answerApply';
import { appStrings } from './appStrings';
import { COMPOSE_PROPERTY, composeStateDecode } from './composeState';
import { nextPlannedStep } from './dueGroups';
import { itemRecordWrite } from './itemRecordWrite';
import { planContextOf } from './planContextOf';
import { contactFirst } from './planPreview';

export const STATUS_NOTICE_KEY = 'rp-status';

export interface ItemOpenDeps {
  readonly store: Store;
  readonly props: ItemPropertiesPort;
  readonly content: ItemContentPort;
  readonly notifier: NotifierPort;
  readonly capabilities: Pick<Capabilities, 'internetHeaders'>;
  readonly userEmail: string;
  readonly sentCopies?: SentCopyCachePort;
}

export type { AnswerApplied, AnswerResult };

export type ItemOpenOutcome =
  | { readonly kind: 'none'; readonly problem?: string }
  | {
      readonly kind: 'sent';
      readonly followUp: FollowUp;
      readonly repair: RepairOutcome['kind'] | 'committed';
      readonly problem?: string;
    }
  | { readonly kind: 'answers'; readonly results: readonly AnswerResult[]; readonly problem?: string };

const same = (a: string | undefined, b: string | undefined) =>
  !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The one-line status of a follow-up, for its sent message. */
export function followUpStatusLine(followUp: FollowUp, zone: string): string {
  const who = contactName(followUp);
  switch (followUp.state) {
    case 'waiting': {
      const next = nextPlannedStep(followUp);
      if (!next) return appStrings.statusNoAnswer(who);
      return appStrings.statusWaiting(
        who,
        appStrings.stepLabel(next.step.kind, next.step.channel, localTimeFormat(zone, next.step.dueAt)),
      );
    }
    case 'paused':
      return appStrings.statusPaused(who, localTimeFormat(zone, followUp.pausedUntil ?? followUp.sentAt));
    case 'replied':
      return appStrings.statusReplied(who);
    case 'noAnswer':
      return appStrings.statusNoAnswer(who);
    case 'stopped':
      return appStrings.statusStopped;
    case 'done':
      return appStrings.statusDone;
  }
}

/** The sent copy taught us its ids: keep them (keys in roaming, full ids on the message and this device). */
async function learnSentCopy(
  deps: ItemOpenDeps,
  followUp: FollowUp,
  item: ItemSummary,
): Promise<{ followUp: FollowUp; problem?: string }> {
  const conversationKnown = item.conversationId && followUp.conversationKey === idKey(item.conversationId);
  const messageKnown = item.internetMessageId && followUp.messageKey === idKey(item.internetMessageId);
  deps.sentCopies?.put(followUp.id, {
    ...(item.itemId ? { itemId: item.itemId } : {}),
    ...(item.conversationId ? { conversationId: item.conversationId } : {}),
    ...(item.internetMessageId ? { internetMessageId: item.internetMessageId } : {}),
  });
  if (conversationKnown && messageKnown) return { followUp };
  const learned: FollowUp = {
    ...followUp,
    ...(item.conversationId ? { conversationId: item.conversationId } : {}),
    ...(item.internetMessageId ? { internetMessageId: item.internetMessageId } : {}),
    ...(item.itemId ? { sentItemId: item.itemId } : {}),
  };
  if (!deps.store.upsertFollowUp(learned).ok) return { followUp };
  const record = deps.store.itemRecord(learned);
  // The follow-up is safe in roaming settings either way; the message just cannot carry its copy.
  const problem = !record.ok
    ? record.reason.message
    : await itemRecordWrite(deps.props, record.value.text).then(
        () => undefined,
        (error: unknown) => `this message cannot carry its ReachPlan record: ${describe(error)}`,
      );
  return { followUp: deps.store.followUp(followUp.id) ?? learned, ...(problem ? { problem } : {}) };
}

/** Shows a known follow-up's status on its sent message, after learning the sent copy's ids. */
async function showSent(
  deps: ItemOpenDeps,
  item: ItemSummary,
  current: FollowUp,
  repair: RepairOutcome['kind'] | 'committed',
): Promise<ItemOpenOutcome> {
  const { followUp, problem } = await learnSentCopy(deps, current, item);
  const zone = deps.store.settings().user.timeZone;
  await deps.notifier
    .show(STATUS_NOTICE_KEY, { kind: 'info', message: followUpStatusLine(followUp, zone), persistent: false })
    .catch(() => undefined);
  return { kind: 'sent', followUp, repair, ...(problem ? { problem } : {}) };
}

/**
 * A sent message with neither record nor flag (the client dropped its custom properties on the way to
 * Sent Items): the follow-up this device or another committed at send, matched by subject, recipients
 * and a sent time within ten minutes, that has not met its sent copy yet.
 */
function sentWithoutRecord(store: Store, item: ItemSummary): FollowUp | undefined {
  const created = item.dateTimeCreated;
  if (created === undefined) return undefined;
  const subject = subjectShorten(item.subject).toLowerCase();
  const addresses = new Set([...item.to, ...item.cc].map((r) => r.emailAddress.toLowerCase()));
  return store
    .followUps()
    .find(
      (f) =>
        f.messageKey === undefined &&
        Math.abs(f.sentAt - created) <= 10 * 60_000 &&
        f.subject.toLowerCase() === subject &&
        f.recipients.every((r) => addresses.has(r.email.toLowerCase())),
    );
}

async function openSent(deps: ItemOpenDeps, item: ItemSummary, record: unknown): Promise<ItemOpenOutcome> {
  const decoded = itemRecordDecode(record);
  if (!decoded.ok)
    return { kind: 'none', problem: `this message's ReachPlan record is unreadable: ${decoded.reason}` };
  const repair = deps.store.repairFromItem(record);
  if (repair.kind === 'deleted') return { kind: 'none' };
  if (repair.kind === 'refused') return { kind: 'none', problem: repair.error.message };
  const current = deps.store.followUp(decoded.value.value.id) ?? decoded.value.value;
  return showSent(deps, item, current, repair.kind);
}

/** A flagged message whose send was never committed (no OnMessageSend here): commit it from the sent copy. */
async function commitLate(deps: ItemOpenDeps, item: ItemSummary, now: Instant): Promise<ItemOpenOutcome> {
  const state = composeStateDecode(await deps.props.get(COMPOSE_PROPERTY).catch(() => undefined));
  if (!state.flag) {
    const matched = sentWithoutRecord(deps.store, item);
    return matched ? showSent(deps, item, matched, 'current') : { kind: 'none' };
  }
  // Committed at send, but the record did not reach this copy (over budget, a failed save).
  const existing = deps.store.followUp(state.flag.token);
  if (existing) return showSent(deps, item, existing, 'current');
  const selection = recipientsTrack(item.to, item.cc, deps.userEmail);
  if (!selection.ok) return { kind: 'none', problem: selection.reason };
  const recipients = contactFirst(selection.value);
  const created = followUpCreate(
    {
      id: state.flag.token,
      subject: item.subject,
      recipients,
      sentAt: item.dateTimeCreated ?? now,
      ladder: state.flag.ladder,
      ...(item.conversationId ? { conversationId: item.conversationId } : {}),
      ...(item.internetMessageId ? { internetMessageId: item.internetMessageId } : {}),
      ...(item.itemId ? { sentItemId: item.itemId } : {}),
    },
    planContextOf(deps.store, { recipients }),
  );
  if (!created.ok) return { kind: 'none', problem: created.reason };
  const stored = changeWrite(deps.store, created);
  if (typeof stored === 'string') return { kind: 'none', problem: stored };
  const record = deps.store.itemRecord(stored);
  if (record.ok) await itemRecordWrite(deps.props, record.value.text).catch(() => undefined);
  return openSent(deps, item, record.ok ? record.value.text : undefined).then((outcome) =>
    outcome.kind === 'sent'
      ? { ...outcome, repair: 'committed' as const }
      : { kind: 'sent', followUp: stored, repair: 'committed' },
  );
}

/** Follow-ups this incoming message could answer: same conversation, or from someone they wait on (or a colleague). */
function candidates(store: Store, item: ItemSummary): FollowUp[] {
  const sender = item.from?.emailAddress.toLowerCase() ?? '';
  const domain = sender.slice(sender.lastIndexOf('@') + 1);
  const byConversation = item.conversationId ? store.followUpsByConversation(item.conversationId) : [];
  const active = (f: FollowUp) => f.state === 'waiting' || f.state === 'paused' || f.state === 'noAnswer';
  const related = store
    .followUps()
    .filter((f) =>
      f.recipients.some(
        (r) =>
          r.email.toLowerCase() === sender || (domain !== '' && r.email.toLowerCase().endsWith(`@${domain}`)),
      ),
    );
  const seen = new Set<string>();
  return [...byConversation, ...related].filter((f) => active(f) && !seen.has(f.id) && seen.add(f.id));
}

async function incomingMessage(
  deps: ItemOpenDeps,
  item: ItemSummary,
  now: Instant,
): Promise<IncomingMessage> {
  const [headers, bodyText] = await Promise.all([
    deps.capabilities.internetHeaders ? deps.content.headers().catch(() => ({})) : Promise.resolve({}),
    deps.content.bodyText().catch(() => ''),
  ]);
  return {
    from: { email: item.from?.emailAddress ?? '', name: item.from?.displayName ?? '' },
    subject: item.subject,
    headers,
    bodyText,
    receivedAt: item.dateTimeCreated ?? now,
    ...(item.conversationId ? { conversationId: item.conversationId } : {}),
  };
}

/** Handles the read-mode item the pane opened on. */
export async function itemOpen(
  deps: ItemOpenDeps,
  item: ItemSummary | null,
  now: Instant,
): Promise<ItemOpenOutcome> {
  if (!item || item.mode !== 'read') return { kind: 'none' };
  try {
    const own = same(item.from?.emailAddress, deps.userEmail);
    const record = await deps.props.get(ITEM_PROPERTY).catch(() => undefined);
    if (record !== undefined) return await openSent(deps, item, record);
    if (own) return await commitLate(deps, item, now);
    const answering = candidates(deps.store, item).filter((f) => (item.dateTimeCreated ?? now) >= f.sentAt);
    if (answering.length === 0) return { kind: 'none' };
    const message = await incomingMessage(deps, item, now);
    const results: AnswerResult[] = [];
    const answerDeps = {
      store: deps.store,
      show: (kind: 'info' | 'error', text: string) =>
        deps.notifier
          .show(STATUS_NOTICE_KEY, { kind, message: text, persistent: kind === 'info' })
          .catch(() => undefined),
    };
    for (const followUp of answering) results.push(await answerApply(answerDeps, followUp, message, now));
    return { kind: 'answers', results };
  } catch (error: unknown) {
    return { kind: 'none', problem: describe(error) };
  }
}
