import {
  callAdvice,
  callContact,
  daysText,
  rangesText,
} from '../../../../../src/shared/domain/coach/callContact';
import { profile } from './coachFixtures';

describe('daysText', () => {
  it.each([
    [[1, 2, 3, 4, 5], 'Mon\u2013Fri'],
    [[1, 3, 5], 'Mon, Wed, Fri'],
    [[2, 3, 4, 6], 'Tue\u2013Thu, Sat'],
    [[1, 2], 'Mon, Tue'],
    [[5, 4, 3, 3], 'Wed\u2013Fri'],
    [[1, 2, 3, 4, 5, 6, 7], 'any day'],
    [[], 'any day'],
  ] as const)('%j → %s', (days, text) => {
    expect(daysText(days)).toBe(text);
  });
});

describe('rangesText', () => {
  it('formats minutes after midnight, including ranges that cross midnight', () => {
    expect(
      rangesText([
        { start: 540, end: 660 },
        { start: 1320, end: 120 },
        { start: 0, end: 1440 },
      ]),
    ).toBe('9:00\u201311:00, 22:00\u20132:00, 0:00\u201324:00');
  });
});

describe('callContact', () => {
  it('gives the first phone channel and the best time in the contact zone', () => {
    const contact = callContact(
      profile({
        channels: [
          { kind: 'email' },
          { kind: 'phone', address: ' +1 212 555 0147 ' },
          { kind: 'phone', address: '+1 999' },
        ],
        worstTimes: [{ start: 720, end: 780 }],
      }),
    );
    expect(contact).toEqual({
      email: 'dana.reyes@contoso.example',
      displayName: 'Dana Reyes',
      phone: '+1 212 555 0147',
      bestTime: 'Tue\u2013Thu 9:00\u201311:00 (America/New_York)',
      avoid: '12:00\u201313:00',
    });
  });

  it('says when there is no phone or no preference', () => {
    const contact = callContact(
      profile({
        channels: [{ kind: 'sms', address: '+44 7700' }, { kind: 'phone' }],
        bestDays: [1, 2, 3, 4, 5, 6, 7],
        bestTimes: [],
      }),
    );
    expect(contact.phone).toBeNull();
    expect(contact.bestTime).toBe('any time (America/New_York)');
    expect(contact.avoid).toBeNull();
  });
});

describe('callAdvice', () => {
  it('names the contact, their phone and best time, or says what is missing', () => {
    expect(callAdvice(callContact(profile()))).toBe(
      'call Dana Reyes first at +1 212 555 0147, best Tue\u2013Thu 9:00\u201311:00 (America/New_York)',
    );
    expect(callAdvice(callContact(profile({ channels: [], displayName: ' ' })))).toBe(
      'call dana.reyes@contoso.example first, best Tue\u2013Thu 9:00\u201311:00 (America/New_York) (no phone number on their card yet)',
    );
    expect(callAdvice(null)).toBe('call them first');
  });
});
