import fc from 'fast-check';
import { replyClassify } from '../../../../src/shared/domain/replyClassify';
import type { IncomingMessage } from '../../../../src/shared/domain/types';
import { CONVERSATION, FOLLOW_UP, incoming, MESSAGE_ID, RECEIVED_AT, ZONE } from './incomingMessage';

function classify(overrides: Partial<IncomingMessage>) {
  return replyClassify(incoming(overrides), FOLLOW_UP, ZONE);
}

const OOF = { 'auto-submitted': 'auto-replied' };
const DSN = { 'content-type': 'multipart/report; report-type=delivery-status; boundary="x"' };
const FAILED_FOR_JANE = 'Final-Recipient: rfc822; jane.doe@contoso.com\nAction: failed\nStatus: 5.1.1';

describe('replyClassify: who may answer', () => {
  it('a tracked recipient, in any letter case', () => {
    expect(classify({ from: { email: 'Jane.Doe@Contoso.com' } })).toEqual({
      kind: 'human',
      returnDate: null,
      reason: 'reply from jane.doe@contoso.com, a tracked recipient',
    });
  });

  it('a colleague at the same organisation, also from a subdomain', () => {
    expect(classify({ from: { email: 'bob@contoso.com' } }).kind).toBe('human');
    expect(classify({ from: { email: 'bob@eu.contoso.com' } }).reason).toBe(
      'reply from bob@eu.contoso.com, at contoso.com like the tracked recipient jane.doe@contoso.com',
    );
  });

  it('anyone in the tracked conversation or replying to the tracked message', () => {
    const stranger = { email: 'x@elsewhere.example' };
    expect(classify({ from: stranger }).kind).toBe('unrelated');
    expect(classify({ from: stranger, conversationId: CONVERSATION }).kind).toBe('human');
    expect(classify({ from: stranger, headers: { 'in-reply-to': MESSAGE_ID } }).reason).toBe(
      'reply from x@elsewhere.example in the tracked thread (In-Reply-To names the tracked message)',
    );
    expect(classify({ from: stranger, headers: { references: `<a@b> ${MESSAGE_ID}` } }).kind).toBe('human');
  });

  it('a public mail domain proves nothing', () => {
    const gmail = { ...FOLLOW_UP, recipients: [{ email: 'sam@gmail.com', name: 'Sam Lee' }] };
    expect(replyClassify(incoming({ from: { email: 'chris@gmail.com' } }), gmail, ZONE).kind).toBe(
      'unrelated',
    );
    expect(replyClassify(incoming({ from: { email: 'chris@googlemail.com' } }), gmail, ZONE).kind).toBe(
      'unrelated',
    );
  });

  it('the same full name under another address counts; a first name alone does not', () => {
    expect(classify({ from: { email: 'jd@gmail.com', name: 'Jane Doe' } }).kind).toBe('human');
    expect(classify({ from: { email: 'jd@gmail.com', name: 'Jane' } }).kind).toBe('unrelated');
  });
});

describe('replyClassify: precedence', () => {
  it('a bounce wins over the Auto-Submitted header it also carries', () => {
    const bounce = classify({
      from: { email: 'MAILER-DAEMON@mx.northwind-consulting.com' },
      subject: 'Undelivered Mail Returned to Sender',
      headers: { ...DSN, ...OOF },
      bodyText: FAILED_FOR_JANE,
    });
    expect(bounce).toEqual({
      kind: 'bounce',
      returnDate: null,
      reason:
        'delivery failed for jane.doe@contoso.com (Content-Type multipart/report; report-type=delivery-status): 5.1.1',
    });
  });

  it('a bounce without recipient fields belongs to the follow-up through its thread, its subject or the address', () => {
    const bare = {
      from: { email: 'postmaster@relay.example' },
      subject: 'Undeliverable: something',
      headers: DSN,
      bodyText: 'It failed.',
    };
    expect(classify(bare).kind).toBe('unrelated');
    expect(classify({ ...bare, conversationId: CONVERSATION }).kind).toBe('bounce');
    expect(classify({ ...bare, subject: 'Undeliverable: Q1 renewal proposal' }).kind).toBe('bounce');
    expect(classify({ ...bare, bodyText: 'Your message to jane.doe@contoso.com failed.' }).kind).toBe(
      'bounce',
    );
  });

  it('moved on wins over the auto-reply that says so', () => {
    const verdict = classify({
      headers: OOF,
      bodyText: 'Jane Doe is no longer with Contoso. Please write to sales@contoso.com.',
    });
    expect(verdict).toEqual({
      kind: 'movedOn',
      returnDate: null,
      reason: 'automatic message from jane.doe@contoso.com says "is no longer with"',
    });
  });

  it('an auto-reply wins over human, and carries the return date', () => {
    expect(classify({ headers: OOF, bodyText: 'I am out of the office until 3 December.' })).toEqual({
      kind: 'autoReply',
      returnDate: '2025-12-03',
      reason:
        'auto-reply header Auto-Submitted: auto-replied; back on 2025-12-03 ("the office until 3 December.")',
    });
  });

  it('an auto-reply from anyone but a tracked recipient is unrelated, not a pause', () => {
    const cc = classify({ from: { email: 'bob@contoso.com' }, headers: OOF, conversationId: CONVERSATION });
    expect(cc.kind).toBe('unrelated');
    expect(cc.reason).toMatch(/^automatic reply from bob@contoso.com, who is not a tracked recipient/);
  });

  it('mass mail outside the thread is unrelated; inside the thread a list reply is human', () => {
    const list = { from: { email: 'news@contoso.com' }, headers: { 'list-id': '<news.contoso.com>' } };
    expect(classify(list).kind).toBe('unrelated');
    expect(classify({ ...list, from: { email: 'bob@contoso.com' }, conversationId: CONVERSATION }).kind).toBe(
      'human',
    );
  });

  it('an automatic message from the tracked address still pauses when it also has list headers (Gmail)', () => {
    const gmail = classify({
      headers: { 'auto-submitted': 'auto-replied', precedence: 'bulk', 'x-autoreply': 'yes' },
    });
    expect(gmail.kind).toBe('autoReply');
  });

  it('a machine address at the organisation is not a person', () => {
    expect(classify({ from: { email: 'no-reply@contoso.com' } }).kind).toBe('unrelated');
    expect(classify({ from: { email: 'notifications+crm@contoso.com' } }).kind).toBe('unrelated');
  });
});

