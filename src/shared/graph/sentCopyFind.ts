/**
 * Finding a follow-up's sent copy in Sent Items (classic Outlook gives the copy a new item id and
 * Message-ID on send, and the item id is null inside OnMessageSend: platform.md). First by the token
 * ReachPlan stamped into the message's custom properties, read from the property itself: Graph's
 * extended-property filter compares whole values, and the property holds the JSON of all the add-in's
 * properties, so a filter on the token alone finds nothing. Then, when the property did not reach the
 * copy (documented inconsistently), by conversation, time and recipients. What is found goes to this
 * device's sent-copy cache (full ids) and the store (keys).
 */
import type { Message } from '@microsoft/microsoft-graph-types';
import { COMPOSE_PROPERTY, composeStateDecode } from '../app/composeState';
import type { FollowUp, Instant } from '../domain/types';
import type { GraphFailure, GraphPort, SentCopyCachePort } from '../ports';
import { idKey } from '../storage/idKey';
import { ITEM_PROPERTY, itemRecordDecode } from '../storage/itemRecord';
import { subjectShorten } from '../storage/roamingForm';
import type { Store } from '../storage/store';
import { graphFailureFrom } from './graphError';
import { ewsIdOf, idKeysOf } from './graphIds';
import { customPropertiesExpand, customPropertiesOf, messagesUrl } from './graphMessage';
import { graphRest, type GraphPage } from './graphPages';
import { odataDateTime } from './graphQuery';

export interface SentCopyDeps {
  readonly store: Store;
  readonly graph: GraphPort;
  readonly sentCopies: SentCopyCachePort;
  readonly addinId: string;
}

export interface SentCopyOutcome {
  /** Follow-ups whose sent copy was found now, and how. */
  readonly found: readonly { readonly followUpId: string; readonly by: 'token' | 'match' }[];
  readonly failures: readonly GraphFailure[];
}

const SELECT =
  'id,conversationId,internetMessageId,subject,toRecipients,ccRecipients,sentDateTime,receivedDateTime';
/** A send can sit in the Outbox (offline): look from just before the commit to two days after. */
const BEFORE_MS = 10 * 60_000;
const AFTER_MS = 2 * 24 * 3600_000;
/** The fallback accepts a copy sent this close to the commit. */
const MATCH_WINDOW_MS = 10 * 60_000;
const PER_RUN = 40;

const ACTIVE = new Set(['waiting', 'paused', 'noAnswer']);

/** Follow-ups this device does not yet know the sent copy of. */
export function sentCopiesUnknown(store: Store, sentCopies: SentCopyCachePort): FollowUp[] {
  return store.followUps().filter((f) => {
    if (!ACTIVE.has(f.state)) return false;
    const entry = sentCopies.get(f.id);
    return !(entry?.itemId && entry.conversationId);
  });
}

function tokenOf(properties: Record<string, unknown> | null): string | undefined {
  if (!properties) return undefined;
  const flag = composeStateDecode(properties[COMPOSE_PROPERTY]).flag;
  if (flag) return flag.token;
  const record = itemRecordDecode(properties[ITEM_PROPERTY]);
  return record.ok ? record.value.value.id : undefined;
}

const normalized = (subject: string) => subjectShorten(subject).toLowerCase();

function subjectMatches(followUp: FollowUp, subject: string): boolean {
  const stored = normalized(followUp.subject);
  const sent = normalized(subject);
  return stored.endsWith('…') ? sent.startsWith(stored.slice(0, -1)) : sent === stored;
}

function addressesOf(message: Message): Set<string> {
  const all = [...(message.toRecipients ?? []), ...(message.ccRecipients ?? [])];
  return new Set(all.map((r) => (r.emailAddress?.address ?? '').toLowerCase()).filter(Boolean));
}

