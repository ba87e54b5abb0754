/**
 * How the workbench's Graph endpoint answers, in Graph's documented shapes: a status, headers and a
 * JSON body; errors as `{ error: { code, message, innerError: { date, request-id, client-request-id } } }`.
 */
import { randomUUID } from 'node:crypto';

export interface GraphAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

/** A request as the dispatcher sees it (from HTTP or from a $batch). */
export interface GraphCall {
  readonly method: string;
  /** The path after /v1.0, without the query, e.g. "/me/messages". */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly body: unknown;
  readonly headers: Readonly<Record<string, string>>;
}

export function graphOk(body: unknown, status = 200): GraphAnswer {
  return { status, headers: { 'content-type': 'application/json' }, body };
}

export function graphNoContent(): GraphAnswer {
  return { status: 204, headers: {} };
}

/** A Graph error answer. */
export function graphError(
  status: number,
  code: string,
  message: string,
  headers: Readonly<Record<string, string>> = {},
): GraphAnswer {
  const requestId = randomUUID();
  return {
    status,
    headers: { 'content-type': 'application/json', 'request-id': requestId, ...headers },
    body: {
      error: {
        code,
        message,
        innerError: { date: new Date().toISOString().slice(0, 19), 'request-id': requestId },
      },
    },
  };
}

export const badRequest = (message: string, code = 'BadRequest') => graphError(400, code, message);
export const notFound = (message = 'The specified object was not found in the store.') =>
  graphError(404, 'ErrorItemNotFound', message);
