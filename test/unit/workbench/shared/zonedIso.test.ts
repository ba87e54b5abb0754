import { isoInZone, zoneOffsetMinutes } from '../../../../workbench/shared/zonedIso';

describe('zonedIso', () => {
  it('writes an instant with the zone offset in force then (DST on both hemispheres)', () => {
    const july = Date.UTC(2026, 6, 1, 12, 0, 0);
    const january = Date.UTC(2026, 0, 15, 12, 0, 0);
    expect(isoInZone(july, 'Europe/Berlin')).toBe('2026-07-01T14:00:00+02:00');
    expect(isoInZone(january, 'Europe/Berlin')).toBe('2026-01-15T13:00:00+01:00');
    expect(isoInZone(january, 'Australia/Sydney')).toBe('2026-01-15T23:00:00+11:00');
    expect(isoInZone(july, 'America/Sao_Paulo')).toBe('2026-07-01T09:00:00-03:00');
    expect(zoneOffsetMinutes(july, 'Asia/Kathmandu')).toBe(345);
  });

  it('names the same instant it was given', () => {
    const at = Date.UTC(2026, 10, 20, 8, 0, 0);
    expect(Date.parse(isoInZone(at, 'America/New_York'))).toBe(at);
  });
});
