import { draftFor, responseRecipients } from '../../../../workbench/server/draftInit';
import { proposal, reply, user } from './mailboxFixture';

describe('draftInit', () => {
  it('replies to the sender, or to the recipients when answering one of my own sent messages', () => {
    expect(responseRecipients('reply', reply, user)).toEqual({ to: [reply.from], cc: [] });
    expect(responseRecipients('reply', proposal, user)).toEqual({ to: proposal.to, cc: [] });
  });

  it('replies to all but the user, without duplicates', () => {
    expect(responseRecipients('replyAll', reply, user)).toEqual({
      to: [reply.from, { name: 'Sam', email: 'sam@contoso.example' }],
      cc: [{ name: 'Tomás Ruiz', email: 'tomas@northwind.example' }],
    });
  });

  it('pre-fills a reply: RE: subject, the original quoted, its conversation, an unsaved draft', () => {
    const draft = draftFor(
      { kind: 'reply', originalId: reply.id, htmlBody: '<p>Thanks!</p>' },
      reply,
      user,
      'd1',
      '2026-11-20T09:00:00+01:00',
    );
    expect(draft).toMatchObject({
      id: 'd1',
      folder: 'drafts',
      subject: 'RE: Proposal',
      conversationId: 'conv-1',
      draft: { kind: 'reply', originalId: reply.id, saved: false },
    });
    expect(draft.body.startsWith('Thanks!\n')).toBe(true);
    expect(draft.body).toContain('Subject: RE: Proposal');
  });

  it('opens a new message empty, or with what displayNewMessageForm passed, with no conversation yet', () => {
    const draft = draftFor(
      { kind: 'new', to: [reply.from], subject: 'Hi' },
      null,
      user,
      'd2',
      '2026-11-20T09:00:00+01:00',
    );
    expect(draft).toMatchObject({ to: [reply.from], subject: 'Hi', body: '', conversationId: null });
  });
});
