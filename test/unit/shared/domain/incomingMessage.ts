/** Builders for classifier tests: a tracked follow-up to Jane at Contoso and messages around it. */
import { DateTime } from 'luxon';
import type { ReplyContext } from '../../../../src/shared/domain/replyRelation';
import type { IncomingMessage } from '../../../../src/shared/domain/types';

export const ZONE = 'America/New_York';
export const SENT_AT = DateTime.fromISO('2025-11-27T13:58', { zone: ZONE }).toMillis();
export const RECEIVED_AT = DateTime.fromISO('2025-11-27T14:02', { zone: ZONE }).toMillis();
export const CONVERSATION = 'AAQkADconversation=';
export const MESSAGE_ID = '<tracked-1@northwind-consulting.com>';

export const FOLLOW_UP: ReplyContext = {
  recipients: [{ email: 'jane.doe@contoso.com', name: 'Jane Doe' }],
  sentAt: SENT_AT,
  conversationId: CONVERSATION,
  internetMessageId: MESSAGE_ID,
  subject: 'Q1 renewal proposal',
};

/** A plain message from Jane outside the conversation; override what a test needs. */
export function incoming(overrides: Partial<IncomingMessage> = {}): IncomingMessage {
  return {
    from: { email: 'jane.doe@contoso.com', name: 'Jane Doe' },
    subject: 'RE: Q1 renewal proposal',
    headers: {},
    bodyText: 'Thanks, that works for us.',
    receivedAt: RECEIVED_AT,
    ...overrides,
  };
}
