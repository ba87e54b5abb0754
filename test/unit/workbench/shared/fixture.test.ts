import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFixture } from '../../../../workbench/shared/fixture';

const fixturesDir = path.resolve(__dirname, '../../../../workbench/fixtures');
const load = (name: string): unknown => JSON.parse(readFileSync(path.join(fixturesDir, name), 'utf8'));

const user = { name: 'Dana', email: 'dana@northwind.example', timeZone: 'Europe/Berlin' };
const sent = {
  id: 'a',
  folder: 'sent',
  from: { name: 'Dana', email: 'dana@northwind.example' },
  to: [{ name: 'Priya', email: 'priya@contoso.example' }],
  sentAt: '2026-11-16T10:12:00+01:00',
};

describe('parseFixture', () => {
  it.each(readdirSync(fixturesDir).filter((f) => f.endsWith('.json')))(
    'accepts the shipped fixture %s',
    (file) => {
      const parsed = parseFixture(load(file));
      if (!parsed.ok) throw new Error(parsed.reason);
      expect(parsed.value.messages.length).toBeGreaterThan(0);
    },
  );

  it('tells the default story: sent proposals, contacts in several zones, one reply, one out-of-office', () => {
    const parsed = parseFixture(load('default.json'));
    if (!parsed.ok) throw new Error(parsed.reason);
    const { messages, contacts } = parsed.value;
    expect(messages.filter((m) => m.folder === 'sent').length).toBeGreaterThanOrEqual(3);
    expect(new Set(contacts.map((c) => c.timeZone)).size).toBeGreaterThanOrEqual(3);
    const ooo = messages.filter((m) => m.headers['Auto-Submitted'] === 'auto-replied');
    expect(ooo).toHaveLength(1);
    const replies = messages.filter((m) => m.folder === 'inbox' && m.inReplyTo && !ooo.includes(m));
    expect(replies).toHaveLength(1);
    const original = messages.find((m) => m.internetMessageId === replies[0]?.inReplyTo);
    expect(original?.conversationId).toBe(replies[0]?.conversationId);
  });

  it('links replyTo into In-Reply-To, References and the conversation, and fills defaults', () => {
    const parsed = parseFixture({
      user,
      messages: [
        sent,
        { ...sent, id: 'b', folder: 'inbox', replyTo: 'a', from: sent.to[0], to: [sent.from] },
      ],
    });
    if (!parsed.ok) throw new Error(parsed.reason);
    const [a, b] = parsed.value.messages;
    expect(a).toMatchObject({
      conversationId: 'conv-a',
      internetMessageId: '<a@workbench.localhost>',
      read: true,
    });
    expect(b).toMatchObject({ conversationId: 'conv-a', inReplyTo: '<a@workbench.localhost>', read: false });
    expect(b?.references).toEqual(['<a@workbench.localhost>']);
    expect(parsed.value.clock).toBeNull();
  });

  it('stores roaming values JSON-stringified, as Office does', () => {
    const parsed = parseFixture({ user, roaming: { plan: { v: 1 } }, messages: [] });
    expect(parsed.ok && parsed.value.roaming).toEqual({ plan: '{"v":1}' });
  });

  it.each([
    ['not an object', 'the fixture must be a JSON object'],
    [
      { user: { ...user, timeZone: 'Mars/Base' }, messages: [] },
      'user.timeZone must be an IANA time zone name such as Europe/Berlin',
    ],
    [
      { user: { ...user, timeZone: 'Antarctica/Troll' }, messages: [] },
      "user.timeZone Antarctica/Troll has no Windows time zone (Outlook reports the user's zone in Windows format); use a zone such as Europe/Berlin",
    ],
    [{ user: { ...user, email: 'nope' }, messages: [] }, 'user.email must be an email address'],
    [{ user, messages: {} }, 'messages must be a list'],
    [
      { user, messages: [{ ...sent, folder: 'junk' }] },
      'messages[0].folder must be one of inbox, sent, drafts',
    ],
    [
      { user, messages: [{ ...sent, sentAt: 'yesterday' }] },
      'messages[0].sentAt must be an ISO 8601 date-time with an offset, e.g. 2026-11-16T10:12:00+01:00',
    ],
    [
      { user, messages: [{ ...sent, sentAt: '2026-11-16T10:12:00' }] },
      'messages[0].sentAt must be an ISO 8601 date-time with an offset, e.g. 2026-11-16T10:12:00+01:00',
    ],
    [
      { user, messages: [{ ...sent, to: [{ name: 'x', email: 'x' }] }] },
      'messages[0].to[0].email must be an email address',
    ],
    [{ user, messages: [{ ...sent, headers: { A: 1 } }] }, 'messages[0].headers.A must be text'],
    [{ user, messages: [sent, sent] }, "messages[1].id repeats an earlier message's id: a"],
    [
      { user, messages: [{ ...sent, replyTo: 'zz' }] },
      'messages[0].replyTo names no message of this fixture: zz',
    ],
    [
      { user, contacts: [{ name: 'P', email: 'p@x.example' }], messages: [] },
      'contacts[0].timeZone must be an IANA time zone name such as Europe/Berlin',
    ],
    [
      { user, clock: 'soon', messages: [] },
      'clock must be an ISO 8601 date-time with an offset, e.g. 2026-11-16T10:12:00+01:00',
    ],
  ])('refuses %j naming the field', (input, reason) => {
    expect(parseFixture(input)).toEqual({ ok: false, reason });
  });
});
