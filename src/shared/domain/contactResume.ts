import type { ContactProfile, Instant } from './types';
import { dayOfIsoDate, localInstant } from './zoneClock';

/**
 * When an away contact can be chased again: the start of the day after their return date (their zone),
 * leaving them their first day back to catch up (the same rule as an out-of-office reply's pause).
 * Null when the contact is not away or the date is unreadable.
 */
export function contactResumeAt(contact: Pick<ContactProfile, 'status' | 'timeZone'>): Instant | null {
  if (contact.status.kind !== 'away') return null;
  const day = dayOfIsoDate(contact.status.until);
  return day === null ? null : localInstant(contact.timeZone, day + 1, 0);
}
