/**
 * The workbench's mailbox fixture format (JSON files in workbench/fixtures/, loaded with ?fixture=name).
 * Times are ISO 8601 with an offset. Validated on load: a bad fixture is refused with the field named.
 */
import { fail, ok, type Result } from '../../src/shared/result';

export interface FixturePerson {
  readonly name: string;
  readonly email: string;
}

export type FolderName = 'inbox' | 'sent' | 'drafts';

export interface FixtureMessage {
  readonly id: string;
  readonly folder: FolderName;
  readonly subject: string;
  readonly from: FixturePerson;
  readonly to: readonly FixturePerson[];
  readonly cc: readonly FixturePerson[];
  readonly body: string;
  readonly sentAt: string;
  readonly conversationId: string;
  readonly internetMessageId: string;
}

export interface Fixture {
  readonly user: FixturePerson & { readonly timeZone: string };
  readonly messages: readonly FixtureMessage[];
}

const folders: readonly string[] = ['inbox', 'sent', 'drafts'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function person(value: unknown, field: string): Result<FixturePerson> {
  if (!isRecord(value)) return fail(`${field} must be an object with name and email`);
  if (typeof value['email'] !== 'string' || !value['email'].includes('@'))
    return fail(`${field}.email must be an email address`);
  return ok({ name: typeof value['name'] === 'string' ? value['name'] : '', email: value['email'] });
}

function people(value: unknown, field: string): Result<FixturePerson[]> {
  if (value === undefined) return ok([]);
  if (!Array.isArray(value)) return fail(`${field} must be a list`);
  const out: FixturePerson[] = [];
  for (const [i, entry] of value.entries()) {
    const parsed = person(entry, `${field}[${i}]`);
    if (!parsed.ok) return parsed;
    out.push(parsed.value);
  }
  return ok(out);
}

function text(value: unknown, field: string, fallback?: string): Result<string> {
  if (value === undefined && fallback !== undefined) return ok(fallback);
  return typeof value === 'string' ? ok(value) : fail(`${field} must be text`);
}

function message(value: unknown, index: number): Result<FixtureMessage> {
  const at = `messages[${index}]`;
  if (!isRecord(value)) return fail(`${at} must be an object`);
  const id = text(value['id'], `${at}.id`);
  if (!id.ok) return id;
  if (typeof value['folder'] !== 'string' || !folders.includes(value['folder'])) {
    return fail(`${at}.folder must be one of ${folders.join(', ')}`);
  }
  const subject = text(value['subject'], `${at}.subject`, '');
  if (!subject.ok) return subject;
  const from = person(value['from'], `${at}.from`);
  if (!from.ok) return from;
  const to = people(value['to'], `${at}.to`);
  if (!to.ok) return to;
  const cc = people(value['cc'], `${at}.cc`);
  if (!cc.ok) return cc;
  const body = text(value['body'], `${at}.body`, '');
  if (!body.ok) return body;
  const sentAt = text(value['sentAt'], `${at}.sentAt`);
  if (!sentAt.ok) return sentAt;
  if (Number.isNaN(Date.parse(sentAt.value))) return fail(`${at}.sentAt must be an ISO 8601 date-time`);
  return ok({
    id: id.value,
    folder: value['folder'] as FolderName,
    subject: subject.value,
    from: from.value,
    to: to.value,
    cc: cc.value,
    body: body.value,
    sentAt: sentAt.value,
    conversationId:
      typeof value['conversationId'] === 'string' ? value['conversationId'] : `conv-${id.value}`,
    internetMessageId:
      typeof value['internetMessageId'] === 'string'
        ? value['internetMessageId']
        : `<${id.value}@workbench.localhost>`,
  });
}

/** Validates a parsed fixture file. */
export function parseFixture(value: unknown): Result<Fixture> {
  if (!isRecord(value)) return fail('the fixture must be a JSON object');
  const user = person(value['user'], 'user');
  if (!user.ok) return user;
  const zone = isRecord(value['user']) ? value['user']['timeZone'] : undefined;
  if (typeof zone !== 'string') return fail('user.timeZone must be an IANA time zone name');
  if (!Array.isArray(value['messages'])) return fail('messages must be a list');
  const messages: FixtureMessage[] = [];
  for (const [i, entry] of value['messages'].entries()) {
    const parsed = message(entry, i);
    if (!parsed.ok) return parsed;
    messages.push(parsed.value);
  }
  return ok({ user: { ...user.value, timeZone: zone }, messages });
}
