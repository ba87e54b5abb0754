import { shiftedDate } from '../../../../workbench/runtime/clockDate';

describe('shiftedDate', () => {
  const DAY = 86_400_000;
  let offset = 0;
  const ShiftedDate = shiftedDate(Date, () => offset);

  it('moves now, new Date() and Date() by the offset, read at each call', () => {
    offset = 2 * DAY;
    const real = Date.now();
    expect(ShiftedDate.now() - real).toBeGreaterThanOrEqual(2 * DAY - 50);
    expect(new ShiftedDate().getTime() - real).toBeGreaterThanOrEqual(2 * DAY - 50);
    expect(Date.parse((ShiftedDate as unknown as () => string)()) - real).toBeGreaterThan(DAY);
    offset = 0;
    expect(Math.abs(ShiftedDate.now() - Date.now())).toBeLessThan(50);
  });

  it('leaves explicit dates, statics and instanceof alone', () => {
    offset = 5 * DAY;
    expect(new ShiftedDate(0).getTime()).toBe(0);
    expect(new ShiftedDate(2026, 10, 20).getFullYear()).toBe(2026);
    expect(ShiftedDate.UTC(2026, 0, 1)).toBe(Date.UTC(2026, 0, 1));
    expect(ShiftedDate.parse('2026-01-01T00:00:00Z')).toBe(Date.UTC(2026, 0, 1));
    expect(new ShiftedDate()).toBeInstanceOf(Date);
    expect(new Date()).toBeInstanceOf(ShiftedDate);
  });
});
