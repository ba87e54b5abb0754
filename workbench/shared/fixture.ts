/**
 * The workbench's mailbox fixture format (JSON files in workbench/fixtures/, loaded with ?fixture=name
 * or the state API). Documented in docs/workbench.md. Validated on load: a bad fixture is refused with
 * a message naming the field.
 */
import { fail, ok, type Result } from '../../src/shared/result';
import {
  isRecord,
  readAll,
  readBoolean,
  readDateTime,
  readList,
  readOptionalText,
  readPerson,
  readStringMap,
  readText,
  readTimeZone,
} from './fixtureFields';
import { FOLDERS, type FolderName, type MailMessage, type MailPerson } from './mailMessage';
import { windowsZoneOf } from './windowsZone';

export interface FixtureUser extends MailPerson {
  readonly timeZone: string;
}

/** A person the story's messages go to, with the zone they live in (simulated answers are dated there). */
export interface FixtureContact extends MailPerson {
  readonly timeZone: string;
  /** A distribution list (Outlook reports recipientType "distributionList" for it). */
  readonly list?: boolean;
}

export interface Fixture {
  readonly user: FixtureUser;
  /** The story's "now": the session clock is set to it when the fixture loads (absent: real time). */
  readonly clock: string | null;
  readonly contacts: readonly FixtureContact[];
  /** Initial roaming settings, each value already JSON-stringified as Office stores it. */
  readonly roaming: Readonly<Record<string, string>>;
  readonly messages: readonly MailMessage[];
}

function readContact(value: unknown, field: string): Result<FixtureContact> {
  const person = readPerson(value, field);
  if (!person.ok) return person;
  const zone = readTimeZone(isRecord(value) ? value['timeZone'] : undefined, `${field}.timeZone`);
  if (!zone.ok) return zone;
  const list = isRecord(value) ? value['list'] : undefined;
  if (list !== undefined && typeof list !== 'boolean') return fail(`${field}.list must be true or false`);
  return ok({ ...person.value, timeZone: zone.value, ...(list ? { list: true } : {}) });
}

function readRoaming(value: unknown): Result<Record<string, string>> {
  if (value === undefined) return ok({});
  if (!isRecord(value)) return fail('roaming must be an object of setting names to JSON values');
  const out: Record<string, string> = {};
  for (const [key, entry] of Object.entries(value)) out[key] = JSON.stringify(entry);
  return ok(out);
}

type MessageDraft = Omit<MailMessage, 'conversationId' | 'inReplyTo' | 'references'> & {
  conversationId?: string;
  inReplyTo?: string;
  replyTo?: string;
};

function readMessage(value: unknown, field: string): Result<MessageDraft> {
  if (!isRecord(value)) return fail(`${field} must be an object`);
  const id = readText(value['id'], `${field}.id`);
  if (!id.ok) return id;
  if (!/^[A-Za-z0-9._=+/-]{1,200}$/.test(id.value)) {
    return fail(`${field}.id must be 1-200 letters, digits or . _ = + / -`);
  }
  const folder = value['folder'];
  if (typeof folder !== 'string' || !FOLDERS.includes(folder as FolderName)) {
    return fail(`${field}.folder must be one of ${FOLDERS.join(', ')}`);
  }
  const at = (name: string) => `${field}.${name}`;
  const fields = readAll({
    subject: readText(value['subject'], at('subject'), ''),
    from: readPerson(value['from'], at('from')),
    to: readList(value['to'], at('to'), readPerson),
    cc: readList(value['cc'], at('cc'), readPerson),
    bcc: readList(value['bcc'], at('bcc'), readPerson),
    body: readText(value['body'], at('body'), ''),
    bodyHtml: readOptionalText(value['bodyHtml'], at('bodyHtml')),
    sentAt: readDateTime(value['sentAt'], at('sentAt')),
    conversationId: readOptionalText(value['conversationId'], at('conversationId')),
    internetMessageId: readOptionalText(value['internetMessageId'], at('internetMessageId')),
    inReplyTo: readOptionalText(value['inReplyTo'], at('inReplyTo')),
    replyTo: readOptionalText(value['replyTo'], at('replyTo')),
    headers: readStringMap(value['headers'], at('headers')),
    itemClass: readText(value['itemClass'], at('itemClass'), 'IPM.Note'),
    read: readBoolean(value['read'], at('read'), folder !== 'inbox'),
  });
  if (!fields.ok) return fields;
  const customProperties = value['customProperties'] ?? {};
  if (!isRecord(customProperties)) return fail(`${at('customProperties')} must be an object`);
  const { bodyHtml, conversationId, internetMessageId, inReplyTo, replyTo, ...rest } = fields.value;
  return ok({
    ...rest,
    id: id.value,
    folder: folder as FolderName,
    ...(bodyHtml !== undefined ? { bodyHtml } : {}),
    ...(conversationId ? { conversationId } : {}),
    internetMessageId: internetMessageId || `<${id.value}@workbench.localhost>`,
    ...(inReplyTo ? { inReplyTo } : {}),
    ...(replyTo ? { replyTo } : {}),
    customProperties: { ...customProperties },
    notifications: [],
    ...(folder === 'drafts' ? { draft: { kind: 'new' as const, saved: true } } : {}),
  });
}

