/**
 * The Microsoft Graph client behind GraphPort. Production calls https://graph.microsoft.com/v1.0;
 * the workbench's Office runtime routes those URLs to its loopback endpoint, so this code is the same
 * in both. Per request: a bearer token (refreshed once when Graph answers 401), a timeout, and
 * retries with Retry-After on 429/503 (Graph's throttling guidance: honour Retry-After, else back off
 * exponentially), waits capped so the pane never sleeps for minutes; idempotent GETs also retry after
 * a network failure, a timeout or a 5xx. $batch sends up to 20 requests at once (Graph's limit) and
 * retries its throttled parts.
 */
import type {
  ClockPort,
  GraphBatchAnswer,
  GraphPort,
  GraphRequest,
  GraphTokenPort,
  TimerPort,
} from '../ports';
import { GraphError, graphFailureFrom, graphFailureOf } from './graphError';
import { graphStrings } from './graphStrings';

export const GRAPH_BASE = 'https://graph.microsoft.com/v1.0';
export const BATCH_MAX = 20;

export interface GraphClientOptions {
  readonly fetch: (input: string, init: RequestInit) => Promise<Response>;
  readonly tokens: GraphTokenPort;
  readonly timers: TimerPort;
  readonly clock: ClockPort;
  readonly baseUrl?: string;
  /** Per attempt, until the whole body is read. */
  readonly timeoutMs?: number;
  readonly maxAttempts?: number;
  /** The longest single wait the client accepts; a longer Retry-After fails as throttled (retry later). */
  readonly maxWaitMs?: number;
  /** Waits between attempts (defaults to the timers). */
  readonly sleep?: (ms: number) => Promise<void>;
}

const DEFAULTS = { timeoutMs: 30_000, maxAttempts: 4, maxWaitMs: 60_000 };
const BACKOFF_BASE_MS = 1000;
const BACKOFF_CAP_MS = 30_000;

/** Exponential backoff for attempt n (1-based), capped. */
export function backoffMs(attempt: number): number {
  return Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));
}

/** Retry-After as milliseconds: delta-seconds or an HTTP-date (RFC 9110 §10.2.3); undefined when absent or unreadable. */
export function retryAfterMs(value: string | null | undefined, now: number): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

interface RawAnswer {
  readonly status: number;
  readonly headers: (name: string) => string | null;
  readonly body: unknown;
}

function errorParts(body: unknown): { code?: string; message?: string } {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  return {
    ...(typeof error?.code === 'string' ? { code: error.code } : {}),
    ...(typeof error?.message === 'string' ? { message: error.message } : {}),
  };
}

