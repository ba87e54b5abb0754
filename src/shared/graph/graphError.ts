/**
 * A failed Microsoft Graph request: GraphError carries a GraphFailure whose `message` is what the user
 * reads. graphFailureOf maps an HTTP status and Graph's error code to it.
 */
import type { GraphFailure } from '../ports';
import { graphStrings } from './graphStrings';

export class GraphError extends Error {
  constructor(readonly failure: GraphFailure) {
    super(failure.message);
    this.name = 'GraphError';
  }
}

/** The failure for an HTTP answer (status, Graph's error code and message, Retry-After when throttled). */
export function graphFailureOf(
  status: number,
  code: string | undefined,
  detail: string | undefined,
  retryAfterMs?: number,
): GraphFailure {
  const base = { status, ...(code ? { code } : {}) };
  if (status === 401) return { ...base, kind: 'signIn', message: graphStrings.signIn };
  if (status === 403)
    return { ...base, kind: 'forbidden', message: graphStrings.forbidden(code ?? 'Forbidden') };
  if (status === 404) return { ...base, kind: 'notFound', message: graphStrings.notFound };
  if (status === 429 || status === 503) {
    const wait = retryAfterMs ?? 60_000;
    return {
      ...base,
      kind: 'throttled',
      message: graphStrings.throttled(Math.max(1, Math.ceil(wait / 60_000))),
      retryAfterMs: wait,
    };
  }
  if (status >= 500) return { ...base, kind: 'server', message: graphStrings.server(status) };
  const words = (detail ?? code ?? `error ${status}`).slice(0, 200);
  return { ...base, kind: 'refused', message: graphStrings.refused(words) };
}

/** The failure of anything thrown while talking to Graph (GraphError keeps its own). */
export function graphFailureFrom(error: unknown): GraphFailure {
  if (error instanceof GraphError) return error.failure;
  const detail = error instanceof Error ? error.message : String(error);
  return { kind: 'refused', message: graphStrings.refused(detail.slice(0, 200)) };
}
