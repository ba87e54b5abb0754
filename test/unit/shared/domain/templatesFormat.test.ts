import { DateTime } from 'luxon';
import { templateChannel, templateDate, templateTime } from '../../../../src/shared/domain/templatesFormat';
import { CHANNELS } from '../../../../src/shared/domain/types';

describe('templatesFormat', () => {
  const at = DateTime.fromISO('2025-12-02T13:30:00Z').toMillis();

  it('shows one instant in each zone', () => {
    expect(templateTime(at, 'America/New_York')).toBe('Tue 2 Dec, 08:30');
    expect(templateTime(at, 'Europe/Berlin')).toBe('Tue 2 Dec, 14:30');
    expect(templateTime(at, 'Asia/Kolkata')).toBe('Tue 2 Dec, 19:00');
    expect(templateDate(at, 'Australia/Sydney')).toBe('Wednesday 3 December');
  });

  it('names every channel in words', () => {
    for (const channel of CHANNELS) expect(templateChannel(channel).length).toBeGreaterThan(2);
    expect(templateChannel('sms')).toBe('text message');
  });
});
