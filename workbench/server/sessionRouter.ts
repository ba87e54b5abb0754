/**
 * The per-session HTTP API under /api/s/:session: the state API the tests drive (fixture, clock,
 * settings, faults, roaming, messages, simulated answers, log) and the calls the devices make
 * (drafts, notifications, custom properties, roaming saves, the change stream). Documented in
 * docs/workbench.md; test/browser/workbenchApi.ts is its typed client.
 */
import express, { type Request } from 'express';
import { fail, ok } from '../../src/shared/result';
import { isRecord } from '../shared/fixtureFields';
import { roamingCharacters } from '../shared/roamingQuota';
import type { SessionSnapshot } from '../shared/sessionState';
import type { AddinState } from './addinSource';
import { parsedBody, replyBadRequest, replyOfficeError } from './httpReply';
import { mailRoutes } from './mailRoutes';
import {
  parseClockMove,
  parseFault,
  parseRoamingValues,
  parseSettingsPatch,
  parseTestHandlers,
} from './requestParse';
import { deviceOf, param } from './routeParams';
import type { Session } from './session';
import type { SessionStore } from './sessions';

const SESSION = /^[A-Za-z0-9_-]{1,64}$/;

/** The snapshot GET /state returns and the devices render. */
export function sessionSnapshot(session: Session, addin: AddinState): SessionSnapshot {
  return {
    version: session.version,
    fixture: session.fixtureName,
    user: session.user,
    contacts: session.contacts,
    clock: { offsetMs: session.clockOffsetMs, nowMs: session.nowMs() },
    settings: session.settings,
    faults: session.faults,
    messages: [...session.messages.values()],
    roaming: {
      characters: roamingCharacters(session.roaming),
      revision: session.roamingRevision,
      lastWriter: session.roamingLastWriter,
    },
    addin,
  };
}