/** Links `replyTo` (another fixture message's id) into In-Reply-To, References and the conversation. */
function linkThreads(drafts: readonly MessageDraft[]): Result<MailMessage[]> {
  const byId = new Map(drafts.map((m) => [m.id, m]));
  const out: MailMessage[] = [];
  for (const [i, m] of drafts.entries()) {
    const { replyTo, conversationId, inReplyTo, ...rest } = m;
    let linked: MailMessage = {
      ...rest,
      conversationId: conversationId ?? `conv-${m.id}`,
      inReplyTo: inReplyTo ?? null,
      references: inReplyTo ? [inReplyTo] : [],
    };
    if (replyTo !== undefined) {
      const original = byId.get(replyTo);
      if (!original) return fail(`messages[${i}].replyTo names no message of this fixture: ${replyTo}`);
      linked = {
        ...linked,
        conversationId: conversationId ?? original.conversationId ?? `conv-${original.id}`,
        inReplyTo: original.internetMessageId,
        references: [original.internetMessageId ?? ''].filter(Boolean),
      };
    }
    out.push(linked);
  }
  return ok(out);
}

/** Validates a parsed fixture file. */
export function parseFixture(value: unknown): Result<Fixture> {
  if (!isRecord(value)) return fail('the fixture must be a JSON object');
  const user = readContact(value['user'], 'user');
  if (!user.ok) return user;
  if (!windowsZoneOf(user.value.timeZone)) {
    return fail(
      `user.timeZone ${user.value.timeZone} has no Windows time zone (Outlook reports the user's zone in Windows format); use a zone such as Europe/Berlin`,
    );
  }
  const clock = value['clock'] === undefined ? ok(null) : readDateTime(value['clock'], 'clock');
  if (!clock.ok) return clock;
  const contacts = readList(value['contacts'], 'contacts', readContact);
  if (!contacts.ok) return contacts;
  const roaming = readRoaming(value['roaming']);
  if (!roaming.ok) return roaming;
  if (!Array.isArray(value['messages'])) return fail('messages must be a list');
  const drafts = readList(value['messages'], 'messages', readMessage);
  if (!drafts.ok) return drafts;
  const seen = new Set<string>();
  for (const [i, m] of drafts.value.entries()) {
    if (seen.has(m.id)) return fail(`messages[${i}].id repeats an earlier message's id: ${m.id}`);
    seen.add(m.id);
  }
  const messages = linkThreads(drafts.value);
  if (!messages.ok) return messages;
  return ok({
    user: user.value,
    clock: clock.value,
    contacts: contacts.value,
    roaming: roaming.value,
    messages: messages.value,
  });
}
