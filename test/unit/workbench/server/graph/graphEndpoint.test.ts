/**
 * The workbench's Graph endpoint over HTTP on loopback: auth, Graph's query semantics on mail
 * (conversationId without $orderby, $select, headers, extended properties by whole value, paging
 * with absolute nextLinks), $batch, To Do, MailTips, faults and the state API's validation.
 */
import type {
  MailboxSettings,
  MailTips,
  Message,
  TodoTask,
  TodoTaskList,
} from '@microsoft/microsoft-graph-types';
import { MESSAGE_PROPERTIES, messageJson } from '../../../../../workbench/server/graph/graphMessages';
import {
  customPropertiesSave,
  draftCreate,
  draftSend,
  draftUpdate,
} from '../../../../../workbench/server/mailboxOps';
import type { Session } from '../../../../../workbench/server/session';
import {
  graphWorkbench,
  WORKBENCH_CLIENT_ID,
  type GraphWorkbench,
} from '../../../../fixtures/graphWorkbench';

const ADDIN_ID = '15ae80bf-aa72-4657-95ba-2fcfe42104a8';
const CECP = `String {00020329-0000-0000-C000-000000000046} Name cecp-${ADDIN_ID}`;

let wb: GraphWorkbench;
beforeAll(async () => {
  wb = await graphWorkbench();
});
afterAll(() => wb.close());

let sessionNo = 0;
function fresh(): string {
  sessionNo += 1;
  return `graph-endpoint-${sessionNo}`;
}

interface Collection<T> {
  readonly value: T[];
  readonly '@odata.nextLink'?: string;
}
interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string };
}
interface BatchBody {
  readonly responses: {
    readonly id: string;
    readonly status: number;
    readonly headers: Record<string, string>;
    readonly body: Collection<Message> & { displayName?: string };
  }[];
}
type Answer<T> = { status: number; body: T & Partial<ErrorBody>; headers: Headers };
type Messages = Collection<Message>;

async function answer<T>(response: Response): Promise<Answer<T>> {
  const text = await response.text();
  return {
    status: response.status,
    body: (text ? JSON.parse(text) : {}) as T & Partial<ErrorBody>,
    headers: response.headers,
  };
}

async function get<T>(session: string, path: string, token?: string): Promise<Answer<T>> {
  const bearer = token ?? (await wb.tokens(session).token());
  return answer<T>(
    await fetch(`${wb.origin}/graph/v1.0${path}`, { headers: { authorization: `Bearer ${bearer}` } }),
  );
}

