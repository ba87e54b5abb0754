import { planScenarioDecode } from '../../../../src/shared/domain/planScenario';

const scenario = {
  sentAt: '2026-03-06T10:00:00+01:00',
  ladder: 'prompt',
  user: {
    timeZone: 'Europe/Berlin',
    workingDays: [1, 2, 3, 4, 5],
    workingHours: [{ start: '09:00', end: '17:30' }],
  },
  contact: {
    email: 'dana@contoso.example',
    timeZone: 'America/New_York',
    channels: [{ kind: 'email' }, { kind: 'phone', address: '+1 212 555 0147' }],
    bestDays: [2, 3, 4],
    bestTimes: [{ start: '08:00', end: '10:00' }],
    worstTimes: [],
    waitHours: 24,
  },
};

const refusal = (patch: Record<string, unknown>): string => {
  const result = planScenarioDecode({ ...scenario, ...patch });
  if (result.ok) throw new Error('expected a refusal');
  return result.reason;
};

describe('planScenarioDecode', () => {
  it('decodes the documented shape', () => {
    const result = planScenarioDecode(scenario);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.sentAt).toBe(Date.parse('2026-03-06T09:00:00Z'));
      expect(result.value.contact.channels[1]).toEqual({ kind: 'phone', address: '+12125550147' });
      expect(result.value.contact.waitHours).toBe(24);
      expect(result.value.reengageAfterDays).toBe(30);
      expect(result.value.user.workingHours).toEqual([{ start: 540, end: 1050 }]);
    }
  });

  it('accepts epoch milliseconds and defaults the ladder to prompt', () => {
    const { ladder: _ladder, ...rest } = scenario;
    const result = planScenarioDecode({ ...rest, sentAt: 1_772_787_600_000 });
    expect(result.ok && result.value.ladder).toBe('prompt');
  });

  it.each([
    [{ sentAt: undefined }, 'sentAt: is missing'],
    [{ sentAt: '2026-03-06T10:00:00' }, 'sentAt: must be ISO 8601 with an offset or Z'],
    [{ sentAt: 'yesterday' }, 'sentAt: must be ISO 8601'],
    [{ ladder: 'asap' }, 'ladder: must be "prompt", "relaxed"'],
    [{ user: { ...scenario.user, timeZone: 'Berlin' } }, 'user.timeZone: unknown time zone "Berlin"'],
    [
      { user: { ...scenario.user, workingHours: [{ start: '09:00', end: '25:00' }] } },
      'user.workingHours[0].end: "25:00" is not a time',
    ],
    [
      { contact: { ...scenario.contact, timeZone: 'America/New_Yrok' } },
      'contact.timeZone: unknown time zone "America/New_Yrok"',
    ],
    [{ contact: { ...scenario.contact, bestDays: [] } }, 'contact.bestDays: must name at least one day'],
    [
      { contact: { ...scenario.contact, waitHours: -1 } },
      'contact.waitHours: must be at least 1 hour, got -1',
    ],
    [
      { contact: { ...scenario.contact, channels: [{ kind: 'carrier-pigeon' }] } },
      'contact.channels[0].kind: unknown channel "carrier-pigeon"',
    ],
    [{ contact: { ...scenario.contact, bestTime: [] } }, 'contact.bestTime: unknown field'],
    [{ contact: undefined }, 'contact: must be an object, got nothing'],
    [{ reengageAfterDays: 0 }, 'reengageAfterDays: must be a whole number of days from 1 to 365'],
    [{ sentat: '2026-03-06T10:00:00Z' }, 'scenario.sentat: unknown field'],
  ])('%j → %s', (patch, reason) => {
    expect(refusal(patch)).toContain(reason);
  });

  it('refuses non-objects', () => {
    expect(planScenarioDecode([])).toEqual({ ok: false, reason: 'scenario: must be a JSON object, got []' });
  });
});
