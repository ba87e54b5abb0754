/**
 * Reminders on every device: the next step of each active follow-up mirrored as a Microsoft To Do
 * task in a "ReachPlan" list, its reminder at the step's due time and a linked resource back to the
 * sent message, so To Do pops it on the phone and the desktop even when Outlook is closed. The task
 * follows the step: moved when the step moves, completed when it is done, deleted when it is skipped
 * or the plan clears. One task per step, never two: the step's id (`<token>.<index>`, stable since
 * steps are only appended or dropped from the end) is the linked resource's externalId, so the
 * mapping lives in To Do itself (no roaming settings used), every device sees it, and duplicates a
 * race between devices created are deleted on the next pass. A task the user completed in To Do is
 * left completed.
 */
import type { LinkedResource, TodoTask, TodoTaskList } from '@microsoft/microsoft-graph-types';
import { findWindows } from 'windows-iana';
import { contactName } from '../app/answerApply';
import { nextPlannedStep } from '../app/dueGroups';
import { stepLabels } from '../domain/ladderPlan';
import { localTimeFormat } from '../domain/localTimeFormat';
import type { FollowUp, Instant } from '../domain/types';
import type { DeviceMemoryPort, GraphFailure, GraphPort, GraphRequest, SentCopyCachePort } from '../ports';
import type { Store } from '../storage/store';
import { GraphError, graphFailureFrom } from './graphError';
import { restIdOf } from './graphIds';
import { graphAll } from './graphPages';
import { odataQuery } from './graphQuery';
import { todoStrings } from './graphStrings';

export const TODO_LIST_NAME = 'ReachPlan';
export const TODO_APP_NAME = 'ReachPlan';
const LIST_MEMORY_KEY = 'todo.listId';
const STEP_ID = /^([A-Za-z0-9_-]{1,64})\.(\d{1,3})$/;
const ACTIVE = new Set(['waiting', 'paused', 'noAnswer']);

export interface TodoMirrorDeps {
  readonly store: Store;
  readonly graph: GraphPort;
  readonly sentCopies: SentCopyCachePort;
  readonly memory: DeviceMemoryPort;
}

export interface TodoMirrorOutcome {
  readonly created: number;
  readonly updated: number;
  readonly completed: number;
  readonly deleted: number;
  readonly failures: readonly GraphFailure[];
}

/** A step's id: the follow-up's token and the step's index. */
export function stepId(followUpId: string, index: number): string {
  return `${followUpId}.${index}`;
}

interface Desired {
  readonly followUp: FollowUp;
  readonly index: number;
  readonly title: string;
  readonly reminder: string;
  readonly due: { readonly dateTime: string; readonly timeZone: string };
}

/** Graph's dateTime in UTC, without offset: "2026-11-24T08:00:00.0000000". */
function utcDateTime(ms: Instant): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '.0000000');
}

/**
 * To Do keeps a due date, not a time (Graph issues about off-by-one due dates when a UTC midnight is
 * sent): the step's date in the user's zone at midnight, named as Windows names zones.
 */
function dueOf(ms: Instant, zone: string): { dateTime: string; timeZone: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
    .formatToParts(new Date(ms))
    .reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  const windows = findWindows(zone)[0];
  return {
    dateTime: `${parts['year'] ?? '1970'}-${parts['month'] ?? '01'}-${parts['day'] ?? '01'}T00:00:00.0000000`,
    timeZone: windows ?? 'UTC',
  };
}

function desiredTasks(store: Store): Map<string, Desired> {
  const zone = store.settings().user.timeZone;
  const out = new Map<string, Desired>();
  for (const followUp of store.followUps()) {
    if (!ACTIVE.has(followUp.state)) continue;
    const next = nextPlannedStep(followUp);
    if (!next) continue;
    const label = stepLabels(followUp.steps)[next.index] ?? 'Follow-up';
    out.set(stepId(followUp.id, next.index), {
      followUp,
      index: next.index,
      title: todoStrings.title(label, contactName(followUp), followUp.subject),
      reminder: utcDateTime(next.step.dueAt),
      due: dueOf(next.step.dueAt, zone),
    });
  }
  return out;
}

