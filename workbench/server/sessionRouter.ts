/**
 * The per-session HTTP API under /api/s/:session: the state API the tests drive (fixture, clock,
 * settings, faults, roaming, messages, simulated answers, log) and the calls the devices make
 * (drafts, notifications, custom properties, roaming saves, the change stream). Documented in
 * docs/workbench.md; test/browser/workbenchApi.ts is its typed client.
 */
import express, { type Request } from 'express';
import { fail, ok } from '../../src/shared/result';
import { isRecord } from '../shared/fixtureFields';
import { FOLDERS, type FolderName } from '../shared/mailMessage';
import { internetHeaderBlock } from '../shared/internetHeaders';
import { roamingCharacters } from '../shared/roamingQuota';
import type { SessionSnapshot } from '../shared/sessionState';
import type { AddinState } from './addinSource';
import { parsedBody, replyBadRequest, replyOfficeError, replyOp } from './httpReply';
import {
  answerSimulate,
  customPropertiesSave,
  draftCreate,
  draftDiscard,
  draftSend,
  draftUpdate,
  messageGet,
  messageMarkRead,
  notificationsApply,
  type NotificationOp,
} from './mailboxOps';
import {
  parseAnswerRequest,
  parseClockMove,
  parseDraftFields,
  parseDraftRequest,
  parseFault,
  parseNotification,
  parseRoamingValues,
  parseSettingsPatch,
  parseTestHandlers,
} from './requestParse';
import type { Session } from './session';
import type { SessionStore } from './sessions';

const SESSION = /^[A-Za-z0-9_-]{1,64}$/;
const DEVICE = /^[A-Za-z0-9_-]{1,32}$/;

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

function deviceOf(value: unknown): string {
  const device = isRecord(value) ? value['device'] : undefined;
  return typeof device === 'string' && DEVICE.test(device) ? device : 'api';
}

function param(req: Request, name: string): string {
  const value = req.params[name];
  return typeof value === 'string' ? value : '';
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

  router.get('/messages', (req, res) => {
    const folder = req.query['folder'];
    if (folder !== undefined && !FOLDERS.includes(folder as FolderName)) {
      replyBadRequest(res, `folder must be one of ${FOLDERS.join(', ')}`);
      return;
    }
    const all = [...session(req).messages.values()];
    res.json(folder === undefined ? all : all.filter((m) => m.folder === folder));
  });
  router.get('/messages/:id', (req, res) => {
    replyOp(res, messageGet(session(req), param(req, 'id')));
  });
  router.get('/messages/:id/headers', (req, res) => {
    const found = messageGet(session(req), param(req, 'id'));
    if (found.ok) res.type('text/plain').send(internetHeaderBlock(found.value));
    else replyOp(res, found);
  });
  router.post('/messages/:id/read', (req, res) => {
    replyOp(res, messageMarkRead(session(req), param(req, 'id')));
  });
  router.post('/messages/:id/answers', (req, res) => {
    const request = parsedBody(res, parseAnswerRequest(req.body));
    if (!request) return;
    replyOp(res, answerSimulate(session(req), param(req, 'id'), request, deviceOf(req.body)));
  });
  router.get('/messages/:id/notifications', (req, res) => {
    replyOp(res, messageGet(session(req), param(req, 'id')), (m) => m.notifications);
  });
  router.post('/messages/:id/notifications', (req, res) => {
    const b: unknown = req.body;
    const op = isRecord(b) ? b['op'] : undefined;
    let change: NotificationOp | undefined;
    if (op === 'add' || op === 'replace') {
      const notification = parsedBody(res, parseNotification(isRecord(b) ? b['notification'] : undefined));
      if (!notification) return;
      change = { op, notification };
    } else if ((op === 'remove' || op === 'dismiss') && isRecord(b) && typeof b['key'] === 'string') {
      change = { op, key: b['key'] };
    } else if (op === 'leave') {
      change = { op };
    }
    if (!change) {
      replyBadRequest(
        res,
        'op must be add, replace (with notification), remove, dismiss (with key) or leave',
      );
      return;
    }
    replyOp(res, notificationsApply(session(req), param(req, 'id'), change));
  });
  router.put('/messages/:id/custom-properties', (req, res) => {
    const b: unknown = req.body;
    const properties = isRecord(b) ? b['properties'] : undefined;
    if (!isRecord(properties)) {
      replyBadRequest(res, 'properties must be an object');
      return;
    }
    replyOp(res, customPropertiesSave(session(req), param(req, 'id'), properties));
  });

  router.post('/drafts', (req, res) => {
    const request = parsedBody(res, parseDraftRequest(req.body));
    if (!request) return;
    replyOp(res, draftCreate(session(req), request));
  });
  router.put('/drafts/:id', (req, res) => {
    const b: unknown = req.body;
    const fields = parsedBody(res, parseDraftFields(isRecord(b) ? b['fields'] : undefined));
    if (!fields) return;
    replyOp(res, draftUpdate(session(req), param(req, 'id'), fields, isRecord(b) && b['save'] === true));
  });
  router.post('/drafts/:id/send', (req, res) => {
    const b: unknown = req.body;
    const fields = parsedBody(res, parseDraftFields(isRecord(b) ? b['fields'] : undefined));
    if (!fields) return;
    replyOp(res, draftSend(session(req), param(req, 'id'), fields, deviceOf(b)));
  });
  router.delete('/drafts/:id', (req, res) => {
    replyOp(res, draftDiscard(session(req), param(req, 'id')));
  });

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
