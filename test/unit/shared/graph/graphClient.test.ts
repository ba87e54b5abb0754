/**
 * The Graph client against the workbench's Graph endpoint on loopback: paging, throttling with
 * Retry-After (429 and 503) and capped backoff, the token refreshed once on 401, timeouts and dropped
 * connections, $batch (order, throttled parts, more than 20 requests), and the user-facing failures.
 */
import type { Message } from '@microsoft/microsoft-graph-types';
import { GraphError } from '../../../../src/shared/graph/graphError';
import { graphAll } from '../../../../src/shared/graph/graphPages';
import { backoffMs, createGraphClient, retryAfterMs } from '../../../../src/shared/graph/graphClient';
import type { GraphFailure } from '../../../../src/shared/ports';
import { graphWorkbench, type GraphWorkbench } from '../../../fixtures/graphWorkbench';

let wb: GraphWorkbench;
beforeAll(async () => {
  wb = await graphWorkbench();
});
afterAll(() => wb.close());

let n = 0;
const fresh = () => `graph-client-${(n += 1)}`;

/** A client whose waits are recorded instead of slept. */
function recording(session: string, options: Parameters<GraphWorkbench['client']>[1] = {}) {
  const waits: number[] = [];
  const tokens = wb.tokens(session);
  const client = wb.client(session, {
    tokens,
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
    ...options,
  });
  return { client, waits, tokens };
}

async function failureOf(promise: Promise<unknown>): Promise<GraphFailure> {
  try {
    await promise;
  } catch (error: unknown) {
    if (error instanceof GraphError) return error.failure;
    throw error;
  }
  throw new Error('expected the request to fail');
}

const statuses = (session: string) => wb.state(session).log.map((e) => e.status);

describe('paging', () => {
  it('follows @odata.nextLink to the end, and stops at the page limit saying so', async () => {
    const s = fresh();
    wb.state(s).settings = { ...wb.state(s).settings, maxPageSize: 2 };
    const { client } = recording(s);
    const all = await graphAll<Message>(client, '/me/messages?$select=subject&$top=100');
    expect(all.complete).toBe(true);
    expect(all.items).toHaveLength(wb.session(s).messages.size);
    const cut = await graphAll<Message>(client, '/me/messages?$select=subject&$top=100', 2);
    expect(cut).toEqual({ items: all.items.slice(0, 4), complete: false });
  });
});

describe('throttling', () => {
  it('waits what Retry-After says on 429, then succeeds', async () => {
    const s = fresh();
    wb.state(s).faults.push({ kind: 'throttle', status: 429, retryAfterSeconds: 3, remaining: 2 });
    const { client, waits } = recording(s);
    const inbox = await client.send<{ displayName: string }>({ method: 'GET', url: '/me/mailFolders/inbox' });
    expect(inbox.displayName).toBe('Inbox');
    expect(waits).toEqual([3000, 3000]);
    expect(statuses(s)).toEqual([429, 429, 200]);
  });

  it('backs off exponentially on 503 without Retry-After, and gives up after the last attempt', async () => {
    const s = fresh();
    wb.state(s).faults.push({ kind: 'throttle', status: 503, retryAfterSeconds: null, remaining: -1 });
    const { client, waits } = recording(s);
    const failure = await failureOf(client.send({ method: 'GET', url: '/me/mailFolders/inbox' }));
    expect(failure.kind).toBe('throttled');
    expect(failure.message).toMatch(/slow down/);
    expect(waits).toEqual([1000, 2000, 4000]);
    expect(statuses(s)).toEqual([503, 503, 503, 503]);
  });

  it('does not sleep through a Retry-After longer than its cap: it fails with the wait, to retry later', async () => {
    const s = fresh();
    wb.state(s).faults.push({ kind: 'throttle', status: 429, retryAfterSeconds: 600, remaining: 1 });
    const { client, waits } = recording(s);
    const failure = await failureOf(client.send({ method: 'GET', url: '/me/mailFolders/inbox' }));
    expect(failure).toEqual(expect.objectContaining({ kind: 'throttled', retryAfterMs: 600_000 }));
    expect(failure.message).toMatch(/10 minutes/);
    expect(waits).toEqual([]);
  });

  it('reads Retry-After as seconds or an HTTP date, and caps backoff', () => {
    expect(retryAfterMs('120', 0)).toBe(120_000);
    expect(retryAfterMs('Wed, 21 Oct 2026 07:28:00 GMT', Date.parse('2026-10-21T07:27:30Z'))).toBe(30_000);
    expect(retryAfterMs('soon', 0)).toBeUndefined();
    expect(backoffMs(1)).toBe(1000);
    expect(backoffMs(10)).toBe(30_000);
  });
});

describe('401 and sign-in', () => {
  it('refreshes the token once when Graph answers 401, and the retried request succeeds', async () => {
    const s = fresh();
    wb.state(s).faults.push({ kind: 'unauthorized', remaining: 1 });
    const { client, tokens } = recording(s);
    await client.send({ method: 'GET', url: '/me/mailFolders/inbox' });
    expect(tokens.stats).toEqual({ issued: 2, forced: 1 });
    expect(statuses(s)).toEqual([401, 200]);
  });

  it('asks the user to sign in when the refreshed token is refused too', async () => {
    const s = fresh();
    wb.state(s).faults.push({ kind: 'unauthorized', remaining: 2 });
    const { client } = recording(s);
    const failure = await failureOf(client.send({ method: 'GET', url: '/me/mailFolders/inbox' }));
    expect(failure.kind).toBe('signIn');
    expect(failure.message).toMatch(/sign in/);
  });

  it('turns a token that cannot be had silently into a sign-in failure', async () => {
    const s = fresh();
    const client = wb.client(s, {
      tokens: { token: () => Promise.reject(new Error('interaction_required')) },
    });
    expect((await failureOf(client.send({ method: 'GET', url: '/me/mailFolders/inbox' }))).kind).toBe(
      'signIn',
    );
  });
});