async function send<T>(session: string, method: string, path: string, body?: unknown): Promise<Answer<T>> {
  const bearer = await wb.tokens(session).token();
  return answer<T>(
    await fetch(`${wb.origin}/graph/v1.0${path}`, {
      method,
      headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
  );
}

const errorOf = (a: Answer<unknown>) => a.body.error ?? { code: '', message: '' };

/** Sends a message from the session's user with the add-in's custom properties on it. */
function sendFlagged(session: Session, subject: string, properties: Record<string, unknown>) {
  const draft = draftCreate(session, { kind: 'new' });
  if (!draft.ok) throw new Error(draft.reason.message);
  const fields = {
    to: [{ name: 'Priya Raman', email: 'priya@contoso.example' }],
    cc: [],
    bcc: [],
    subject,
    body: 'Could you confirm by Friday?',
    headers: {},
  };
  draftUpdate(session, draft.value.id, fields, true);
  customPropertiesSave(session, draft.value.id, properties);
  const sent = draftSend(session, draft.value.id, fields, 'A');
  if (!sent.ok) throw new Error(sent.reason.message);
  return sent.value;
}

describe('auth', () => {
  it('refuses a request without a token, and an expired one once the session clock moves past it', async () => {
    const s = fresh();
    const none = await fetch(`${wb.origin}/graph/v1.0/me/messages`);
    expect(none.status).toBe(401);
    expect(((await none.json()) as ErrorBody).error.code).toBe('InvalidAuthenticationToken');
    const token = await wb.tokens(s).token();
    expect((await get<Messages>(s, '/me/messages?$top=1', token)).status).toBe(200);
    wb.session(s).clockOffsetMs += 2 * 3600_000;
    const expired = await get<Messages>(s, '/me/messages?$top=1', token);
    expect(expired.status).toBe(401);
    expect(errorOf(expired).message).toMatch(/expired/);
  });

  it('refuses a forged token and one without the permission the resource needs', async () => {
    const s = fresh();
    const token = await wb.tokens(s).token();
    const forged = token.slice(0, -3) + (token.endsWith('AAA') ? 'BBB' : 'AAA');
    expect((await get<Messages>(s, '/me/messages', forged)).status).toBe(401);
    const mailOnly = await wb.tokens(s, ['Mail.Read']).token();
    const todo = await get<Collection<TodoTaskList>>(s, '/me/todo/lists', mailOnly);
    expect(todo.status).toBe(403);
    expect(errorOf(todo).code).toBe('ErrorAccessDenied');
  });

  it('gives silent tokens only after consent; the popup consents or is cancelled', async () => {
    const s = fresh();
    const ask = (interactive: boolean) =>
      fetch(`${wb.origin}/api/s/${s}/graph/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ clientId: WORKBENCH_CLIENT_ID, scopes: ['Mail.Read'], interactive }),
      }).then((r) => r.json() as Promise<{ ok: boolean; error: { status: string } }>);
    await fetch(`${wb.origin}/api/s/${s}/graph/settings`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ consented: false, popup: 'cancel' }),
    });
    expect((await ask(false)).error.status).toBe('USER_INTERACTION_REQUIRED');
    expect((await ask(true)).error.status).toBe('USER_CANCEL');
    wb.state(s).settings = { ...wb.state(s).settings, popup: 'consent' };
    expect((await ask(true)).ok).toBe(true);
    expect((await ask(false)).ok).toBe(true);
  });
});

describe('mail', () => {
  it('finds a conversation by conversationId (REST form) and refuses $orderby with it', async () => {
    const s = fresh();
    const sent = (await get<Messages>(s, '/me/mailFolders/sentitems/messages?$select=subject,conversationId'))
      .body.value;
    const visit = sent.find((m) => m.subject === 'Site visit dates') as Message;
    const thread = await get<Messages>(
      s,
      `/me/messages?$filter=${encodeURIComponent(`conversationId eq '${visit.conversationId ?? ''}'`)}&$select=subject,from`,
    );
    expect(thread.body.value.map((m) => m.subject).sort()).toEqual([
      'RE: Site visit dates',
      'Site visit dates',
    ]);
    const ordered = await get<Messages>(
      s,
      `/me/messages?$filter=${encodeURIComponent(`conversationId eq '${visit.conversationId ?? ''}'`)}&$orderby=receivedDateTime desc`,
    );
    expect(ordered.status).toBe(400);
    expect(errorOf(ordered).code).toBe('InefficientFilter');
  });

  it('returns internetMessageHeaders and extended properties only when asked', async () => {
    const s = fresh();
    const plain = (await get<Messages>(s, '/me/mailFolders/inbox/messages?$top=1')).body.value[0] as Message;
    expect(plain.internetMessageHeaders).toBeUndefined();
    expect(plain.singleValueExtendedProperties).toBeUndefined();
    expect(plain.id).toEqual(expect.any(String));
    const ooo = (
      await get<Messages>(
        s,
        `/me/mailFolders/inbox/messages?$select=subject,internetMessageHeaders&$expand=${encodeURIComponent("singleValueExtendedProperties($filter=id eq 'String 0x001A')")}`,
      )
    ).body.value.find((m) => m.subject?.startsWith('Automatic reply')) as Message;
    expect(Object.keys(ooo).sort()).toEqual(
      ['@odata.etag', 'id', 'internetMessageHeaders', 'singleValueExtendedProperties', 'subject'].sort(),
    );
    expect(ooo.internetMessageHeaders).toContainEqual({ name: 'Auto-Submitted', value: 'auto-replied' });
    expect(ooo.singleValueExtendedProperties).toEqual([
      { id: 'String 0x1a', value: 'IPM.Note.Rules.OofTemplate.Microsoft' },
    ]);
  });

  it("matches the add-in's custom properties by their whole value only (ids compare the GUID without case)", async () => {
    const s = fresh();
    const value = { rpc: '{"t":"tok123abcd"}' };
    const sent = sendFlagged(wb.session(s), 'Flagged proposal', value);
    const whole = JSON.stringify(value);
    const filter = (v: string) =>
      `/me/mailFolders/sentitems/messages?$select=subject&$filter=${encodeURIComponent(
        `singleValueExtendedProperties/any(ep: ep/id eq '${CECP}' and ep/value eq '${v.replace(/'/g, "''")}')`,
      )}`;
    expect((await get<Messages>(s, filter(whole))).body.value.map((m) => m.subject)).toEqual([
      'Flagged proposal',
    ]);
    expect((await get<Messages>(s, filter('tok123abcd'))).body.value).toEqual([]);
    const expanded = (
      await get<Message>(
        s,
        `/me/messages/${sent.id.replace(/\//g, '-').replace(/\+/g, '_')}?$select=subject&$expand=${encodeURIComponent(
          `singleValueExtendedProperties($filter=id eq '${CECP}')`,
        )}`,
      )
    ).body;
    expect(expanded.singleValueExtendedProperties).toEqual([
      { id: `String {00020329-0000-0000-c000-000000000046} Name cecp-${ADDIN_ID}`, value: whole },
    ]);
  });

  it('pages with an absolute graph.microsoft.com nextLink that lists every message once', async () => {
    const s = fresh();
    wb.state(s).settings = { ...wb.state(s).settings, maxPageSize: 3 };
    const seen: string[] = [];
    let url: string | undefined = '/me/messages?$select=subject&$top=50';
    let pages = 0;
    while (url) {
      const page: Answer<Messages> = await get<Messages>(s, url);
      pages += 1;
      seen.push(...page.body.value.map((m) => m.id ?? ''));
      const next = page.body['@odata.nextLink'];
      if (next) expect(next.startsWith('https://graph.microsoft.com/v1.0/me/messages?')).toBe(true);
      url = next?.slice('https://graph.microsoft.com/v1.0'.length);
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(wb.session(s).messages.size);
    expect(pages).toBe(Math.ceil(seen.length / 3));
  });

  it('filters by sender and received time, and refuses an unknown property', async () => {
    const s = fresh();
    const from = await get<Messages>(
      s,
      `/me/messages?$filter=${encodeURIComponent("from/emailAddress/address eq 'LENA.HOFFMANN@TAILSPIN.EXAMPLE' and receivedDateTime ge 2026-11-01T00:00:00Z")}&$select=subject`,
    );
    expect(from.status).toBe(200);
    expect(from.body.value.length).toBeGreaterThan(0);
    const bad = await get<Messages>(s, `/me/messages?$filter=${encodeURIComponent("nosuch eq 'x'")}`);
    expect(bad.status).toBe(400);
    expect(errorOf(bad).message).toMatch(/nosuch/);
  });
});

describe('$batch', () => {
  it('answers up to 20 requests, each by its id, and refuses 21', async () => {
    const s = fresh();
    const requests = [
      { id: 'a', method: 'GET', url: '/me/mailFolders/inbox' },
      { id: 'b', method: 'GET', url: 'me/messages?$top=1&$select=subject' },
      { id: 'c', method: 'GET', url: '/me/nothing' },
    ];
    const batch = await send<BatchBody>(s, 'POST', '/$batch', { requests });
    expect(batch.status).toBe(200);
    const byId = (id: string) => batch.body.responses.find((r) => r.id === id);
    expect(byId('a')?.body.displayName).toBe('Inbox');
    expect(byId('b')?.body.value).toHaveLength(1);
    expect(byId('c')?.status).toBe(404);
    const tooMany = Array.from({ length: 21 }, (_, i) => ({
      id: String(i),
      method: 'GET',
      url: '/me/mailFolders/inbox',
    }));
    expect((await send<BatchBody>(s, 'POST', '/$batch', { requests: tooMany })).status).toBe(400);
  });

  it('throttles a request inside a batch with its own Retry-After', async () => {
    const s = fresh();
    wb.state(s).faults.push({
      kind: 'throttle',
      status: 429,
      retryAfterSeconds: 7,
      remaining: 1,
      path: '/me/mailFolders',
    });
    const batch = await send<BatchBody>(s, 'POST', '/$batch', {
      requests: [
        { id: '1', method: 'GET', url: '/me/mailFolders/inbox' },
        { id: '2', method: 'GET', url: '/me/messages?$top=1' },
      ],
    });
    const one = batch.body.responses.find((r) => r.id === '1');
    expect(one?.status).toBe(429);
    expect(one?.headers['retry-after']).toBe('7');
    expect(batch.body.responses.find((r) => r.id === '2')?.status).toBe(200);
  });
});

describe('To Do', () => {
  it('creates a list and a task with a reminder and a linked resource, patches, completes and deletes it', async () => {
    const s = fresh();
    const list = await send<TodoTaskList>(s, 'POST', '/me/todo/lists', { displayName: 'ReachPlan' });
    const listId = list.body.id ?? '';
    expect(list.status).toBe(201);
    const task = await send<TodoTask>(s, 'POST', `/me/todo/lists/${listId}/tasks`, {
      title: 'Reminder 1 to Priya',
      isReminderOn: true,
      reminderDateTime: { dateTime: '2026-11-24T08:00:00', timeZone: 'UTC' },
      linkedResources: [
        {
          webUrl: 'https://outlook.office365.com/owa/?ItemID=x',
          applicationName: 'ReachPlan',
          displayName: 'Proposal',
          externalId: 'tok.0',
        },
      ],
    });
    expect(task.status).toBe(201);
    expect(task.body.linkedResources?.[0]?.externalId).toBe('tok.0');
    const taskId = task.body.id ?? '';
    const listed = await get<Collection<TodoTask>>(
      s,
      `/me/todo/lists/${listId}/tasks?$expand=linkedResources`,
    );
    expect(listed.body.value[0]?.reminderDateTime?.dateTime).toBe('2026-11-24T08:00:00');
    const done = await send<TodoTask>(s, 'PATCH', `/me/todo/lists/${listId}/tasks/${taskId}`, {
      status: 'completed',
    });
    expect(done.body.completedDateTime).toEqual(expect.objectContaining({ timeZone: 'UTC' }));
    expect((await send(s, 'DELETE', `/me/todo/lists/${listId}/tasks/${taskId}`)).status).toBe(204);
    expect((await get<Collection<TodoTask>>(s, `/me/todo/lists/${listId}/tasks`)).body.value).toEqual([]);
  });

  it('refuses a bad task body, naming the field', async () => {
    const s = fresh();
    const list = (await send<TodoTaskList>(s, 'POST', '/me/todo/lists', { displayName: 'ReachPlan' })).body;
    const bad = await send<TodoTask>(s, 'POST', `/me/todo/lists/${list.id ?? ''}/tasks`, {
      title: 'x',
      reminderDateTime: { dateTime: 'tomorrow', timeZone: 'UTC' },
    });
    expect(bad.status).toBe(400);
    expect(errorOf(bad).message).toMatch(/tomorrow/);
    const noTitle = await send<TodoTask>(s, 'POST', `/me/todo/lists/${list.id ?? ''}/tasks`, {
      isReminderOn: true,
    });
    expect(errorOf(noTitle).message).toMatch(/title/);
  });
});

describe('MailTips and mailbox settings', () => {
  it("reports a contact's scheduled automatic replies, and nothing for others", async () => {
    const s = fresh();
    const now = wb.session(s).nowMs();
    wb.state(s).automaticReplies.set('priya@contoso.example', {
      message: 'Out until Monday',
      scheduledStartTime: new Date(now - 86400_000).toISOString(),
      scheduledEndTime: new Date(now + 3 * 86400_000).toISOString(),
    });
    const tips = await send<Collection<MailTips>>(s, 'POST', '/me/getMailTips', {
      EmailAddresses: ['Priya@contoso.example', 'kenji@adatum.example'],
      MailTipsOptions: 'automaticReplies',
    });
    expect(tips.body.value[0]?.automaticReplies?.message).toBe('Out until Monday');
    expect(tips.body.value[0]?.automaticReplies?.scheduledEndTime?.timeZone).toBe('UTC');
    expect(tips.body.value[1]?.automaticReplies).toEqual({ message: '' });
    const settings = await get<MailboxSettings>(s, '/me/mailboxSettings?$select=timeZone');
    expect(settings.body.timeZone).toBe('W. Europe Standard Time');
  });
});

describe('faults and the state API', () => {
  it('throttles with Retry-After, fails with a chosen error, then answers again', async () => {
    const s = fresh();
    wb.state(s).faults.push(
      { kind: 'throttle', status: 503, retryAfterSeconds: 2, remaining: 1 },
      { kind: 'error', status: 500, code: 'generalException', remaining: 1 },
    );
    const first = await get<unknown>(s, '/me/mailFolders/inbox');
    expect(first.status).toBe(503);
    expect(first.headers.get('retry-after')).toBe('2');
    expect(errorOf(await get<unknown>(s, '/me/mailFolders/inbox')).code).toBe('generalException');
    expect((await get<unknown>(s, '/me/mailFolders/inbox')).status).toBe(200);
    expect(wb.state(s).log.map((e) => e.status)).toEqual([503, 500, 200]);
  });

  it('drops the connection when asked', async () => {
    const s = fresh();
    wb.state(s).faults.push({ kind: 'drop', remaining: 1 });
    await expect(get<unknown>(s, '/me/mailFolders/inbox')).rejects.toThrow();
  });

  it('refuses bad state API bodies with the field named', async () => {
    const s = fresh();
    const put = (path: string, body: unknown, method = 'PUT') =>
      fetch(`${wb.origin}/api/s/${s}/graph/${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as { error?: string } }));
    expect((await put('settings', { maxPageSize: 0 })).body.error).toMatch(/maxPageSize/);
    expect((await put('faults', { kind: 'throttle', status: 500 }, 'POST')).body.error).toMatch(
      /fault.status/,
    );
    expect((await put('automatic-replies', { 'not-an-address': null })).body.error).toMatch(/email address/);
    expect(
      (await put('token', { clientId: 'x', scopes: [], interactive: false }, 'POST')).body.error,
    ).toMatch(/clientId/);
  });
});

describe('message shape', () => {
  it('lists in MESSAGE_PROPERTIES every property a message has ($select accepts each)', () => {
    const s = fresh();
    const message = [...wb.session(s).messages.values()][0];
    if (!message) throw new Error('the default fixture has messages');
    const keys = Object.keys(messageJson(message, ADDIN_ID)).filter((k) => !k.startsWith('@'));
    expect([...keys].sort()).toEqual([...MESSAGE_PROPERTIES].sort());
  });
});
