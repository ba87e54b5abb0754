import {
  parseAnswerRequest,
  parseClockMove,
  parseDraftFields,
  parseFault,
  parseSettingsPatch,
  parseTestHandlers,
} from '../../../../workbench/server/requestParse';

describe('state API request bodies', () => {
  it('accepts known settings and names the bad one', () => {
    expect(parseSettingsPatch({ theme: 'dark', requirementLevel: '1.8', roamingQuota: 1024 })).toEqual({
      ok: true,
      value: { theme: 'dark', requirementLevel: '1.8', roamingQuota: 1024 },
    });
    expect(parseSettingsPatch({ theme: 'blue' })).toEqual({
      ok: false,
      reason: 'settings.theme must be "light" or "dark"',
    });
    expect(parseSettingsPatch({ colour: 1 })).toEqual({
      ok: false,
      reason: 'settings.colour is not a workbench setting',
    });
    expect(parseSettingsPatch({ requirementLevel: 'latest' }).ok).toBe(false);
  });

  it('reads faults, defaulting to one firing', () => {
    expect(parseFault({ kind: 'roamingSaveFails' })).toEqual({
      ok: true,
      value: { kind: 'roamingSaveFails', remaining: 1 },
    });
    expect(
      parseFault({
        kind: 'officeCallFails',
        method: 'mailbox.item.body.getAsync',
        code: 9041,
        remaining: -1,
      }),
    ).toEqual({
      ok: true,
      value: { kind: 'officeCallFails', method: 'mailbox.item.body.getAsync', code: 9041, remaining: -1 },
    });
    expect(parseFault({ kind: 'officeCallFails', method: 'x y', code: 1 })).toEqual({
      ok: false,
      reason: 'fault.method must name an Office member, e.g. mailbox.item.body.getAsync',
    });
    expect(parseFault({ kind: 'roamingSaveFails', remaining: 0 }).ok).toBe(false);
    expect(parseFault({ kind: 'meteor' }).ok).toBe(false);
  });

  it('moves the clock to an instant or forward by days and hours, never back by "advance"', () => {
    const real = Date.UTC(2026, 0, 1);
    expect(parseClockMove({ set: '2026-01-02T00:00:00Z' }, 0, real)).toEqual({ ok: true, value: 86_400_000 });
    expect(parseClockMove({ advance: { days: 1, hours: 2 } }, 1000, real)).toEqual({
      ok: true,
      value: 1000 + 93_600_000,
    });
    expect(parseClockMove({ advance: { hours: -1 } }, 0, real)).toEqual({
      ok: false,
      reason: 'clock.advance.hours must be a number from 0 to 3650',
    });
    expect(parseClockMove({}, 0, real).ok).toBe(false);
  });

  it('reads compose fields and refuses a bad address by its place', () => {
    expect(parseDraftFields({ to: [{ name: 'P', email: 'p@x.example' }], subject: 'S' })).toEqual({
      ok: true,
      value: {
        to: [{ name: 'P', email: 'p@x.example' }],
        cc: [],
        bcc: [],
        subject: 'S',
        body: '',
        headers: {},
      },
    });
    expect(parseDraftFields({ cc: [{ email: 'nope' }] })).toEqual({
      ok: false,
      reason: 'fields.cc[0].email must be an email address',
    });
  });

  it('keeps an unresolved name (no address) on a draft, but not an entry with neither', () => {
    const parsed = parseDraftFields({ cc: [{ name: 'Jordan', email: '' }] });
    expect(parsed.ok && parsed.value.cc).toEqual([{ name: 'Jordan', email: '' }]);
    expect(parseDraftFields({ cc: [{ name: ' ', email: '' }] })).toEqual({
      ok: false,
      reason: 'fields.cc[0] needs a name or an email address',
    });
  });

  it('reads simulated answers and scripted handlers', () => {
    expect(parseAnswerRequest({ kind: 'outOfOffice', returnDate: '2026-11-30' })).toEqual({
      ok: true,
      value: { kind: 'outOfOffice', returnDate: '2026-11-30' },
    });
    expect(parseAnswerRequest({ kind: 'outOfOffice', returnDate: '30/11' }).ok).toBe(false);
    expect(parseAnswerRequest({ kind: 'spam' }).ok).toBe(false);
    expect(parseAnswerRequest({ kind: 'reply', subject: 'Re: parking' })).toEqual({
      ok: true,
      value: { kind: 'reply', subject: 'Re: parking' },
    });
    expect(parseAnswerRequest({ kind: 'reply', subject: 7 }).ok).toBe(false);
    expect(
      parseTestHandlers({ onMessageSend: { action: 'complete', options: { allowEvent: false } } }),
    ).toEqual({
      ok: true,
      value: { onMessageSend: { action: 'complete', delayMs: 0, options: { allowEvent: false } } },
    });
    expect(parseTestHandlers({ x: { action: 'explode' } })).toEqual({
      ok: false,
      reason: 'handlers.x.action must be complete, never or throw',
    });
  });
});