/** The fallback: same recipients and subject, sent within minutes of the commit, same conversation when known. */
function bestMatch(followUp: FollowUp, messages: readonly Message[]): Message | undefined {
  const scored = messages
    .map((m) => ({ m, at: Date.parse(m.sentDateTime ?? m.receivedDateTime ?? '') }))
    .filter(({ m, at }) => {
      if (Number.isNaN(at) || Math.abs(at - followUp.sentAt) > MATCH_WINDOW_MS) return false;
      if (!subjectMatches(followUp, m.subject ?? '')) return false;
      const to = addressesOf(m);
      if (!followUp.recipients.every((r) => to.has(r.email.toLowerCase()))) return false;
      const conversation = m.conversationId ?? '';
      return !followUp.conversationKey || idKeysOf(conversation).includes(followUp.conversationKey);
    })
    .sort((a, b) => Math.abs(a.at - followUp.sentAt) - Math.abs(b.at - followUp.sentAt));
  const [first, second] = scored;
  if (!first) return undefined;
  // Two copies equally close cannot be told apart: better none than the wrong one.
  if (second && Math.abs(second.at - followUp.sentAt) === Math.abs(first.at - followUp.sentAt))
    return undefined;
  return first.m;
}

/** The form of a Graph conversation id the follow-up's key was made from (EWS unless the key says otherwise). */
export function conversationIdFor(followUp: FollowUp, graphId: string): string {
  if (followUp.conversationKey && idKey(graphId) === followUp.conversationKey) return graphId;
  return ewsIdOf(graphId);
}

/** Records the copy's ids: full ones on this device, keys in the store. */
function learn(deps: SentCopyDeps, followUp: FollowUp, message: Message): void {
  const conversationId = message.conversationId
    ? conversationIdFor(followUp, message.conversationId)
    : undefined;
  const itemId = message.id ? ewsIdOf(message.id) : undefined;
  const internetMessageId = message.internetMessageId ?? undefined;
  deps.sentCopies.put(followUp.id, {
    ...(itemId ? { itemId } : {}),
    ...(conversationId ? { conversationId } : {}),
    ...(internetMessageId ? { internetMessageId } : {}),
  });
  const current = deps.store.followUp(followUp.id) ?? followUp;
  const known =
    (!conversationId || current.conversationKey === idKey(conversationId)) &&
    (!internetMessageId || current.messageKey === idKey(internetMessageId));
  if (known) return;
  deps.store.upsertFollowUp({
    ...current,
    ...(conversationId ? { conversationId } : {}),
    ...(internetMessageId ? { internetMessageId } : {}),
    ...(itemId ? { sentItemId: itemId } : {}),
  });
}

/** Looks for the sent copies this device does not know yet (a few dozen per run). */
export async function sentCopyFind(deps: SentCopyDeps, _now: Instant): Promise<SentCopyOutcome> {
  const targets = sentCopiesUnknown(deps.store, deps.sentCopies).slice(0, PER_RUN);
  if (targets.length === 0) return { found: [], failures: [] };
  const answers = await deps.graph.batch(
    targets.map((f) => ({
      method: 'GET' as const,
      url: messagesUrl('/me/mailFolders/sentitems/messages', {
        $filter: `receivedDateTime ge ${odataDateTime(f.sentAt - BEFORE_MS)} and receivedDateTime le ${odataDateTime(f.sentAt + AFTER_MS)}`,
        $select: SELECT,
        $expand: customPropertiesExpand(deps.addinId),
        $top: 50,
      }),
    })),
  );
  const found: { followUpId: string; by: 'token' | 'match' }[] = [];
  const failures: GraphFailure[] = [];
  for (const [i, followUp] of targets.entries()) {
    const answer = answers[i];
    if (!answer?.ok) {
      if (answer) failures.push(answer.failure);
      continue;
    }
    let messages: Message[];
    try {
      messages = (await graphRest<Message>(deps.graph, answer.body as GraphPage<Message>, 4)).items;
    } catch (error: unknown) {
      failures.push(graphFailureFrom(error));
      continue;
    }
    const byToken = messages.find((m) => tokenOf(customPropertiesOf(m, deps.addinId)) === followUp.id);
    const match = byToken ?? bestMatch(followUp, messages);
    if (!match) continue;
    learn(deps, followUp, match);
    found.push({ followUpId: followUp.id, by: byToken ? 'token' : 'match' });
  }
  return { found, failures };
}
