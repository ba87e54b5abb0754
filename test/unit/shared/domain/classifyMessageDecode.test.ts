import { classifyMessageDecode } from '../../../../src/shared/domain/classifyMessageDecode';

const VALID = {
  message: {
    from: { email: 'jane.doe@contoso.com', name: 'Jane Doe' },
    subject: 'Automatic reply: Proposal',
    headers: { 'Auto-Submitted': 'auto-replied', Received: ['from a', 'from b'] },
    bodyText: 'I am out until 3 December.',
    receivedAt: '2025-11-27T14:02:00-05:00',
    conversationId: 'AAQk=',
    messageClass: 'IPM.Note.Rules.OofTemplate.Microsoft',
  },
  followUp: {
    recipients: [{ email: 'jane.doe@contoso.com', name: 'Jane Doe' }],
    sentAt: '2025-11-27T13:58:00-05:00',
    conversationId: 'AAQk=',
    internetMessageId: '<a@b>',
    subject: 'Proposal',
  },
};

type Doc = Record<string, unknown>;

function withMessage(patch: Doc): Doc {
  return { ...VALID, message: { ...VALID.message, ...patch } };
}

function withFollowUp(patch: Doc): Doc {
  return { ...VALID, followUp: { ...VALID.followUp, ...patch } };
}

function reason(input: unknown): string {
  const result = classifyMessageDecode(input);
  if (result.ok) throw new Error('expected a refusal');
  return result.reason;
}

describe('classifyMessageDecode', () => {
  it('decodes the documented shape: instants, lower-case headers, zone from the received offset', () => {
    const result = classifyMessageDecode(VALID);
    expect(result.ok && result.value).toEqual({
      message: {
        from: { email: 'jane.doe@contoso.com', name: 'Jane Doe' },
        subject: 'Automatic reply: Proposal',
        headers: { 'auto-submitted': 'auto-replied', received: 'from a, from b' },
        bodyText: 'I am out until 3 December.',
        receivedAt: Date.parse('2025-11-27T19:02:00Z'),
        conversationId: 'AAQk=',
        messageClass: 'IPM.Note.Rules.OofTemplate.Microsoft',
      },
      followUp: {
        recipients: [{ email: 'jane.doe@contoso.com', name: 'Jane Doe' }],
        sentAt: Date.parse('2025-11-27T18:58:00Z'),
        conversationId: 'AAQk=',
        internetMessageId: '<a@b>',
        subject: 'Proposal',
      },
      timeZone: 'UTC-5',
    });
  });

  it('takes a raw header block, an IANA zone, a note and an expected verdict', () => {
    const result = classifyMessageDecode({
      ...withMessage({ headers: 'Auto-Submitted: auto-replied\r\nX-Autoreply: yes' }),
      timeZone: 'America/New_York',
      note: 'why this case exists',
      expected: { kind: 'autoReply', returnDate: '2025-12-03' },
    });
    expect(result.ok && result.value.message.headers).toEqual({
      'auto-submitted': 'auto-replied',
      'x-autoreply': 'yes',
    });
    expect(result.ok && result.value.timeZone).toBe('America/New_York');
    expect(result.ok && result.value.expected).toEqual({ kind: 'autoReply', returnDate: '2025-12-03' });
  });

  const refusals: [unknown, string][] = [
    [[], 'input: expected a JSON object, got []'],
    [
      { ...VALID, recievedAt: 1 },
      'recievedAt: unknown field (expected one of message, followUp, timeZone, note, expected)',
    ],
    [{ ...VALID, message: 'x' }, 'message: expected an object, got "x"'],
    [withMessage({ from: 'jane' }), 'message.from: expected an object with an email, got "jane"'],
    [withMessage({ from: { email: 'jane' } }), 'message.from.email: expected an email address, got "jane"'],
    [
      withMessage({ from: { email: 'a@b.c', nmae: 'x' } }),
      'message.from.nmae: unknown field (expected one of email, name)',
    ],
    [withMessage({ subject: 3 }), 'message.subject: expected a string, got 3'],
    [withMessage({ bodyText: undefined }), 'message.bodyText: expected a string, got nothing'],
    [
      withMessage({ headers: { 'X-A': 1 } }),
      'message.headers.X-A: expected a string or a list of strings, got 1',
    ],
    [
      withMessage({ headers: 5 }),
      'message.headers: expected an object of header values or a raw header block, got 5',
    ],
    [
      withMessage({ receivedAt: '2025-11-27T14:02:00' }),
      'message.receivedAt: expected an ISO 8601 time with an offset',
    ],
    [
      withMessage({ receivedAt: '2025-13-27T14:02:00Z' }),
      'message.receivedAt: expected an ISO 8601 time with an offset',
    ],
    [withMessage({ conversationId: 7 }), 'message.conversationId: expected a string, got 7'],
    [withMessage({ receivedAt: '2025-11-27T13:00:00-05:00' }), 'message.receivedAt: before followUp.sentAt'],
    [withFollowUp({ recipients: [] }), 'followUp.recipients: expected a non-empty list'],
    [
      withFollowUp({ recipients: [{ email: 'x' }] }),
      'followUp.recipients[0].email: expected an email address, got "x"',
    ],
    [
      withFollowUp({ recipients: [{ email: 'a@b.c', role: 'to' }] }),
      'followUp.recipients[0].role: unknown field',
    ],
    [withFollowUp({ sentAt: undefined }), 'followUp.sentAt: expected an ISO 8601 time with an offset'],
    [withFollowUp({ subject: null }), 'followUp.subject: expected a string, got null'],
    [{ ...VALID, timeZone: 'Mars/Base' }, 'timeZone: unknown IANA time zone "Mars/Base"'],
    [
      { ...VALID, expected: { kind: 'ooo', returnDate: null } },
      'expected.kind: expected one of human, autoReply, bounce, movedOn, unrelated',
    ],
    [
      { ...VALID, expected: { kind: 'human', returnDate: '3.12.2025' } },
      'expected.returnDate: expected "YYYY-MM-DD" or null',
    ],
  ];

  it.each(refusals.map(([input, start]) => ({ input, start })))('refuses: $start', ({ input, start }) => {
    expect(reason(input).startsWith(start)).toBe(true);
  });
});