function headerOf(headers: unknown, name: string): string | null {
  if (typeof headers !== 'object' || headers === null) return null;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  const value = key === undefined ? undefined : (headers as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : null;
}

const retryable = (status: number) => status === 429 || status === 503;

/** Creates the client. */
export function createGraphClient(options: GraphClientOptions): GraphPort {
  const base = options.baseUrl ?? GRAPH_BASE;
  const timeoutMs = options.timeoutMs ?? DEFAULTS.timeoutMs;
  const maxAttempts = options.maxAttempts ?? DEFAULTS.maxAttempts;
  const maxWaitMs = options.maxWaitMs ?? DEFAULTS.maxWaitMs;
  const sleep =
    options.sleep ?? ((ms: number) => new Promise<void>((resolve) => options.timers.setTimeout(resolve, ms)));

  const absolute = (url: string): string => {
    if (/^https?:\/\//i.test(url)) {
      if (url === base || url.startsWith(`${base}/`) || url.startsWith(`${base}?`)) return url;
      throw new GraphError({ kind: 'refused', message: graphStrings.refused(graphStrings.notGraphUrl) });
    }
    return `${base}${url.startsWith('/') ? '' : '/'}${url}`;
  };

  const token = async (forceRefresh: boolean): Promise<string> => {
    try {
      return await options.tokens.token({ forceRefresh });
    } catch (error: unknown) {
      if (error instanceof GraphError) throw error;
      throw new GraphError({ kind: 'signIn', message: graphStrings.signIn });
    }
  };

  /** One HTTP exchange with a timeout covering the body; rejects with GraphError (offline/timeout). */
  const exchange = async (url: string, init: RequestInit): Promise<RawAnswer> => {
    const controller = new AbortController();
    let timedOut = false;
    const timer = options.timers.setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    try {
      const response = await options.fetch(url, { ...init, signal: controller.signal });
      const text = await response.text();
      let body: unknown = undefined;
      if (text !== '') {
        try {
          body = JSON.parse(text);
        } catch {
          if (response.ok)
            throw new GraphError({
              kind: 'server',
              status: response.status,
              message: graphStrings.unreadable,
            });
        }
      }
      return { status: response.status, headers: (n) => response.headers.get(n), body };
    } catch (error: unknown) {
      if (error instanceof GraphError) throw error;
      if (timedOut)
        throw new GraphError({
          kind: 'timeout',
          message: graphStrings.timeout(Math.max(1, Math.round(timeoutMs / 1000))),
        });
      throw new GraphError({ kind: 'offline', message: graphStrings.offline });
    } finally {
      options.timers.clearTimeout(timer);
    }
  };

  /** Sends with retries; resolves with the 2xx answer. */
  const attempt = async (request: GraphRequest, idempotent: boolean): Promise<RawAnswer> => {
    const url = absolute(request.url);
    let refreshed = false;
    let forceRefresh = false;
    for (let n = 1; ; n += 1) {
      const bearer = await token(forceRefresh);
      forceRefresh = false;
      const headers: Record<string, string> = {
        accept: 'application/json',
        ...(request.headers ?? {}),
        authorization: `Bearer ${bearer}`,
      };
      if (request.body !== undefined) headers['content-type'] = 'application/json';
      let answer: RawAnswer;
      try {
        answer = await exchange(url, {
          method: request.method,
          headers,
          ...(request.body !== undefined ? { body: JSON.stringify(request.body) } : {}),
        });
      } catch (error: unknown) {
        const failure = graphFailureFrom(error);
        const transient = failure.kind === 'offline' || failure.kind === 'timeout';
        if (!transient || !idempotent || n >= maxAttempts) throw error;
        await sleep(backoffMs(n));
        continue;
      }
      if (answer.status >= 200 && answer.status < 300) return answer;
      const { code, message } = errorParts(answer.body);
      if (answer.status === 401 && !refreshed) {
        refreshed = true;
        forceRefresh = true;
        continue;
      }
      if (retryable(answer.status) || (idempotent && answer.status >= 500)) {
        const wait = retryAfterMs(answer.headers('retry-after'), options.clock.now()) ?? backoffMs(n);
        if (n < maxAttempts && wait <= maxWaitMs) {
          await sleep(wait);
          continue;
        }
        throw new GraphError(graphFailureOf(answer.status, code, message, wait));
      }
      throw new GraphError(graphFailureOf(answer.status, code, message));
    }
  };

  const relative = (url: string): string => {
    const full = absolute(url);
    return full.slice(base.length) || '/';
  };

  const batchOnce = async (
    requests: readonly GraphRequest[],
  ): Promise<Map<number, { status: number; headers: unknown; body: unknown }>> => {
    const payload = {
      requests: requests.map((r, i) => ({
        id: String(i),
        method: r.method,
        url: relative(r.url),
        ...(r.body !== undefined
          ? { body: r.body, headers: { 'content-type': 'application/json', ...(r.headers ?? {}) } }
          : r.headers
            ? { headers: r.headers }
            : {}),
      })),
    };
    const answer = await attempt(
      { method: 'POST', url: '/$batch', body: payload },
      requests.every((r) => r.method === 'GET'),
    );
    const responses = (answer.body as { responses?: unknown } | undefined)?.responses;
    if (!Array.isArray(responses))
      throw new GraphError({ kind: 'server', status: answer.status, message: graphStrings.unreadable });
    const out = new Map<number, { status: number; headers: unknown; body: unknown }>();
    for (const r of responses as { id?: unknown; status?: unknown; headers?: unknown; body?: unknown }[]) {
      const index = Number(r.id);
      if (Number.isInteger(index) && typeof r.status === 'number')
        out.set(index, { status: r.status, headers: r.headers, body: r.body });
    }
    return out;
  };

  const batchChunk = async (requests: readonly GraphRequest[]): Promise<GraphBatchAnswer[]> => {
    const answers: (GraphBatchAnswer | undefined)[] = requests.map(() => undefined);
    let pending = requests.map((_, i) => i);
    let refreshed = false;
    for (let n = 1; pending.length > 0; n += 1) {
      const results = await batchOnce(pending.map((i) => requests[i] as GraphRequest));
      const again: number[] = [];
      let wait = 0;
      let unauthorized = false;
      pending.forEach((original, position) => {
        const result = results.get(position);
        if (!result) {
          answers[original] = { ok: false, failure: { kind: 'server', message: graphStrings.unreadable } };
          return;
        }
        if (result.status >= 200 && result.status < 300) {
          answers[original] = { ok: true, status: result.status, body: result.body };
          return;
        }
        const { code, message } = errorParts(result.body);
        const after = retryAfterMs(headerOf(result.headers, 'retry-after'), options.clock.now());
        const canRetry =
          n < maxAttempts && (retryable(result.status) || (result.status === 401 && !refreshed));
        if (canRetry && (after ?? 0) <= maxWaitMs) {
          again.push(original);
          if (result.status === 401) unauthorized = true;
          else wait = Math.max(wait, after ?? backoffMs(n));
          return;
        }
        answers[original] = { ok: false, failure: graphFailureOf(result.status, code, message, after) };
      });
      if (unauthorized) {
        refreshed = true;
        await token(true);
      }
      if (again.length > 0 && wait > 0) await sleep(wait);
      pending = again;
    }
    return answers as GraphBatchAnswer[];
  };

  return {
    async send<T>(request: GraphRequest): Promise<T> {
      const answer = await attempt(request, request.method === 'GET');
      return answer.body as T;
    },
    async batch(requests) {
      const out: GraphBatchAnswer[] = [];
      for (let i = 0; i < requests.length; i += BATCH_MAX) {
        out.push(...(await batchChunk(requests.slice(i, i + BATCH_MAX))));
      }
      return out;
    },
  };
}
