import { DateTime } from 'luxon';
import { pauseUntil } from '../../../../src/shared/domain/pauseUntil';

function iso(result: ReturnType<typeof pauseUntil>, zone: string): string | null {
  if (!result.ok) throw new Error(result.reason);
  return DateTime.fromMillis(result.value, { zone }).toISO();
}

const RECEIVED = DateTime.fromISO('2025-10-20T15:30', { zone: 'Europe/Berlin' }).toMillis();

describe('pauseUntil', () => {
  it('resumes at the start of the day after the return date, in the contact zone', () => {
    expect(iso(pauseUntil('2025-12-03', RECEIVED, 'America/New_York', 7), 'America/New_York')).toBe(
      '2025-12-04T00:00:00.000-05:00',
    );
  });

  it('keeps midnight across a DST change (Berlin, 26 October 2025)', () => {
    expect(iso(pauseUntil('2025-10-25', RECEIVED, 'Europe/Berlin', 7), 'Europe/Berlin')).toBe(
      '2025-10-26T00:00:00.000+02:00',
    );
    expect(iso(pauseUntil('2025-10-26', RECEIVED, 'Europe/Berlin', 7), 'Europe/Berlin')).toBe(
      '2025-10-27T00:00:00.000+01:00',
    );
  });

  it('without a return date, pauses for the default number of calendar days', () => {
    expect(iso(pauseUntil(null, RECEIVED, 'Europe/Berlin', 7), 'Europe/Berlin')).toBe(
      '2025-10-27T00:00:00.000+01:00',
    );
    expect(iso(pauseUntil(null, RECEIVED, 'Australia/Sydney', 3), 'Australia/Sydney')).toBe(
      '2025-10-24T00:00:00.000+11:00',
    );
  });

  it('accepts a fixed-offset zone', () => {
    expect(iso(pauseUntil('2025-12-03', RECEIVED, 'UTC+1', 7), 'UTC+1')).toBe(
      '2025-12-04T00:00:00.000+01:00',
    );
  });

  it('refuses bad input naming the field', () => {
    expect(pauseUntil('2025-12-03', RECEIVED, 'Mars/Base', 7)).toEqual({
      ok: false,
      reason: 'timeZone: unknown time zone "Mars/Base"',
    });
    expect(pauseUntil('3.12.2025', RECEIVED, 'UTC', 7)).toEqual({
      ok: false,
      reason: 'returnDate: expected "YYYY-MM-DD", got "3.12.2025"',
    });
    expect(pauseUntil('2025-02-30', RECEIVED, 'UTC', 7).ok).toBe(false);
    expect(pauseUntil(null, RECEIVED, 'UTC', -1)).toEqual({
      ok: false,
      reason: 'defaultPauseDays: expected a whole number of days ≥ 0, got -1',
    });
  });
});
