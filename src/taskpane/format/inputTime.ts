/** Dates and times typed in date/datetime-local inputs, read and written on a zone's clock (luxon). */
import { DateTime } from 'luxon';

/** "yyyy-MM-ddTHH:mm" for a datetime-local input, on `zone`'s clock. */
export function inputValue(at: number, zone: string): string {
  return DateTime.fromMillis(at, { zone }).toFormat("yyyy-LL-dd'T'HH:mm");
}

/** The instant a datetime-local (or date + "T12:00") value means on `zone`'s clock, or null. */
export function inputInstant(value: string, zone: string): number | null {
  const parsed = DateTime.fromISO(value, { zone });
  return parsed.isValid ? parsed.toMillis() : null;
}
