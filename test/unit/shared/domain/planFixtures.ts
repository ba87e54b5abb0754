/** Small builders for planner tests: validated-shape profiles with readable defaults. */
import type { ContactProfile, TimeRange, UserSchedule, Weekday } from '../../../../src/shared/domain/types';

export const at = (iso: string): number => {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`bad test date ${iso}`);
  return ms;
};

export const hm = (text: string): number => {
  const [h, m] = text.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

export const range = (start: string, end: string): TimeRange => ({
  start: hm(start),
  end: end === '24:00' ? 1440 : hm(end),
});

export const ALL_DAYS: Weekday[] = [1, 2, 3, 4, 5, 6, 7];
export const WEEKDAYS_ONLY: Weekday[] = [1, 2, 3, 4, 5];

export function contactOf(overrides: Partial<ContactProfile> = {}): ContactProfile {
  return {
    email: 'dana@contoso.example',
    displayName: 'Dana',
    channels: [{ kind: 'email' }, { kind: 'phone', address: '+12125550147' }],
    timeZone: 'America/New_York',
    bestDays: ALL_DAYS,
    bestTimes: [],
    worstTimes: [],
    notes: '',
    status: { kind: 'active' },
    ...overrides,
  };
}

export function userOf(overrides: Partial<UserSchedule> = {}): UserSchedule {
  return {
    timeZone: 'Europe/Berlin',
    workingDays: WEEKDAYS_ONLY,
    workingHours: [range('09:00', '17:30')],
    ...overrides,
  };
}
