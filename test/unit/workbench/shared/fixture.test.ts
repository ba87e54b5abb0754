import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFixture } from '../../../../workbench/shared/fixture';

const defaultFixture: unknown = JSON.parse(
  readFileSync(path.resolve(__dirname, '../../../../workbench/fixtures/default.json'), 'utf8'),
);

describe('parseFixture', () => {
  it('accepts the default story', () => {
    const parsed = parseFixture(defaultFixture);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value.messages.length).toBeGreaterThanOrEqual(3);
  });

  it.each([
    [
      { user: { name: 'x', email: 'x@y.example' }, messages: [] },
      'user.timeZone must be an IANA time zone name',
    ],
    [
      { user: { name: 'x', email: 'nope', timeZone: 'UTC' }, messages: [] },
      'user.email must be an email address',
    ],
    [
      { user: { name: 'x', email: 'x@y.example', timeZone: 'UTC' }, messages: [{ id: 'a', folder: 'junk' }] },
      'messages[0].folder must be one of inbox, sent, drafts',
    ],
    [
      {
        user: { name: 'x', email: 'x@y.example', timeZone: 'UTC' },
        messages: [{ id: 'a', folder: 'sent', from: { email: 'x@y.example' }, sentAt: 'yesterday' }],
      },
      'messages[0].sentAt must be an ISO 8601 date-time',
    ],
    ['not an object', 'the fixture must be a JSON object'],
  ])('refuses %j with a message naming the field', (input, reason) => {
    expect(parseFixture(input)).toEqual({ ok: false, reason });
  });
});
