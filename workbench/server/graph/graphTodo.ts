/**
 * Microsoft To Do in Graph's shapes: /me/todo/lists, /me/todo/lists/{id}, /me/todo/lists/{id}/tasks,
 * /me/todo/lists/{id}/tasks/{id} and their linkedResources. Validates bodies as Graph does for the
 * fields ReachPlan writes (title, body, dueDateTime, reminderDateTime, isReminderOn, status,
 * importance, linkedResources) and refuses the rest with the field named.
 */
import type { GraphState, StoredList, StoredTask } from './graphState';
import {
  badRequest,
  graphNoContent,
  graphOk,
  notFound,
  type GraphAnswer,
  type GraphCall,
} from './graphAnswer';
import { filtered, page, queryChecked, queryFilter, type CollectionOptions } from './graphQuery';
import { isRecord } from '../../shared/fixtureFields';

const TASK_TYPE = 'microsoft.graph.todoTask';
const LIST_TYPE = 'microsoft.graph.todoTaskList';
const STATUSES = ['notStarted', 'inProgress', 'completed', 'waitingOnOthers', 'deferred'];
const IMPORTANCE = ['low', 'normal', 'high'];
const LINK_FIELDS = ['webUrl', 'applicationName', 'displayName', 'externalId'];

type Json = Record<string, unknown>;

function options(pageCap: number): CollectionOptions {
  return {
    typeName: TASK_TYPE,
    defaultTop: 100,
    maxTop: 1000,
    pageCap,
    sortable: {},
  };
}

function listJson(list: StoredList): Json {
  return {
    '@odata.etag': `W/"${list.id.slice(-8)}"`,
    id: list.id,
    displayName: list.displayName,
    isOwner: true,
    isShared: false,
    wellknownListName: list.wellknownListName,
  };
}

function dateTimeTimeZone(value: unknown, field: string): string | null {
  if (value === null) return null;
  if (!isRecord(value) || typeof value['dateTime'] !== 'string' || typeof value['timeZone'] !== 'string')
    return `${field} must be a dateTimeTimeZone { dateTime, timeZone }`;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?$/.test(value['dateTime']))
    return `The value '${value['dateTime']}' of parameter 'DateTime' is invalid.`;
  if (value['timeZone'].trim() === '') return `${field}.timeZone must not be empty`;
  return null;
}

function linkValid(value: unknown, field: string): string | null {
  if (!isRecord(value)) return `${field} must be a linkedResource object`;
  for (const key of Object.keys(value)) {
    if (!LINK_FIELDS.includes(key) && key !== '@odata.type' && key !== 'id')
      return `${field}.${key} is not a property of linkedResource`;
  }
  for (const key of LINK_FIELDS) {
    if (value[key] !== undefined && value[key] !== null && typeof value[key] !== 'string')
      return `${field}.${key} must be a string`;
  }
  if (typeof value['applicationName'] !== 'string' || typeof value['displayName'] !== 'string')
    return `${field} needs applicationName and displayName`;
  return null;
}

/** Why a task body is refused, or null. `creating`: title is required. */
function taskInvalid(body: unknown, creating: boolean): string | null {
  if (!isRecord(body)) return 'The request body must be a todoTask object.';
  for (const [key, value] of Object.entries(body)) {
    switch (key) {
      case 'title':
        if (typeof value !== 'string' || value.trim() === '') return 'title must be a non-empty string';
        if (value.length > 255) return 'title is longer than 255 characters';
        break;
      case 'body':
        if (
          !isRecord(value) ||
          typeof value['content'] !== 'string' ||
          !['text', 'html'].includes(String(value['contentType']))
        )
          return 'body must be an itemBody { content, contentType: text | html }';
        break;
      case 'dueDateTime':
      case 'reminderDateTime':
      case 'startDateTime': {
        const problem = dateTimeTimeZone(value, key);
        if (problem) return problem;
        break;
      }
      case 'isReminderOn':
        if (typeof value !== 'boolean') return 'isReminderOn must be true or false';
        break;
      case 'status':
        if (!STATUSES.includes(String(value))) return `status must be one of ${STATUSES.join(', ')}`;
        break;
      case 'importance':
        if (!IMPORTANCE.includes(String(value))) return `importance must be one of ${IMPORTANCE.join(', ')}`;
        break;
      case 'categories':
        if (!Array.isArray(value) || !value.every((c) => typeof c === 'string'))
          return 'categories must be strings';
        break;
      case 'linkedResources':
        if (!creating)
          return 'linkedResources cannot be changed with PATCH; use the linkedResources collection';
        if (!Array.isArray(value)) return 'linkedResources must be an array';
        for (const [i, link] of value.entries()) {
          const problem = linkValid(link, `linkedResources[${i}]`);
          if (problem) return problem;
        }
        break;
      case '@odata.type':
        break;
      default:
        return `${key} is not a writable property of todoTask in the workbench`;
    }
  }
  if (creating && typeof body['title'] !== 'string') return 'title is required';
  return null;
}

