import { contactValidate } from '../../../../src/shared/domain/contactValidate';

const base = {
  email: ' Dana.Whitfield@Contoso.example ',
  displayName: 'Dana <b>Whitfield</b>',
  timeZone: 'America/New_York',
  channels: [{ kind: 'email' }, { kind: 'phone', address: '(212) 555-0147' }],
  bestDays: [4, 2, 3, 2],
  bestTimes: [{ start: '08:00', end: '10:00' }],
  worstTimes: ['before8'],
  waitHours: 36,
  notes: 'Reads mail on her phone.',
  status: { kind: 'away', until: '2026-05-20' },
};

const reasonOf = (value: unknown, strict = false): string => {
  const result = contactValidate(value, { strict });
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  return result.reason;
};

describe('contactValidate', () => {
  it('normalizes a complete profile', () => {
    expect(contactValidate(base)).toEqual({
      ok: true,
      value: {
        email: 'dana.whitfield@contoso.example',
        displayName: 'Dana <b>Whitfield</b>', // kept as text; rendering escapes it
        timeZone: 'America/New_York',
        channels: [{ kind: 'email' }, { kind: 'phone', address: '+12125550147' }],
        bestDays: [2, 3, 4],
        bestTimes: [{ start: 480, end: 600 }],
        worstTimes: [{ start: 0, end: 480 }],
        waitHours: 36,
        notes: 'Reads mail on her phone.',
        status: { kind: 'away', until: '2026-05-20' },
      },
    });
  });

  it('fills defaults for a minimal profile', () => {
    expect(contactValidate({ email: 'a@b.example', timeZone: 'Europe/Berlin' })).toEqual({
      ok: true,
      value: {
        email: 'a@b.example',
        displayName: '',
        timeZone: 'Europe/Berlin',
        channels: [],
        bestDays: [1, 2, 3, 4, 5],
        bestTimes: [],
        worstTimes: [],
        notes: '',
        status: { kind: 'active' },
      },
    });
  });

  describe("the issue's bad input, each naming the field", () => {
    it.each([
      [{ timeZone: 'Mars/Olympus_Mons' }, 'contact.timeZone: unknown time zone "Mars/Olympus_Mons"'],
      [{ timeZone: 'Eastern Standard Time' }, 'contact.timeZone: unknown time zone "Eastern Standard Time"'],
      [
        { timeZone: undefined },
        'contact.timeZone: must be an IANA time zone such as "Europe/Berlin", got nothing',
      ],
      [
        { bestTimes: [{ start: '25:00', end: '26:00' }] },
        'contact.bestTimes[0].start: "25:00" is not a time',
      ],
      [
        { worstTimes: ['workday', { start: '13:00', end: '13:00' }] },
        'contact.worstTimes[1]: start and end are both 13:00',
      ],
      [{ bestDays: [] }, 'contact.bestDays: must name at least one day'],
      [{ bestDays: [1, 8] }, 'contact.bestDays[1]: 8 is not an ISO weekday'],
      [{ waitHours: -5 }, 'contact.waitHours: must be at least 1 hour, got -5'],
      [{ waitHours: '48' }, 'contact.waitHours: must be a number of hours, got "48"'],
      [{ waitHours: 10_000 }, 'contact.waitHours: must be at most 2160 hours'],
      [
        { channels: [{ kind: 'email' }, { kind: 'pager' }] },
        'contact.channels[1].kind: unknown channel "pager" (one of email, phone, sms',
      ],
      [{ email: 'not an address' }, 'contact.email: "not an address" is not an email address'],
      [{ notes: 'x'.repeat(501) }, 'contact.notes: is 501 characters long; at most 500 are allowed'],
      [
        { status: { kind: 'away', until: '20/05/2026' } },
        'contact.status.until: must be a date "YYYY-MM-DD"',
      ],
      [{ status: { kind: 'retired' } }, 'contact.status.kind: unknown status "retired"'],
      [{ status: { kind: 'movedOn', since: 'last week' } }, 'contact.status.since: must be an instant'],
      [{ worstTimes: ['before8', 'workday', 'after5'] }, 'contact.worstTimes: cover the whole day'],
      [
        { bestTimes: ['workday'], worstTimes: [{ start: '07:00', end: '18:00' }] },
        'contact.bestTimes: every best time falls inside a worst time',
      ],
    ])('%j → %s', (patch, reason) => {
      expect(reasonOf({ ...base, ...patch })).toContain(reason);
    });
  });

  describe('channel addresses', () => {
    const channel = (kind: string, address: string, timeZone = 'America/New_York') =>
      contactValidate({ ...base, timeZone, channels: [{ kind, address }] });

    it.each([
      ['phone', '(212) 555-0147', 'America/New_York', '+12125550147'],
      ['sms', '+44 20 7946 0958', 'America/New_York', '+442079460958'],
      ['phone', '030 1234567', 'Europe/Berlin', '+49301234567'],
      ['fax', '0049 30 1234567', 'Europe/Zurich', '+49301234567'],
      ['phone', '098765 43210', 'Asia/Kolkata', '+919876543210'],
      ['phone', '(02) 9374 4000', 'Australia/Sydney', '+61293744000'],
      ['linkedin', 'linkedin.com/in/dana-whitfield', 'UTC', 'https://linkedin.com/in/dana-whitfield'],
      [
        'video',
        'https://teams.example/l/meetup-join/abc?x=1',
        'UTC',
        'https://teams.example/l/meetup-join/abc?x=1',
      ],
      ['social', 'http://x.example/dana', 'UTC', 'http://x.example/dana'],
      ['chat', '  Teams: dana.w  ', 'UTC', 'Teams: dana.w'],
      ['email', 'Dana@Home.Example', 'UTC', 'dana@home.example'],
      ['letter', '1 Main St, Springfield', 'UTC', '1 Main St, Springfield'],
    ])('%s %j in %s → %s', (kind, address, zone, expected) => {
      const result = channel(kind, address, zone);
      expect(result.ok && result.value.channels[0]).toEqual({ kind, address: expected });
    });

    it.each([
      [
        'phone',
        '555 0100',
        'UTC',
        "has no country code, and the contact's time zone names no country to assume",
      ],
      ['phone', '12', 'America/New_York', 'contact.channels[0].address: "12"'],
      [
        'sms',
        'call me maybe',
        'America/New_York',
        'contact.channels[0].address: "call me maybe" is not a phone number',
      ],
      ['phone', '+1 212 555 0147 ext. 12', 'America/New_York', 'has an extension (12)'],
      ['linkedin', 'javascript:alert(1)', 'UTC', 'must be an http(s) web address, not javascript:'],
      ['video', 'ftp://files.example/x', 'UTC', 'must be an http(s) web address'],
      ['social', 'not a url at all', 'UTC', 'is not a web address'],
      ['email', 'dana@', 'UTC', 'is not an email address'],
      ['chat', '   ', 'UTC', 'is empty'],
      ['letter', 'x'.repeat(301), 'UTC', 'at most 300 are allowed'],
    ])('refuses %s %j in %s', (kind, address, zone, reason) => {
      const result = channel(kind, address, zone);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.reason).toContain(reason);
        expect(result.reason.startsWith('contact.channels[0].address: ')).toBe(true);
      }
    });

    it('accepts channels given as bare kinds and refuses exact repeats', () => {
      const ok = contactValidate({
        ...base,
        channels: [
          'sms',
          { kind: 'phone', address: '+12125550147' },
          { kind: 'phone', address: '+12125550148' },
        ],
      });
      expect(ok.ok && ok.value.channels.map((c) => c.kind)).toEqual(['sms', 'phone', 'phone']);
      const repeat = reasonOf({
        ...base,
        channels: [
          { kind: 'phone', address: '212-555-0147' },
          { kind: 'phone', address: '+1 212 555 0147' },
        ],
      });
      expect(repeat).toContain('contact.channels[1]: repeats an earlier channel (phone +12125550147)');
      expect(reasonOf({ ...base, channels: Array.from({ length: 11 }, () => 'sms') })).toContain(
        'contact.channels: has 11 entries',
      );
    });
  });

  it('refuses unknown fields only when strict', () => {
    expect(contactValidate({ ...base, bestday: [1] }).ok).toBe(true);
    expect(reasonOf({ ...base, bestday: [1] }, true)).toContain('contact.bestday: unknown field');
  });

  it('refuses non-objects', () => {
    expect(reasonOf(null)).toBe('contact: must be an object, got null');
    expect(reasonOf([base])).toContain('contact: must be an object');
  });
});