describe('replyClassify: words only count in the new text', () => {
  it('a human reply mentioning a past absence is human', () => {
    expect(classify({ bodyText: 'Sorry, I was out of office last week. Yes, go ahead.' }).kind).toBe('human');
  });

  it('X-Auto-Response-Suppress marks nothing', () => {
    expect(classify({ headers: { 'x-auto-response-suppress': 'All' } }).kind).toBe('human');
  });

  it('a reply quoting an auto-reply is human', () => {
    const verdict = classify({
      subject: 'RE: Automatic reply: Q1 renewal proposal',
      bodyText:
        'All good.\n\nOn Thu, 27 Nov 2025 at 14:02, Jane Doe <jane.doe@contoso.com> wrote:\n> I am out of the office until 3 December.',
    });
    expect(verdict.kind).toBe('human');
  });

  it('a tracked person mentioning someone else who left is human; saying she left is moved on', () => {
    expect(classify({ bodyText: 'Since Peter has left the company, I will handle this myself.' }).kind).toBe(
      'human',
    );
    expect(classify({ bodyText: "I'm no longer with Contoso, please use my new address." }).kind).toBe(
      'movedOn',
    );
    expect(classify({ bodyText: "I'm no longer at my desk today but yes, approved." }).kind).toBe('human');
  });

  it('a colleague saying the tracked person left is moved on only when the person is named', () => {
    const bob = { from: { email: 'bob@contoso.com' } };
    expect(classify({ ...bob, bodyText: 'Jane has left the company; I am taking over.' }).kind).toBe(
      'movedOn',
    );
    expect(
      classify({ ...bob, bodyText: 'Peter has left the company, so Jane asked me to reply.' }).kind,
    ).toBe('human');
  });
});

describe('replyClassify: never throws', () => {
  const text = fc.string({ maxLength: 200 });
  const message = fc.record({
    from: fc.record({ email: fc.oneof(fc.emailAddress(), text), name: fc.option(text, { nil: undefined }) }),
    subject: text,
    headers: fc.dictionary(
      fc.constantFrom(
        'auto-submitted',
        'precedence',
        'content-type',
        'list-id',
        'x-autoreply',
        'in-reply-to',
      ),
      text,
    ),
    bodyText: fc.oneof(
      text,
      fc.constantFrom('back on 3 December', 'bis 3.12.', 'until 12/03', FAILED_FOR_JANE),
    ),
    receivedAt: fc.integer({ min: RECEIVED_AT, max: RECEIVED_AT + 400 * 86_400_000 }),
    conversationId: fc.option(fc.constantFrom(CONVERSATION, 'other'), { nil: undefined }),
    messageClass: fc.option(
      fc.constantFrom('IPM.Note', 'IPM.Note.Rules.OofTemplate.Microsoft', 'REPORT.IPM.Note.NDR'),
      {
        nil: undefined,
      },
    ),
  });

  it('gives a known kind, a reason, and a return date only for auto-replies, never before receipt', () => {
    fc.assert(
      fc.property(message, (input) => {
        const verdict = replyClassify(input, FOLLOW_UP, ZONE);
        expect(['human', 'autoReply', 'bounce', 'movedOn', 'unrelated']).toContain(verdict.kind);
        expect(verdict.reason.length).toBeGreaterThan(0);
        if (verdict.returnDate !== null) {
          expect(verdict.kind).toBe('autoReply');
          expect(verdict.returnDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(Date.parse(`${verdict.returnDate}T23:59:59Z`)).toBeGreaterThanOrEqual(
            input.receivedAt - 86_400_000,
          );
        }
      }),
      { numRuns: 300 },
    );
  });
});