function stamp(nowIso: string): string {
  return nowIso.replace(/\.\d{3}Z$/, '.0000000Z');
}

function withLinks(task: StoredTask, expand: boolean): Json {
  const out: Json = { ...task.json };
  if (expand) out['linkedResources'] = task.linkedResources.map((l) => ({ ...l }));
  return out;
}

function newLink(state: GraphState, link: Json): Json {
  const clean: Json = { id: state.newId('link') };
  for (const key of LINK_FIELDS) if (typeof link[key] === 'string') clean[key] = link[key];
  return clean;
}

function taskCreate(state: GraphState, list: StoredList, body: Json, nowIso: string): StoredTask {
  const id = state.newId('task');
  const now = stamp(nowIso);
  const status = typeof body['status'] === 'string' ? body['status'] : 'notStarted';
  const json: Json = {
    '@odata.etag': `W/"${id.slice(-10)}"`,
    importance: 'normal',
    isReminderOn: false,
    status,
    title: '',
    createdDateTime: now,
    lastModifiedDateTime: now,
    hasAttachments: false,
    categories: [],
    id,
    body: { content: '', contentType: 'text' },
    dueDateTime: null,
    reminderDateTime: null,
    completedDateTime: status === 'completed' ? { dateTime: now.slice(0, -1), timeZone: 'UTC' } : null,
  };
  for (const [key, value] of Object.entries(body))
    if (key !== 'linkedResources' && key !== '@odata.type') json[key] = value;
  const links = Array.isArray(body['linkedResources']) ? (body['linkedResources'] as Json[]) : [];
  const task: StoredTask = { id, json, linkedResources: links.map((l) => newLink(state, l)) };
  list.tasks.set(id, task);
  return task;
}

function taskPatch(task: StoredTask, body: Json, nowIso: string): StoredTask {
  const now = stamp(nowIso);
  const json: Json = { ...task.json, lastModifiedDateTime: now };
  for (const [key, value] of Object.entries(body)) if (key !== '@odata.type') json[key] = value;
  if (body['status'] !== undefined) {
    json['completedDateTime'] =
      body['status'] === 'completed' ? { dateTime: now.slice(0, -1), timeZone: 'UTC' } : null;
  }
  return { ...task, json };
}