/** The router for one session's API; mount at /api/s/:session. */
export function sessionRouter(sessions: SessionStore, addin: () => AddinState): express.Router {
  const router = express.Router({ mergeParams: true });
  const session = (req: Request): Session => sessions.get(param(req, 'session'));

  router.use((req, res, next) => {
    if (SESSION.test(param(req, 'session'))) next();
    else replyBadRequest(res, 'session id must be 1-64 letters, digits, _ or -');
  });

  router.get('/state', (req, res) => {
    res.json(sessionSnapshot(session(req), addin()));
  });

  router.post('/reset', (req, res) => {
    const b: unknown = req.body;
    const fixture = isRecord(b) && typeof b['fixture'] === 'string' ? b['fixture'] : 'default';
    try {
      sessions.reset(param(req, 'session'), fixture);
      res.json({ ok: true, fixture });
    } catch (error: unknown) {
      replyBadRequest(res, error instanceof Error ? error.message : String(error));
    }
  });

  // The change stream: one "version" event per change; devices refetch /state.
  router.get('/events', (req, res) => {
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    const id = param(req, 'session');
    const send = () => res.write(`data: ${JSON.stringify({ version: sessions.get(id).version })}\n\n`);
    send();
    const unsubscribe = sessions.subscribe(id, send);
    const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
    req.on('close', () => {
      clearInterval(keepAlive);
      unsubscribe();
    });
  });

  router.get('/clock', (req, res) => {
    const s = session(req);
    res.json({ nowMs: s.nowMs(), now: s.nowIso(), offsetMs: s.clockOffsetMs });
  });
  router.post('/clock', (req, res) => {
    const s = session(req);
    const offset = parsedBody(res, parseClockMove(req.body, s.clockOffsetMs, Date.now()));
    if (offset === undefined) return;
    s.clockOffsetMs = offset;
    s.changed();
    s.record(deviceOf(req.body), 'clock', { now: s.nowIso() });
    res.json({ nowMs: s.nowMs(), now: s.nowIso(), offsetMs: s.clockOffsetMs });
  });

  router.get('/settings', (req, res) => {
    res.json(session(req).settings);
  });
  router.put('/settings', (req, res) => {
    const patch = parsedBody(res, parseSettingsPatch(req.body));
    if (!patch) return;
    const s = session(req);
    s.settings = { ...s.settings, ...patch };
    s.changed();
    res.json(s.settings);
  });

  router.get('/faults', (req, res) => {
    res.json(session(req).faults);
  });
  router.post('/faults', (req, res) => {
    const fault = parsedBody(res, parseFault(req.body));
    if (!fault) return;
    const s = session(req);
    s.faults = [...s.faults.filter((f) => f.kind !== 'slowCalls' || fault.kind !== 'slowCalls'), fault];
    s.changed();
    res.json(s.faults);
  });
  router.delete('/faults', (req, res) => {
    const s = session(req);
    s.faults = [];
    s.changed();
    res.json(s.faults);
  });
  // A device asks whether an Office call it is about to answer should fail (takes one firing).
  router.post('/faults/take', (req, res) => {
    const b: unknown = req.body;
    const method = isRecord(b) && typeof b['method'] === 'string' ? b['method'] : '';
    const s = session(req);
    const fault = s.takeFault('officeCallFails', (f) => f.method === method);
    if (fault) s.record(deviceOf(b), 'officeCall.fault', { method, code: fault.code });
    res.json({ fault: fault ?? null });
  });

  router.get('/roaming', (req, res) => {
    const s = session(req);
    res.json({
      values: s.roaming,
      characters: roamingCharacters(s.roaming),
      revision: s.roamingRevision,
      lastWriter: s.roamingLastWriter,
    });
  });
  // Tests write the stored blob directly (no quota, no faults): { values: { name: JSON text } }.
  router.put('/roaming', (req, res) => {
    const values = parsedBody(res, parseRoamingValues(req.body));
    if (!values) return;
    const s = session(req);
    s.roamingReplace(values, 'api');
    res.json({ ok: true, revision: s.roamingRevision });
  });
  // A device's roamingSettings.saveAsync: replaces the whole collection (last writer wins).
  router.post('/roaming/save', (req, res) => {
    const values = parsedBody(res, parseRoamingValues(req.body));
    if (!values) return;
    const s = session(req);
    const device = deviceOf(req.body);
    if (s.takeFault('roamingSaveFails')) {
      s.record(device, 'roaming.saveFailed', { code: 9019, injected: true });
      replyOfficeError(res, 9019, 'An internal error has occurred.');
      return;
    }
    s.roamingReplace(values, device);
    s.record(device, 'roaming.save', {
      revision: s.roamingRevision,
      characters: roamingCharacters(s.roaming),
    });
    res.json({ ok: true, revision: s.roamingRevision });
  });

  mailRoutes(router, session);

  router.get('/log', (req, res) => {
    const since = Number(req.query['since'] ?? 0);
    res.json(session(req).log.filter((e) => e.seq > since));
  });
  router.post('/log', (req, res) => {
    const b: unknown = req.body;
    const parsed =
      isRecord(b) && typeof b['kind'] === 'string' && /^[\w.]{1,64}$/.test(b['kind'])
        ? ok({ kind: b['kind'], detail: isRecord(b['detail']) ? b['detail'] : {} })
        : fail('kind must be 1-64 letters, digits, _ or .');
    const entry = parsedBody(res, parsed);
    if (!entry) return;
    res.json(session(req).record(deviceOf(b), entry.kind, entry.detail));
  });

  router.get('/test-handlers', (req, res) => {
    res.json(session(req).testHandlers);
  });
  router.put('/test-handlers', (req, res) => {
    const handlers = parsedBody(res, parseTestHandlers(req.body));
    if (!handlers) return;
    const s = session(req);
    s.testHandlers = handlers;
    s.changed();
    res.json(handlers);
  });

  return router;
}
