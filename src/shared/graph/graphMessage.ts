/**
 * Reading Graph messages (untrusted input: every field is checked) into what the core and the store
 * use: the classifier's IncomingMessage (headers from internetMessageHeaders, text from bodyPreview,
 * message class from PidTagMessageClass), and the add-in's custom properties.
 */
import type { Message } from '@microsoft/microsoft-graph-types';
import { headersNormalize } from '../domain/mailHeaders';
import type { IncomingMessage, Instant } from '../domain/types';
import { customPropertiesId, extendedValue, MESSAGE_CLASS_ID } from './extendedProperty';
import { ewsIdOf } from './graphIds';
import { odataQuery } from './graphQuery';

/** What the sweep asks for about each message. */
export const ANSWER_SELECT =
  'id,conversationId,subject,from,sender,receivedDateTime,bodyPreview,internetMessageId,internetMessageHeaders';

/** $expand for the message class. */
export const MESSAGE_CLASS_EXPAND = `singleValueExtendedProperties($filter=id eq '${MESSAGE_CLASS_ID}')`;

/** $expand for the add-in's custom properties. */
export function customPropertiesExpand(addinId: string): string {
  return `singleValueExtendedProperties($filter=id eq '${customPropertiesId(addinId)}')`;
}

/** A message collection URL with the given query options. */
export function messagesUrl(
  path: string,
  options: Readonly<Record<string, string | number | undefined>>,
): string {
  return `${path}${odataQuery(options)}`;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The sender's address (from, else sender), lower case; '' when Graph gave none. */
export function senderOf(message: Message): { email: string; name: string } {
  const from = message.from?.emailAddress ?? message.sender?.emailAddress;
  return { email: text(from?.address).trim().toLowerCase(), name: text(from?.name).trim() };
}

/** When Graph received the message (epoch ms), or null when missing or unreadable. */
export function receivedAtOf(message: Message): Instant | null {
  const ms = Date.parse(text(message.receivedDateTime));
  return Number.isNaN(ms) ? null : ms;
}

/** Internet headers as the classifier wants them (names in lower case, repeats joined). */
export function headersOf(message: Message): Record<string, string> {
  const list = Array.isArray(message.internetMessageHeaders) ? message.internetMessageHeaders : [];
  const grouped: Record<string, string[]> = {};
  for (const header of list) {
    const name = text(header?.name);
    if (!name) continue;
    (grouped[name.toLowerCase()] ??= []).push(text(header?.value));
  }
  return headersNormalize(grouped);
}

/**
 * The classifier's view of a Graph message; null when it lacks a sender or a time. `conversationId`
 * is given in the EWS form office.js uses (the store keys that form), unless `conversationForm` says
 * which form to use.
 */
export function incomingOf(
  message: Message,
  conversationForm?: (graphId: string) => string,
): IncomingMessage | null {
  const from = senderOf(message);
  const receivedAt = receivedAtOf(message);
  if (!from.email || receivedAt === null) return null;
  const conversation = text(message.conversationId);
  const messageClass = extendedValue(message.singleValueExtendedProperties, MESSAGE_CLASS_ID);
  return {
    from: from.name ? from : { email: from.email },
    subject: text(message.subject),
    headers: headersOf(message),
    bodyText: text(message.bodyPreview),
    receivedAt,
    ...(conversation ? { conversationId: (conversationForm ?? ewsIdOf)(conversation) } : {}),
    ...(messageClass ? { messageClass } : {}),
  };
}

/** The add-in's custom properties on a message (null when absent or not a JSON object). */
export function customPropertiesOf(message: Message, addinId: string): Record<string, unknown> | null {
  const value = extendedValue(message.singleValueExtendedProperties, customPropertiesId(addinId));
  if (value === undefined) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