/** Routes /me/todo/…; `segments` are the path parts after "/me/todo". */
export function todoRoute(
  state: GraphState,
  call: GraphCall,
  segments: readonly string[],
  nowIso: string,
): GraphAnswer {
  const [listsWord, listId, tasksWord, taskId, linksWord, linkId] = segments;
  if (listsWord !== 'lists') return notFound('Resource not found for the segment.');
  const pageCap = state.settings.maxPageSize;
  if (listId === undefined) {
    if (call.method === 'GET') {
      const refused = queryChecked(call, ['$filter', '$top', '$skip']);
      if (refused) return refused;
      const filter = queryFilter(call);
      if (!filter.ok) return badRequest(filter.reason);
      const kept = filtered([...state.lists.values()].map(listJson), filter.value, LIST_TYPE);
      if (!kept.ok) return badRequest(kept.reason);
      const body = page(
        kept.value,
        call,
        { ...options(pageCap), typeName: LIST_TYPE },
        (l) => l,
        "users('me')/todo/lists",
      );
      return body.ok ? graphOk(body.value) : badRequest(body.reason);
    }
    if (call.method === 'POST') {
      const b = call.body;
      if (!isRecord(b) || typeof b['displayName'] !== 'string' || b['displayName'].trim() === '')
        return badRequest('displayName is required', 'invalidRequest');
      const id = state.newId('list');
      const list: StoredList = {
        id,
        displayName: b['displayName'],
        wellknownListName: 'none',
        tasks: new Map(),
      };
      state.lists.set(id, list);
      return graphOk(listJson(list), 201);
    }
    return badRequest(`${call.method} is not supported on todo/lists`);
  }
  const list = state.lists.get(listId);
  if (!list) return notFound('The requested list was not found.');
  if (tasksWord === undefined) {
    if (call.method === 'GET') return graphOk(listJson(list));
    if (call.method === 'DELETE') {
      if (list.wellknownListName === 'defaultList') return badRequest('The default list cannot be deleted.');
      state.lists.delete(listId);
      return graphNoContent();
    }
    if (call.method === 'PATCH') {
      const b = call.body;
      if (!isRecord(b) || typeof b['displayName'] !== 'string') return badRequest('displayName is required');
      list.displayName = b['displayName'];
      return graphOk(listJson(list));
    }
    return badRequest(`${call.method} is not supported on a list`);
  }
  if (tasksWord !== 'tasks') return notFound('Resource not found for the segment.');
  const expandLinks = () => {
    const expand = call.query.get('$expand');
    if (expand === null) return 'no' as const;
    return expand.trim().toLowerCase() === 'linkedresources' ? ('yes' as const) : null;
  };
  if (taskId === undefined) {
    if (call.method === 'GET') {
      const refused = queryChecked(call, ['$filter', '$top', '$skip', '$expand']);
      if (refused) return refused;
      const expand = expandLinks();
      if (expand === null) return badRequest(`Could not expand '${call.query.get('$expand') ?? ''}'.`);
      const filter = queryFilter(call);
      if (!filter.ok) return badRequest(filter.reason);
      const tasks = [...list.tasks.values()];
      const byId = new Map(tasks.map((t) => [t.id, t]));
      const kept = filtered(
        tasks.map((t) => ({ ...t.json })),
        filter.value,
        TASK_TYPE,
      );
      if (!kept.ok) return badRequest(kept.reason);
      const body = page(
        kept.value,
        call,
        options(pageCap),
        (json) => withLinks(byId.get(String(json['id'])) as StoredTask, expand === 'yes'),
        `users('me')/todo/lists('${listId}')/tasks`,
      );
      return body.ok ? graphOk(body.value) : badRequest(body.reason);
    }
    if (call.method === 'POST') {
      const problem = taskInvalid(call.body, true);
      if (problem) return badRequest(problem, 'invalidRequest');
      const task = taskCreate(state, list, call.body as Json, nowIso);
      return graphOk(withLinks(task, true), 201);
    }
    return badRequest(`${call.method} is not supported on tasks`);
  }
  const task = list.tasks.get(taskId);
  if (!task) return notFound('The requested task was not found.');
  if (linksWord === undefined) {
    if (call.method === 'GET') {
      const expand = expandLinks();
      if (expand === null) return badRequest(`Could not expand '${call.query.get('$expand') ?? ''}'.`);
      return graphOk(withLinks(task, expand === 'yes'));
    }
    if (call.method === 'PATCH') {
      const problem = taskInvalid(call.body, false);
      if (problem) return badRequest(problem, 'invalidRequest');
      const patched = taskPatch(task, call.body as Json, nowIso);
      list.tasks.set(taskId, patched);
      return graphOk(withLinks(patched, false));
    }
    if (call.method === 'DELETE') {
      list.tasks.delete(taskId);
      return graphNoContent();
    }
    return badRequest(`${call.method} is not supported on a task`);
  }
  if (linksWord !== 'linkedResources') return notFound('Resource not found for the segment.');
  if (linkId === undefined) {
    if (call.method === 'GET') return graphOk({ value: task.linkedResources });
    if (call.method === 'POST') {
      const problem = linkValid(call.body, 'linkedResource');
      if (problem) return badRequest(problem, 'invalidRequest');
      const link = newLink(state, call.body as Json);
      list.tasks.set(taskId, { ...task, linkedResources: [...task.linkedResources, link] });
      return graphOk(link, 201);
    }
    return badRequest(`${call.method} is not supported on linkedResources`);
  }
  const link = task.linkedResources.find((l) => l['id'] === linkId);
  if (!link) return notFound('The requested linked resource was not found.');
  if (call.method === 'GET') return graphOk(link);
  if (call.method === 'DELETE') {
    list.tasks.set(taskId, { ...task, linkedResources: task.linkedResources.filter((l) => l !== link) });
    return graphNoContent();
  }
  return badRequest(`${call.method} is not supported on a linked resource`);
}
