import { contactDecode } from '../../../../../src/shared/domain/coach/contactDecode';

describe('contactDecode', () => {
  it('fills the documented defaults', () => {
    expect(contactDecode({ email: 'Dana@Contoso.example' })).toEqual({
      ok: true,
      value: {
        email: 'dana@contoso.example',
        displayName: '',
        channels: [],
        timeZone: 'UTC',
        bestDays: [1, 2, 3, 4, 5],
        bestTimes: [],
        worstTimes: [],
        notes: '',
        status: { kind: 'active' },
      },
    });
  });

  it('keeps every field it is given', () => {
    const full = {
      email: 'dana@contoso.example',
      displayName: 'Dana',
      channels: [{ kind: 'phone', address: '+1 212' }, { kind: 'email' }],
      timeZone: 'America/New_York',
      bestDays: [2, 3],
      bestTimes: [{ start: 540, end: 660 }],
      worstTimes: [{ start: 1320, end: 120 }],
      waitHours: 36,
      notes: 'reads on phone',
      status: { kind: 'away', until: '2026-04-01' },
    };
    expect(contactDecode(full)).toEqual({ ok: true, value: full });
    expect(contactDecode({ ...full, status: { kind: 'movedOn', since: 5, note: 'left' } })).toMatchObject({
      ok: true,
    });
  });

  it.each([
    ['x', 'contact: expected an object'],
    [{}, 'contact.email: expected a string'],
    [{ email: 'a@b.c', displayName: 1 }, 'contact.displayName: expected a string'],
    [{ email: 'a@b.c', timeZone: 'Mars/Olympus' }, 'contact.timeZone: unknown time zone "Mars/Olympus"'],
    [
      { email: 'a@b.c', channels: [{ kind: 'pigeon' }] },
      'contact.channels[0].kind: expected one of email, phone, sms, chat, linkedin, social, video, in-person, letter, fax',
    ],
    [
      { email: 'a@b.c', channels: [{ kind: 'phone', address: 5 }] },
      'contact.channels[0].address: expected a string',
    ],
    [{ email: 'a@b.c', channels: {} }, 'contact.channels: expected an array'],
    [{ email: 'a@b.c', bestDays: [] }, 'contact.bestDays: expected a non-empty array of weekdays 1–7'],
    [{ email: 'a@b.c', bestDays: [8] }, 'contact.bestDays[0]: expected a weekday 1 (Monday) to 7 (Sunday)'],
    [
      { email: 'a@b.c', bestTimes: [{ start: 600, end: 600 }] },
      'contact.bestTimes[0]: expected minutes after midnight, 0 ≤ start < 1440, 0 < end ≤ 1440, start ≠ end',
    ],
    [
      { email: 'a@b.c', worstTimes: [{ start: -1, end: 60 }] },
      'contact.worstTimes[0]: expected minutes after midnight, 0 ≤ start < 1440, 0 < end ≤ 1440, start ≠ end',
    ],
    [{ email: 'a@b.c', notes: null }, 'contact.notes: expected a string'],
    [
      { email: 'a@b.c', status: { kind: 'away', until: 'soon' } },
      'contact.status.until: expected a date YYYY-MM-DD',
    ],
    [{ email: 'a@b.c', status: { kind: 'movedOn' } }, 'contact.status.since: expected an instant (ms)'],
    [{ email: 'a@b.c', status: { kind: 'gone' } }, 'contact.status.kind: expected active, away or movedOn'],
    [{ email: 'a@b.c', waitHours: -2 }, 'contact.waitHours: expected a positive number of hours'],
  ])('refuses %j naming the field', (input, reason) => {
    expect(contactDecode(input)).toEqual({ ok: false, reason });
  });
});