function externalIdOf(task: TodoTask): string | undefined {
  const link = (task.linkedResources ?? []).find(
    (l: LinkedResource) => l.applicationName === TODO_APP_NAME && typeof l.externalId === 'string',
  );
  return link?.externalId ?? undefined;
}

/** The id of the ReachPlan list: remembered on this device, else found by name, else created. */
async function listId(deps: TodoMirrorDeps, forgetRemembered: boolean): Promise<string> {
  const remembered = forgetRemembered ? null : deps.memory.get(LIST_MEMORY_KEY);
  if (remembered) return remembered;
  const lists = await graphAll<TodoTaskList>(deps.graph, '/me/todo/lists', 20);
  const found =
    lists.items.find((l) => l.displayName === TODO_LIST_NAME) ??
    lists.items.find((l) => l.displayName?.toLowerCase() === TODO_LIST_NAME.toLowerCase());
  const id =
    found?.id ??
    (
      await deps.graph.send<TodoTaskList>({
        method: 'POST',
        url: '/me/todo/lists',
        body: { displayName: TODO_LIST_NAME },
      })
    ).id;
  if (!id)
    throw new GraphError({ kind: 'server', message: 'Microsoft To Do did not give the new list an id.' });
  deps.memory.set(LIST_MEMORY_KEY, id);
  return id;
}

async function tasksOf(deps: TodoMirrorDeps, list: string): Promise<TodoTask[]> {
  const url = `/me/todo/lists/${encodeURIComponent(list)}/tasks${odataQuery({ $expand: 'linkedResources', $top: 100 })}`;
  return (await graphAll<TodoTask>(deps.graph, url, 50)).items;
}

