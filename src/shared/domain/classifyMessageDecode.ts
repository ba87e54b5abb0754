/**
 * Decodes the classify-message JSON shape (docs/formats/classify-message.md): an incoming message,
 * the tracked follow-up it may answer, and optionally the zone for its dates, a note and the expected
 * verdict (test fixtures). Untrusted input: every refusal names the field.
 */
import { DateTime, IANAZone } from 'luxon';
import { headersNormalize, headersParse } from './mailHeaders';
import type { ReplyContext } from './replyRelation';
import { fail, ok, type Result } from '../result';
import type { IncomingMessage, ReplyKind, TrackedRecipient } from './types';

export interface ClassifyMessage {
  readonly message: IncomingMessage;
  readonly followUp: ReplyContext;
  /** Where dates are read: the given IANA zone, else the offset written in message.receivedAt. */
  readonly timeZone: string;
  readonly note?: string;
  readonly expected?: { readonly kind: ReplyKind; readonly returnDate: string | null };
}

type Json = Readonly<Record<string, unknown>>;

const KINDS: readonly ReplyKind[] = ['human', 'autoReply', 'bounce', 'movedOn', 'unrelated'];
const OFFSET_AT_END = /(?:[zZ]|[+-]\d{2}(?::?\d{2})?)$/;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? typeof value;
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** Refuses keys the shape does not have (a misspelt "recievedAt" must not pass silently). */
function onlyKeys(object: Json, allowed: readonly string[], path: string): string | undefined {
  const unknown = Object.keys(object).find((key) => !allowed.includes(key));
  return unknown === undefined
    ? undefined
    : `${path}${unknown}: unknown field (expected one of ${allowed.join(', ')})`;
}

function text(object: Json, key: string, path: string, optional: true): Result<string | undefined>;
function text(object: Json, key: string, path: string, optional?: false): Result<string>;
function text(object: Json, key: string, path: string, optional = false): Result<string | undefined> {
  const value = object[key];
  if (value === undefined && optional) return ok(undefined);
  return typeof value === 'string'
    ? ok(value)
    : fail(`${path}${key}: expected a string, got ${describe(value)}`);
}

function instant(object: Json, key: string, path: string): Result<DateTime> {
  const value = object[key];
  const time = typeof value === 'string' ? DateTime.fromISO(value, { setZone: true }) : undefined;
  if (typeof value !== 'string' || !OFFSET_AT_END.test(value) || !time?.isValid) {
    return fail(
      `${path}${key}: expected an ISO 8601 time with an offset (2025-11-28T09:14:00+01:00), got ${describe(value)}`,
    );
  }
  return ok(time);
}

function address(value: unknown, path: string): Result<string> {
  return typeof value === 'string' && /^[^\s@]+@[^\s@]+$/.test(value.trim())
    ? ok(value.trim())
    : fail(`${path}: expected an email address, got ${describe(value)}`);
}

function headers(value: unknown, path: string): Result<Record<string, string>> {
  if (value === undefined) return ok({});
  if (typeof value === 'string') return ok(headersParse(value));
  if (!isObject(value))
    return fail(`${path}: expected an object of header values or a raw header block, got ${describe(value)}`);
  for (const [name, item] of Object.entries(value)) {
    const fine =
      typeof item === 'string' || (Array.isArray(item) && item.every((entry) => typeof entry === 'string'));
    if (!fine) return fail(`${path}.${name}: expected a string or a list of strings, got ${describe(item)}`);
  }
  return ok(headersNormalize(value as Record<string, string | string[]>));
}

function decodeMessage(value: unknown): Result<{ message: IncomingMessage; received: DateTime }> {
  const path = 'message.';
  if (!isObject(value)) return fail(`message: expected an object, got ${describe(value)}`);
  const extra = onlyKeys(
    value,
    ['from', 'subject', 'headers', 'bodyText', 'receivedAt', 'conversationId', 'messageClass'],
    path,
  );
  if (extra) return fail(extra);
  const from = value.from;
  if (!isObject(from)) return fail(`message.from: expected an object with an email, got ${describe(from)}`);
  const fromExtra = onlyKeys(from, ['email', 'name'], 'message.from.');
  if (fromExtra) return fail(fromExtra);
  const email = address(from.email, 'message.from.email');
  if (!email.ok) return email;
  const name = text(from, 'name', 'message.from.', true);
  if (!name.ok) return name;
  const subject = text(value, 'subject', path);
  if (!subject.ok) return subject;
  const bodyText = text(value, 'bodyText', path);
  if (!bodyText.ok) return bodyText;
  const parsedHeaders = headers(value.headers, 'message.headers');
  if (!parsedHeaders.ok) return parsedHeaders;
  const received = instant(value, 'receivedAt', path);
  if (!received.ok) return received;
  const conversationId = text(value, 'conversationId', path, true);
  if (!conversationId.ok) return conversationId;
  const messageClass = text(value, 'messageClass', path, true);
  if (!messageClass.ok) return messageClass;
  return ok({
    received: received.value,
    message: {
      from: name.value === undefined ? { email: email.value } : { email: email.value, name: name.value },
      subject: subject.value,
      headers: parsedHeaders.value,
      bodyText: bodyText.value,
      receivedAt: received.value.toMillis(),
      ...(conversationId.value === undefined ? {} : { conversationId: conversationId.value }),
      ...(messageClass.value === undefined ? {} : { messageClass: messageClass.value }),
    },
  });
}

