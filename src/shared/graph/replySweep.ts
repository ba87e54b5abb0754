/**
 * Connected mode's reply sweep: for each follow-up still waiting (or paused, or past its ladder), ask
 * Graph for the messages in its conversation and from its recipients since it was sent (all folders:
 * a rule may have filed the reply), sort them on the client (Graph refuses $orderby with a
 * conversationId filter: InefficientFilter), and apply each with answerApply, exactly as opening the
 * message in Outlook does, with "found by sweep" in the history note. Requests go in $batch round
 * trips. This device remembers until when it swept each follow-up, so later sweeps ask only for newer
 * mail (another device, or this one after losing that memory, starts again from the send).
 */
import type { Message } from '@microsoft/microsoft-graph-types';
import { answerApply, contactName, type AnswerApplied } from '../app/answerApply';
import type { FollowUp, Instant } from '../domain/types';
import type { DeviceMemoryPort, GraphFailure, GraphPort, GraphRequest, SentCopyCachePort } from '../ports';
import type { Store } from '../storage/store';
import { graphFailureFrom } from './graphError';
import { restIdOf } from './graphIds';
import {
  ANSWER_SELECT,
  incomingOf,
  MESSAGE_CLASS_EXPAND,
  messagesUrl,
  receivedAtOf,
  senderOf,
} from './graphMessage';
import { graphRest, type GraphPage } from './graphPages';
import { odataDateTime, odataString } from './graphQuery';
import { conversationIdFor } from './sentCopyFind';

export interface ReplySweepDeps {
  readonly store: Store;
  readonly graph: GraphPort;
  readonly sentCopies: SentCopyCachePort;
  readonly memory: DeviceMemoryPort;
  readonly userEmail: string;
}

/** An answer the sweep applied. */
export interface SweepFinding {
  readonly followUpId: string;
  readonly subject: string;
  readonly contact: string;
  readonly from: string;
  readonly applied: Exclude<AnswerApplied, 'unrelated' | 'unchanged'>;
  readonly reason: string;
}

export interface ReplySweepOutcome {
  readonly checked: number;
  readonly findings: readonly SweepFinding[];
  readonly failures: readonly GraphFailure[];
}

export const SWEEP_NOTE = 'found by sweep';
/** Where this device keeps until when it swept each follow-up. */
export const SWEEP_MEMORY_KEY = 'sweep.watermarks';
/** Mail can be stamped a little before it becomes visible: each sweep looks back this much further. */
const OVERLAP_MS = 15 * 60_000;
const RECIPIENTS_MAX = 5;
const PAGES_MAX = 5;
const ACTIVE = new Set(['waiting', 'paused', 'noAnswer']);

type Watermarks = Record<string, number>;

function watermarksRead(memory: DeviceMemoryPort): Watermarks {
  try {
    const parsed: unknown = JSON.parse(memory.get(SWEEP_MEMORY_KEY) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed as Record<string, unknown>).filter(
        (e): e is [string, number] => typeof e[1] === 'number' && Number.isFinite(e[1]),
      ),
    );
  } catch {
    return {};
  }
}

/** The full conversation id of a follow-up where known (the store keeps only its key after a reload). */
function conversationOf(followUp: FollowUp, sentCopies: SentCopyCachePort): string | undefined {
  return followUp.conversationId ?? sentCopies.get(followUp.id)?.conversationId;
}

function requestsFor(followUp: FollowUp, since: Instant, conversation: string | undefined): GraphRequest[] {
  const query = { $select: ANSWER_SELECT, $expand: MESSAGE_CLASS_EXPAND, $top: 50 };
  const requests: GraphRequest[] = [];
  if (conversation) {
    requests.push({
      method: 'GET',
      url: messagesUrl('/me/messages', {
        $filter: `conversationId eq ${odataString(restIdOf(conversation))}`,
        ...query,
      }),
    });
  }
  for (const recipient of followUp.recipients.slice(0, RECIPIENTS_MAX)) {
    requests.push({
      method: 'GET',
      url: messagesUrl('/me/messages', {
        $filter: `from/emailAddress/address eq ${odataString(recipient.email)} and receivedDateTime ge ${odataDateTime(since)}`,
        ...query,
      }),
    });
  }
  return requests;
}