/** The sent messages' Outlook links, for the tasks about to be created (one $batch). */
async function webLinks(deps: TodoMirrorDeps, followUps: readonly FollowUp[]): Promise<Map<string, string>> {
  const withItem = followUps
    .map((f) => ({ f, itemId: deps.sentCopies.get(f.id)?.itemId ?? f.sentItemId }))
    .filter((x): x is { f: FollowUp; itemId: string } => typeof x.itemId === 'string');
  const answers = await deps.graph.batch(
    withItem.map(({ itemId }) => ({
      method: 'GET' as const,
      url: `/me/messages/${encodeURIComponent(restIdOf(itemId))}?$select=webLink`,
    })),
  );
  const links = new Map<string, string>();
  withItem.forEach(({ f }, i) => {
    const answer = answers[i];
    const link = answer?.ok ? (answer.body as { webLink?: unknown }).webLink : undefined;
    if (typeof link === 'string' && /^https:\/\//.test(link)) links.set(f.id, link);
  });
  return links;
}

function createBody(desired: Desired, id: string, webUrl: string | undefined, zone: string): unknown {
  const { followUp } = desired;
  return {
    title: desired.title,
    body: {
      contentType: 'text',
      content: todoStrings.body(
        contactName(followUp),
        followUp.subject,
        localTimeFormat(zone, followUp.sentAt),
      ),
    },
    importance: 'normal',
    isReminderOn: true,
    reminderDateTime: { dateTime: desired.reminder, timeZone: 'UTC' },
    dueDateTime: desired.due,
    linkedResources: [
      {
        applicationName: TODO_APP_NAME,
        displayName: todoStrings.linkName(followUp.subject),
        externalId: id,
        ...(webUrl ? { webUrl } : {}),
      },
    ],
  };
}

function needsUpdate(task: TodoTask, desired: Desired): boolean {
  const reminder = task.reminderDateTime?.dateTime ?? '';
  return (
    task.title !== desired.title ||
    task.isReminderOn !== true ||
    reminder.slice(0, 19) !== desired.reminder.slice(0, 19) ||
    (task.dueDateTime?.dateTime ?? '').slice(0, 10) !== desired.due.dateTime.slice(0, 10)
  );
}

/** What to do with an existing task no step wants any more: complete it (step done) or delete it. */
function leftover(store: Store, id: string, task: TodoTask): 'complete' | 'delete' | 'keep' {
  if (task.status === 'completed') return 'keep';
  const match = STEP_ID.exec(id);
  if (!match) return 'keep';
  const followUp = store.followUp(match[1] ?? '');
  // A follow-up this device does not know (roaming not yet up to date, or lost): leave its task.
  if (!followUp) return 'keep';
  const step = followUp.steps[Number(match[2])];
  return step?.status === 'done' ? 'complete' : 'delete';
}

/** Brings the ReachPlan list in line with the store. */
export async function todoMirror(deps: TodoMirrorDeps, _now: Instant): Promise<TodoMirrorOutcome> {
  const outcome = { created: 0, updated: 0, completed: 0, deleted: 0, failures: [] as GraphFailure[] };
  let list: string;
  let tasks: TodoTask[];
  try {
    list = await listId(deps, false);
    try {
      tasks = await tasksOf(deps, list);
    } catch (error: unknown) {
      if (graphFailureFrom(error).kind !== 'notFound') throw error;
      list = await listId(deps, true); // the list was deleted in To Do: find or make it again
      tasks = await tasksOf(deps, list);
    }
  } catch (error: unknown) {
    return { ...outcome, failures: [graphFailureFrom(error)] };
  }
  const zone = deps.store.settings().user.timeZone;
  const desired = desiredTasks(deps.store);
  const base = `/me/todo/lists/${encodeURIComponent(list)}/tasks`;
  const requests: { request: GraphRequest; kind: 'created' | 'updated' | 'completed' | 'deleted' }[] = [];
  const seen = new Set<string>();
  const ordered = [...tasks].sort((a, b) => (a.createdDateTime ?? '').localeCompare(b.createdDateTime ?? ''));
  for (const task of ordered) {
    const id = externalIdOf(task);
    if (!id || !task.id) continue;
    const url = `${base}/${encodeURIComponent(task.id)}`;
    if (seen.has(id)) {
      requests.push({ request: { method: 'DELETE', url }, kind: 'deleted' }); // a duplicate from a race
      continue;
    }
    seen.add(id);
    const want = desired.get(id);
    if (want) {
      if (task.status !== 'completed' && needsUpdate(task, want)) {
        requests.push({
          request: {
            method: 'PATCH',
            url,
            body: {
              title: want.title,
              isReminderOn: true,
              reminderDateTime: { dateTime: want.reminder, timeZone: 'UTC' },
              dueDateTime: want.due,
            },
          },
          kind: 'updated',
        });
      }
      continue;
    }
    const action = leftover(deps.store, id, task);
    if (action === 'complete')
      requests.push({ request: { method: 'PATCH', url, body: { status: 'completed' } }, kind: 'completed' });
    if (action === 'delete') requests.push({ request: { method: 'DELETE', url }, kind: 'deleted' });
  }
  const missing = [...desired.entries()].filter(([id]) => !seen.has(id));
  let links = new Map<string, string>();
  if (missing.length > 0) {
    try {
      links = await webLinks(
        deps,
        missing.map(([, d]) => d.followUp),
      );
    } catch {
      // A task without its link is still a reminder: create it anyway.
    }
  }
  for (const [id, want] of missing) {
    requests.push({
      request: { method: 'POST', url: base, body: createBody(want, id, links.get(want.followUp.id), zone) },
      kind: 'created',
    });
  }
  if (requests.length === 0) return outcome;
  try {
    const answers = await deps.graph.batch(requests.map((r) => r.request));
    answers.forEach((answer, i) => {
      const kind = requests[i]?.kind;
      if (!kind) return;
      if (answer.ok || (kind === 'deleted' && answer.failure.kind === 'notFound')) outcome[kind] += 1;
      else outcome.failures.push(answer.failure);
    });
  } catch (error: unknown) {
    outcome.failures.push(graphFailureFrom(error));
  }
  return outcome;
}