function decodeRecipients(value: unknown): Result<TrackedRecipient[]> {
  if (!Array.isArray(value) || value.length === 0) {
    return fail(
      `followUp.recipients: expected a non-empty list of { "email", "name"? }, got ${describe(value)}`,
    );
  }
  const recipients: TrackedRecipient[] = [];
  for (const [index, item] of (value as unknown[]).entries()) {
    const path = `followUp.recipients[${index}]`;
    if (!isObject(item)) return fail(`${path}: expected an object with an email, got ${describe(item)}`);
    const extra = onlyKeys(item, ['email', 'name'], `${path}.`);
    if (extra) return fail(extra);
    const email = address(item.email, `${path}.email`);
    if (!email.ok) return email;
    const name = text(item, 'name', `${path}.`, true);
    if (!name.ok) return name;
    recipients.push({ email: email.value, name: name.value ?? '' });
  }
  return ok(recipients);
}

function decodeFollowUp(value: unknown): Result<ReplyContext> {
  const path = 'followUp.';
  if (!isObject(value)) return fail(`followUp: expected an object, got ${describe(value)}`);
  const extra = onlyKeys(
    value,
    ['recipients', 'sentAt', 'conversationId', 'internetMessageId', 'subject'],
    path,
  );
  if (extra) return fail(extra);
  const recipients = decodeRecipients(value.recipients);
  if (!recipients.ok) return recipients;
  const sentAt = instant(value, 'sentAt', path);
  if (!sentAt.ok) return sentAt;
  const optional: Record<string, string> = {};
  for (const key of ['conversationId', 'internetMessageId', 'subject'] as const) {
    const field = text(value, key, path, true);
    if (!field.ok) return field;
    if (field.value !== undefined) optional[key] = field.value;
  }
  return ok({ recipients: recipients.value, sentAt: sentAt.value.toMillis(), ...optional });
}

function decodeExpected(value: unknown): Result<ClassifyMessage['expected']> {
  if (value === undefined) return ok(undefined);
  if (!isObject(value))
    return fail(`expected: expected an object { "kind", "returnDate" }, got ${describe(value)}`);
  const extra = onlyKeys(value, ['kind', 'returnDate'], 'expected.');
  if (extra) return fail(extra);
  const kind = KINDS.find((candidate) => candidate === value.kind);
  if (kind === undefined)
    return fail(`expected.kind: expected one of ${KINDS.join(', ')}, got ${describe(value.kind)}`);
  const returnDate = value.returnDate;
  if (
    returnDate !== null &&
    (typeof returnDate !== 'string' || !DateTime.fromISO(returnDate).isValid || returnDate.length !== 10)
  ) {
    return fail(`expected.returnDate: expected "YYYY-MM-DD" or null, got ${describe(returnDate)}`);
  }
  return ok({ kind, returnDate });
}

/** Decodes one classify-message document; the reason names the first wrong field. */
export function classifyMessageDecode(input: unknown): Result<ClassifyMessage> {
  if (!isObject(input)) return fail(`input: expected a JSON object, got ${describe(input)}`);
  const extra = onlyKeys(input, ['message', 'followUp', 'timeZone', 'note', 'expected'], '');
  if (extra) return fail(extra);
  const decoded = decodeMessage(input.message);
  if (!decoded.ok) return decoded;
  const followUp = decodeFollowUp(input.followUp);
  if (!followUp.ok) return followUp;
  if (decoded.value.message.receivedAt < followUp.value.sentAt) {
    return fail(
      'message.receivedAt: before followUp.sentAt (a reply cannot arrive before the message was sent)',
    );
  }
  const zone = text(input, 'timeZone', '', true);
  if (!zone.ok) return zone;
  if (zone.value !== undefined && !IANAZone.isValidZone(zone.value)) {
    return fail(`timeZone: unknown IANA time zone ${describe(zone.value)}`);
  }
  const note = text(input, 'note', '', true);
  if (!note.ok) return note;
  const expected = decodeExpected(input.expected);
  if (!expected.ok) return expected;
  return ok({
    message: decoded.value.message,
    followUp: followUp.value,
    timeZone: zone.value ?? decoded.value.received.zoneName ?? 'UTC',
    ...(note.value === undefined ? {} : { note: note.value }),
    ...(expected.value === undefined ? {} : { expected: expected.value }),
  });
}