/** The last time the user resumed the plan (an auto-reply from before then is old news). */
function lastResumed(followUp: FollowUp): Instant | undefined {
  const resumed = followUp.history.filter((h) => h.kind === 'resumed').map((h) => h.at);
  return resumed.length > 0 ? Math.max(...resumed) : undefined;
}

/** Sweeps every active follow-up once. */
export async function replySweep(deps: ReplySweepDeps, now: Instant): Promise<ReplySweepOutcome> {
  const targets = deps.store.followUps().filter((f) => ACTIVE.has(f.state));
  const watermarks = watermarksRead(deps.memory);
  const plan = targets.map((f) => {
    const since = Math.max(f.sentAt, (watermarks[f.id] ?? -Infinity) - OVERLAP_MS);
    const conversation = conversationOf(f, deps.sentCopies);
    return { followUp: f, since, requests: requestsFor(f, since, conversation) };
  });
  let answers: Awaited<ReturnType<GraphPort['batch']>>;
  try {
    answers = await deps.graph.batch(plan.flatMap((p) => p.requests));
  } catch (error: unknown) {
    return { checked: targets.length, findings: [], failures: [graphFailureFrom(error)] };
  }
  const findings: SweepFinding[] = [];
  const failures: GraphFailure[] = [];
  const nextWatermarks: Watermarks = {};
  let offset = 0;
  for (const { followUp, since, requests } of plan) {
    const mine = answers.slice(offset, offset + requests.length);
    offset += requests.length;
    const messages = new Map<string, Message>();
    let complete = true;
    for (const answer of mine) {
      if (!answer.ok) {
        failures.push(answer.failure);
        complete = false;
        continue;
      }
      try {
        const all = await graphRest<Message>(deps.graph, answer.body as GraphPage<Message>, PAGES_MAX);
        if (!all.complete) complete = false;
        for (const m of all.items) if (m.id) messages.set(m.id, m);
      } catch (error: unknown) {
        failures.push(graphFailureFrom(error));
        complete = false;
      }
    }
    const user = deps.userEmail.toLowerCase();
    const ordered = [...messages.values()]
      .filter((m) => senderOf(m).email !== user)
      .map((m) => ({ m, at: receivedAtOf(m) }))
      .filter(
        (x): x is { m: Message; at: number } => x.at !== null && x.at >= since && x.at >= followUp.sentAt,
      )
      .sort((a, b) => a.at - b.at || (a.m.id ?? '').localeCompare(b.m.id ?? ''));
    for (const { m } of ordered) {
      const current = deps.store.followUp(followUp.id);
      if (!current || !ACTIVE.has(current.state)) break;
      const incoming = incomingOf(m, (graphId) => conversationIdFor(current, graphId));
      if (!incoming) continue;
      const resumed = lastResumed(current);
      const result = await answerApply(
        {
          store: deps.store,
          notePrefix: SWEEP_NOTE,
          ...(resumed !== undefined ? { autoReplyNotBefore: resumed } : {}),
        },
        current,
        incoming,
        now,
      );
      if (result.applied === 'cleared' || result.applied === 'paused' || result.applied === 'stopped') {
        findings.push({
          followUpId: followUp.id,
          subject: followUp.subject,
          contact: contactName(followUp),
          from: incoming.from.email,
          applied: result.applied,
          reason: result.classification.reason,
        });
      }
    }
    const stillActive = ACTIVE.has(deps.store.followUp(followUp.id)?.state ?? 'done');
    if (stillActive)
      nextWatermarks[followUp.id] = complete ? now : (watermarks[followUp.id] ?? followUp.sentAt);
  }
  deps.memory.set(SWEEP_MEMORY_KEY, JSON.stringify(nextWatermarks));
  return { checked: targets.length, findings, failures };
}
