/**
 * The session API's mailbox routes: messages (read, headers, notifications, custom properties,
 * simulated answers) and compose drafts (create, save, send, discard).
 */
import type express from 'express';
import type { Request } from 'express';
import { isRecord } from '../shared/fixtureFields';
import { FOLDERS, type FolderName } from '../shared/mailMessage';
import { internetHeaderBlock } from '../shared/internetHeaders';
import { parsedBody, replyBadRequest, replyOp } from './httpReply';
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
import { parseAnswerRequest, parseDraftFields, parseDraftRequest, parseNotification } from './requestParse';
import { deviceOf, param } from './routeParams';
import type { Session } from './session';

/** Adds the mailbox routes to a session router; `session` finds the request's session. */
export function mailRoutes(router: express.Router, session: (req: Request) => Session): void {
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
}
