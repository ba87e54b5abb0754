/**
 * The Graph side of the state API, under /api/s/<session>/graph (docs/workbench.md): settings,
 * faults, the request log, To Do as stored, contacts' automatic replies, and the two calls the Office
 * runtime makes for nested app authentication (client info before Office.onReady, tokens).
 */
import express, { type Request } from 'express';
import type { GraphClientInfo, GraphTokenReply } from '../../shared/graphContract';
import { parsedBody } from '../httpReply';
import { param } from '../routeParams';
import type { SessionStore } from '../sessions';
import { accountOf, tokensIssue } from './graphAuth';
import { graphStateOf } from './graphState';
import {
  parseAutomaticReplies,
  parseGraphFault,
  parseGraphSettings,
  parseTokenRequest,
} from './graphStateParse';

const SESSION = /^[A-Za-z0-9_-]{1,64}$/;
const OIDC_SCOPES = ['openid', 'profile', 'offline_access', 'email'];
const GRAPH_RESOURCE = 'https://graph.microsoft.com/';

function bridgeError(status: string, code: string, description: string, subError?: string): GraphTokenReply {
  return { ok: false, error: { status, code, description, ...(subError ? { subError } : {}) } };
}

/** The router; mount at /api/s/:session/graph (before the session router). */
export function graphStateRouter(sessions: SessionStore): express.Router {
  const router = express.Router({ mergeParams: true });
  const stateOf = (req: Request) => graphStateOf(sessions.get(param(req, 'session')));

  router.use((req, res, next) => {
    if (SESSION.test(param(req, 'session'))) next();
    else res.status(400).json({ error: 'session id must be 1-64 letters, digits, _ or -' });
  });

  router.get('/', (req, res) => {
    const state = stateOf(req);
    res.json({
      settings: state.settings,
      consented: state.consented(),
      tokensIssued: state.tokensIssued,
      faults: state.faults,
      automaticReplies: Object.fromEntries(state.automaticReplies),
      lists: [...state.lists.values()].map((list) => ({
        id: list.id,
        displayName: list.displayName,
        wellknownListName: list.wellknownListName,
        tasks: [...list.tasks.values()].map((t) => ({ ...t.json, linkedResources: t.linkedResources })),
      })),
    });
  });

  router.put('/settings', (req, res) => {
    const patch = parsedBody(res, parseGraphSettings(req.body));
    if (!patch) return;
    const state = stateOf(req);
    state.settings = { ...state.settings, ...patch };
    if (patch.consented !== undefined) state.consentGranted = null;
    res.json(state.settings);
  });

  router.post('/faults', (req, res) => {
    const fault = parsedBody(res, parseGraphFault(req.body));
    if (!fault) return;
    const state = stateOf(req);
    state.faults = [...state.faults, fault];
    res.json(state.faults);
  });
  router.delete('/faults', (req, res) => {
    const state = stateOf(req);
    state.faults = [];
    res.json(state.faults);
  });

  router.get('/log', (req, res) => {
    const since = Number(req.query['since'] ?? 0);
    res.json(stateOf(req).log.filter((e) => e.seq > since));
  });

  router.put('/automatic-replies', (req, res) => {
    const replies = parsedBody(res, parseAutomaticReplies(req.body));
    if (!replies) return;
    const state = stateOf(req);
    for (const [address, entry] of Object.entries(replies)) {
      if (entry === null) state.automaticReplies.delete(address);
      else state.automaticReplies.set(address, entry);
    }
    res.json(Object.fromEntries(state.automaticReplies));
  });

  router.get('/client', (req, res) => {
    const session = sessions.get(param(req, 'session'));
    const info: GraphClientInfo = {
      nestedAppAuth: graphStateOf(session).settings.nestedAppAuth,
      account: accountOf(session),
    };
    res.json(info);
  });

  // The nested app authentication bridge's token requests (GetToken / GetTokenPopup).
  router.post('/token', (req, res) => {
    const request = parsedBody(res, parseTokenRequest(req.body));
    if (!request) return;
    const session = sessions.get(param(req, 'session'));
    const state = graphStateOf(session);
    if (!state.settings.nestedAppAuth) {
      res.json(
        bridgeError(
          'NESTED_APP_AUTH_UNAVAILABLE',
          'unavailable',
          'Nested app authentication is not available.',
        ),
      );
      return;
    }
    if (!state.consented()) {
      if (!request.interactive) {
        res.json(
          bridgeError(
            'USER_INTERACTION_REQUIRED',
            'interaction_required',
            'AADSTS65001: The user or administrator has not consented to use the application.',
            'consent_required',
          ),
        );
        return;
      }
      if (state.settings.popup === 'cancel') {
        res.json(bridgeError('USER_CANCEL', 'user_cancelled', 'The user closed the sign-in window.'));
        return;
      }
      state.consentGranted = true;
    }
    const scopes = request.scopes
      .map((s) => (s.startsWith(GRAPH_RESOURCE) ? s.slice(GRAPH_RESOURCE.length) : s))
      .filter((s) => !OIDC_SCOPES.includes(s.toLowerCase()));
    const issued = tokensIssue(session, request.clientId, scopes, state.settings.tokenMinutes);
    if (request.interactive) state.tokensIssued.popup += 1;
    else state.tokensIssued.silent += 1;
    const reply: GraphTokenReply = {
      ok: true,
      token: {
        access_token: issued.accessToken,
        id_token: issued.idToken,
        expires_in: issued.expiresIn,
        scope: request.scopes.join(' '),
        properties: null,
      },
      account: accountOf(session),
    };
    res.json(reply);
  });

  return router;
}
