/**
 * The workbench's Microsoft Graph v1.0 on loopback (mounted at /graph/v1.0; the Office runtime
 * routes the add-in's https://graph.microsoft.com requests here). Every request needs a bearer
 * token from the nested app authentication bridge: the token names the session, so this endpoint
 * has no session in its path, like Graph. Injected faults (throttling with Retry-After, 401, errors,
 * hanging or dropped connections) apply before the request is answered; $batch runs up to 20
 * requests through the same dispatcher and answers them in an order of its own, as Graph may.
 */
import express, { type Request, type Response } from 'express';
import type { GraphFault } from '../../shared/graphContract';
import type { AddinState } from '../addinSource';
import type { SessionStore } from '../sessions';
import { accessTokenRead, type AccessClaims } from './graphAuth';
import { badRequest, graphError, type GraphAnswer, type GraphCall } from './graphAnswer';
import { graphDispatch, type GraphContext } from './graphDispatch';
import { graphStateOf } from './graphState';
import { isRecord } from '../../shared/fixtureFields';

const BATCH_MAX = 20;
const HANG_LIMIT_MS = 5 * 60_000;
const WWW_AUTHENTICATE =
  'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"';

function unauthorized(message: string): GraphAnswer {
  return graphError(401, 'InvalidAuthenticationToken', message, { 'www-authenticate': WWW_AUTHENTICATE });
}

/** The answer an injected fault gives (hang and drop are handled by the HTTP layer). */
function faultAnswer(fault: GraphFault): GraphAnswer | null {
  switch (fault.kind) {
    case 'throttle':
      return graphError(
        fault.status,
        fault.status === 429 ? 'TooManyRequests' : 'ServiceUnavailable',
        fault.status === 429
          ? 'Application is over its MailboxConcurrency limit.'
          : 'The service is temporarily unavailable.',
        fault.retryAfterSeconds === null ? {} : { 'retry-after': String(fault.retryAfterSeconds) },
      );
    case 'unauthorized':
      return unauthorized('Access token validation failure. The token is not valid any more.');
    case 'error':
      return graphError(fault.status, fault.code, fault.message ?? `Simulated error ${fault.code}.`);
    case 'hang':
    case 'drop':
      return null;
  }
}

function authenticate(req: Request, sessions: SessionStore): AccessClaims | GraphAnswer {
  const header = req.get('authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) return unauthorized('Access token is empty.');
  const claims = accessTokenRead(match[1] as string);
  if (typeof claims === 'string') return unauthorized(claims);
  const session = sessions.get(claims.session);
  if (claims.exp * 1000 <= session.nowMs())
    return unauthorized('Lifetime validation failed, the token is expired.');
  return claims;
}

function send(res: Response, answer: GraphAnswer): void {
  res.status(answer.status).set({ 'cache-control': 'no-store', ...answer.headers });
  if (answer.body === undefined) res.end();
  else res.json(answer.body);
}

/** Runs a $batch's requests; the answer lists them in reverse (Graph does not promise an order). */
function batch(context: GraphContext, body: unknown): GraphAnswer {
  if (!isRecord(body) || !Array.isArray(body['requests']))
    return badRequest('Invalid batch payload format: "requests" must be an array.');
  const requests = body['requests'] as unknown[];
  if (requests.length === 0 || requests.length > BATCH_MAX)
    return badRequest(`Invalid batch payload: between 1 and ${BATCH_MAX} requests are allowed.`);
  const ids = new Set<string>();
  for (const [i, r] of requests.entries()) {
    if (
      !isRecord(r) ||
      typeof r['id'] !== 'string' ||
      typeof r['method'] !== 'string' ||
      typeof r['url'] !== 'string'
    )
      return badRequest(`Invalid batch payload: requests[${i}] needs id, method and url.`);
    if (ids.has(r['id'])) return badRequest(`Invalid batch payload: duplicate request id '${r['id']}'.`);
    ids.add(r['id']);
    if (r['dependsOn'] !== undefined) return badRequest('dependsOn is not simulated by the workbench.');
    if (/^https?:/i.test(r['url'])) return badRequest(`requests[${i}].url must be relative to /v1.0.`);
  }
  const batchNo = context.state.nextBatch();
  const responses = (requests as Record<string, unknown>[]).map((r) => {
    const url = new URL(`/${String(r['url']).replace(/^\//, '')}`, 'https://graph.invalid');
    const call: GraphCall = {
      method: String(r['method']).toUpperCase(),
      path: url.pathname,
      query: url.searchParams,
      body: r['body'],
      headers: isRecord(r['headers']) ? (r['headers'] as Record<string, string>) : {},
    };
    const relative = `${url.pathname}${url.search}`;
    const fault = context.state.takeFault(relative, ['throttle', 'unauthorized', 'error']);
    const answer = (fault && faultAnswer(fault)) || graphDispatch(context, call);
    context.state.record({ method: call.method, url: relative, status: answer.status, batch: batchNo });
    return {
      id: r['id'],
      status: answer.status,
      headers: answer.headers,
      ...(answer.body === undefined ? {} : { body: answer.body }),
    };
  });
  return {
    status: 200,
    headers: { 'content-type': 'application/json' },
    body: { responses: responses.reverse() },
  };
}

/** The router; mount at /graph/v1.0. */
export function graphRouter(sessions: SessionStore, addin: () => AddinState): express.Router {
  const router = express.Router();
  router.use((req, res) => {
    const url = new URL(req.originalUrl, 'http://workbench.invalid');
    const relative = `${req.path}${url.search}`;
    const claims = authenticate(req, sessions);
    if (!('session' in claims)) {
      send(res, claims);
      return;
    }
    const session = sessions.get(claims.session);
    const state = graphStateOf(session);
    const fault = state.takeFault(relative, ['throttle', 'unauthorized', 'error', 'hang', 'drop']);
    if (fault?.kind === 'drop') {
      state.record({ method: req.method, url: relative, status: 0 });
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'hang') {
      state.record({ method: req.method, url: relative, status: 0 });
      const timer = setTimeout(() => req.socket.destroy(), HANG_LIMIT_MS);
      req.on('close', () => clearTimeout(timer));
      return;
    }
    const manifest = addin();
    const context: GraphContext = {
      session,
      state,
      addinId: 'manifest' in manifest ? manifest.manifest.id : '',
      scopes: claims.scopes,
    };
    const call: GraphCall = {
      method: req.method,
      path: req.path,
      query: url.searchParams,
      body: req.body as unknown,
      headers: {},
    };
    const answer =
      (fault && faultAnswer(fault)) ||
      (req.path === '/$batch' && req.method === 'POST'
        ? batch(context, req.body)
        : graphDispatch(context, call));
    state.record({ method: req.method, url: relative, status: answer.status });
    send(res, answer);
  });
  return router;
}
