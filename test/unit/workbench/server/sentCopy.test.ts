import { conversationOnSend, sentCopy } from '../../../../workbench/server/sentCopy';
import type { MailMessage } from '../../../../workbench/shared/mailMessage';
import { proposal, reply } from './mailboxFixture';

const ids = { itemId: 'new-item', conversationId: 'new-conv', internetMessageId: '<new@northwind.example>' };

function draftOf(
  kind: 'new' | 'reply' | 'forward',
  subject: string,
  original: MailMessage | null,
): MailMessage {
  return {
    ...proposal,
    id: 'draft-1',
    folder: 'drafts',
    subject,
    conversationId: original?.conversationId ?? null,
    internetMessageId: null,
    customProperties: { token: 'abc' },
    notifications: [
      { key: 'k', type: 'informationalMessage', message: 'Tracked', icon: 'i', persistent: true },
    ],
    draft: { kind, saved: true, ...(original ? { originalId: original.id } : {}) },
  };
}

describe('sentCopy', () => {
  it('gives the sent message a new id and Message-ID, in Sent Items, without the draft marker or notifications', () => {
    const sent = sentCopy(draftOf('new', 'Hello', null), null, '2026-11-20T09:00:00+01:00', ids, true);
    expect(sent).toMatchObject({
      id: 'new-item',
      folder: 'sent',
      internetMessageId: '<new@northwind.example>',
      read: true,
    });
    expect(sent.draft).toBeUndefined();
    expect(sent.notifications).toEqual([]);
    expect(sent.conversationId).toBe('new-conv');
  });

  it('keeps a reply in the conversation, threaded under the original', () => {
    const sent = sentCopy(
      draftOf('reply', 'RE: Proposal', reply),
      reply,
      '2026-11-20T09:00:00+01:00',
      ids,
      true,
    );
    expect(sent.conversationId).toBe('conv-1');
    expect(sent.inReplyTo).toBe('<reply-1@contoso.example>');
    expect(sent.references).toEqual(['<sent-1@northwind.example>', '<reply-1@contoso.example>']);
  });

  it('moves a reply whose subject was edited to a new conversation', () => {
    expect(conversationOnSend(draftOf('reply', 'RE: Proposal v2', reply), reply, 'fresh')).toBe('fresh');
    expect(conversationOnSend(draftOf('forward', 'FW: Proposal', reply), reply, 'fresh')).toBe('conv-1');
  });

  it('keeps a saved new message in the conversation it got when saved', () => {
    const draft = { ...draftOf('new', 'Hello', null), conversationId: 'saved-conv' };
    expect(conversationOnSend(draft, null, 'fresh')).toBe('saved-conv');
  });

  it('carries the custom properties to the sent copy only when the session says so', () => {
    const draft = draftOf('new', 'Hello', null);
    expect(sentCopy(draft, null, '2026-11-20T09:00:00+01:00', ids, true).customProperties).toEqual({
      token: 'abc',
    });
    expect(sentCopy(draft, null, '2026-11-20T09:00:00+01:00', ids, false).customProperties).toEqual({});
  });
});
