import {
  answerSimulate,
  draftCreate,
  draftSend,
  draftUpdate,
  notificationsApply,
} from '../../../../workbench/server/mailboxOps';
import { Session } from '../../../../workbench/server/session';
import { fixture, reply } from './mailboxFixture';

function session(): Session {
  return new Session('s', 'test', fixture);
}

function value<T>(result: { ok: true; value: T } | { ok: false; reason: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.reason));
  return result.value;
}

const fields = {
  to: [{ name: 'Priya', email: 'priya@contoso.example' }],
  cc: [],
  bcc: [],
  subject: 'Hello',
  body: 'Hi',
  headers: { 'x-reachplan': '1' },
};

describe('mailboxOps', () => {
  it('a new draft gets a conversation when saved with a subject, and sending makes a new Sent Items item', () => {
    const s = session();
    const draft = value(draftCreate(s, { kind: 'new' }));
    expect(draft.conversationId).toBeNull();
    const saved = value(draftUpdate(s, draft.id, fields, true));
    expect(saved.draft?.saved).toBe(true);
    expect(saved.conversationId).not.toBeNull();
    const sent = value(draftSend(s, draft.id, fields, 'A'));
    expect(sent.id).not.toBe(draft.id);
    expect(s.messages.has(draft.id)).toBe(false);
    expect(s.messages.get(sent.id)).toMatchObject({
      folder: 'sent',
      conversationId: saved.conversationId,
      headers: fields.headers,
    });
    expect(s.log.at(-1)).toMatchObject({
      device: 'A',
      kind: 'send',
      detail: { draftId: draft.id, sentId: sent.id },
    });
  });

  it('a reply keeps the conversation; custom properties follow the session setting', () => {
    const s = session();
    s.settings = { ...s.settings, customPropertiesOnSentCopy: false };
    const draft = value(draftCreate(s, { kind: 'reply', originalId: reply.id }));
    s.messages.set(draft.id, { ...draft, customProperties: { token: 't' } });
    const sent = value(draftSend(s, draft.id, { ...fields, subject: draft.subject }, 'A'));
    expect(sent.conversationId).toBe('conv-1');
    expect(sent.customProperties).toEqual({});
  });

  it('refuses to answer an unknown message with 9049', () => {
    expect(draftCreate(session(), { kind: 'reply', originalId: 'nope' })).toMatchObject({
      ok: false,
      reason: { code: 9049 },
    });
  });

  it('applies notifications with the item limits and drops non-persistent ones on leave', () => {
    const s = session();
    for (let i = 0; i < 5; i += 1) {
      value(
        notificationsApply(s, reply.id, {
          op: 'add',
          notification: {
            key: `k${i}`,
            type: 'informationalMessage',
            message: 'm',
            icon: 'i',
            persistent: i === 0,
          },
        }),
      );
    }
    expect(
      notificationsApply(s, reply.id, {
        op: 'add',
        notification: { key: 'k5', type: 'errorMessage', message: 'm' },
      }),
    ).toMatchObject({
      ok: false,
      reason: { code: 9025 },
    });
    expect(value(notificationsApply(s, reply.id, { op: 'leave' })).map((n) => n.key)).toEqual(['k0']);
  });

  it('delivers a simulated answer from a named recipient, and refuses one who is not on the message', () => {
    const s = session();
    const answer = value(
      answerSimulate(s, 'sent-1', { kind: 'outOfOffice', recipient: 'PRIYA@contoso.example' }, 'api'),
    );
    expect(answer.from.email).toBe('priya@contoso.example');
    expect(answer.sentAt).toMatch(/\+08:00$/);
    expect(answerSimulate(s, 'sent-1', { kind: 'reply', recipient: 'x@y.example' }, 'api')).toMatchObject({
      ok: false,
    });
  });

  it('takes a counted fault once per firing and removes it when spent', () => {
    const s = session();
    s.faults = [{ kind: 'roamingSaveFails', remaining: 2 }];
    expect(s.takeFault('roamingSaveFails')).toBeDefined();
    expect(s.faults).toEqual([{ kind: 'roamingSaveFails', remaining: 1 }]);
    s.takeFault('roamingSaveFails');
    expect(s.faults).toEqual([]);
    expect(s.takeFault('roamingSaveFails')).toBeUndefined();
  });
});
