import { fullTime, listTime } from '../../../../../workbench/app/model/timeFormat';

describe('timeFormat', () => {
  const now = Date.parse('2026-11-20T09:00:00+01:00');
  it('shows the time for today, the weekday and date this year, the full date before', () => {
    expect(listTime('2026-11-20T08:15:00+01:00', 'Europe/Berlin', now)).toBe('08:15');
    expect(listTime('2026-11-16T10:12:00+01:00', 'Europe/Berlin', now)).toMatch(/Mon.*16\/11/);
    expect(listTime('2025-11-16T10:12:00+01:00', 'Europe/Berlin', now)).toBe('16/11/2025');
  });

  it('uses the mailbox zone', () => {
    expect(fullTime(now, 'Asia/Tokyo')).toMatch(/17:00/);
  });
});