describe('network', () => {
  it('times out a request Graph never answers, retrying GETs before it says so', async () => {
    const s = fresh();
    wb.state(s).faults.push({ kind: 'hang', remaining: 2 });
    const { client, waits } = recording(s, { timeoutMs: 150, maxAttempts: 2 });
    const failure = await failureOf(client.send({ method: 'GET', url: '/me/mailFolders/inbox' }));
    expect(failure.kind).toBe('timeout');
    expect(failure.message).toMatch(/did not answer/);
    expect(waits).toEqual([1000]);
  });

  it('retries a GET after a dropped connection, but not a POST (it may have been done)', async () => {
    const s = fresh();
    wb.state(s).faults.push({ kind: 'drop', remaining: 1 });
    const { client } = recording(s);
    await expect(client.send({ method: 'GET', url: '/me/mailFolders/inbox' })).resolves.toBeDefined();
    wb.state(s).faults.push({ kind: 'drop', remaining: 1 });
    const failure = await failureOf(
      client.send({ method: 'POST', url: '/me/todo/lists', body: { displayName: 'ReachPlan' } }),
    );
    expect(failure.kind).toBe('offline');
    expect(failure.message).toMatch(/could not reach/);
  });

  it('refuses to send the token to a link that is not Graph', async () => {
    const s = fresh();
    const { client } = recording(s);
    const failure = await failureOf(client.send({ method: 'GET', url: 'https://evil.example/v1.0/me' }));
    expect(failure.kind).toBe('refused');
    expect(wb.state(s).log).toEqual([]);
  });
});

describe('errors in words', () => {
  it.each([
    [403, 'ErrorAccessDenied', 'forbidden', /refused access \(ErrorAccessDenied\)/],
    [404, 'ErrorItemNotFound', 'notFound', /could not find/],
    [500, 'generalException', 'server', /had a problem \(error 500\)/],
    [400, 'BadRequest', 'refused', /refused a request: Simulated error BadRequest/],
  ])('maps %i %s to %s', async (status, code, kind, words) => {
    const s = fresh();
    wb.state(s).faults.push({ kind: 'error', status, code, remaining: -1 });
    const { client } = recording(s, { maxAttempts: 2 });
    const failure = await failureOf(
      client.send({ method: 'POST', url: '/me/todo/lists', body: { displayName: 'x' } }),
    );
    expect(failure).toEqual(expect.objectContaining({ kind, status, code }));
    expect(failure.message).toMatch(words);
  });
});

describe('$batch', () => {
  it('answers in request order although Graph answers in its own, and retries the throttled part', async () => {
    const s = fresh();
    wb.state(s).faults.push({
      kind: 'throttle',
      status: 429,
      retryAfterSeconds: 2,
      remaining: 1,
      path: 'sentitems',
    });
    const { client, waits } = recording(s);
    const answers = await client.batch([
      { method: 'GET', url: '/me/mailFolders/inbox' },
      { method: 'GET', url: '/me/mailFolders/sentitems' },
      { method: 'GET', url: '/me/mailFolders/nowhere' },
    ]);
    expect(
      answers.map((a) => (a.ok ? (a.body as { displayName: string }).displayName : a.failure.kind)),
    ).toEqual(['Inbox', 'Sent Items', 'notFound']);
    expect(waits).toEqual([2000]);
    const log = wb
      .state(s)
      .log.filter((e) => e.url.includes('sentitems'))
      .map((e) => e.status);
    expect(log).toEqual([429, 200]);
  });

  it('splits more than 20 requests into several batches', async () => {
    const s = fresh();
    const { client } = recording(s);
    const answers = await client.batch(
      Array.from({ length: 45 }, () => ({ method: 'GET' as const, url: '/me/mailFolders/inbox' })),
    );
    expect(answers.every((a) => a.ok)).toBe(true);
    expect(wb.state(s).log.filter((e) => e.url === '/$batch')).toHaveLength(3);
  });

  it('refreshes the token when a part of the batch gets 401', async () => {
    const s = fresh();
    wb.state(s).faults.push({ kind: 'unauthorized', remaining: 1, path: '/me/mailFolders/inbox' });
    const { client, tokens } = recording(s);
    const [answer] = await client.batch([{ method: 'GET', url: '/me/mailFolders/inbox' }]);
    expect(answer?.ok).toBe(true);
    expect(tokens.stats.forced).toBe(1);
  });
});

it('uses Graph v1.0 on graph.microsoft.com by default', async () => {
  const urls: string[] = [];
  const client = createGraphClient({
    fetch: (url) => {
      urls.push(url);
      return Promise.resolve(new Response('{"value":[]}', { status: 200 }));
    },
    tokens: { token: () => Promise.resolve('t') },
    timers: { setTimeout: (cb, ms) => setTimeout(cb, ms), clearTimeout: (h) => clearTimeout(h as never) },
    clock: { now: () => 0 },
  });
  await client.send({ method: 'GET', url: '/me/messages' });
  expect(urls).toEqual(['https://graph.microsoft.com/v1.0/me/messages']);
});
