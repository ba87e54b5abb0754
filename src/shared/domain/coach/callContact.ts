/**
 * What the "call first" suggestion shows about the contact: their phone number and best time to call,
 * in their own zone, from the ContactProfile. Pure formatting; the planner says when the window opens next.
 */
import type { ContactProfile, TimeRange, Weekday } from '../types';

export interface CallContact {
  readonly email: string;
  readonly displayName: string;
  /** The address of the contact's highest-ranked phone channel, or null when none is on file. */
  readonly phone: string | null;
  /** "Tue–Thu 9:00–11:00 (America/New_York)"; "any time (Europe/Paris)" without preferences. */
  readonly bestTime: string;
  /** "12:00–13:00", or null when no worst times are set. */
  readonly avoid: string | null;
}

const DAY_NAMES: Readonly<Record<Weekday, string>> = {
  1: 'Mon',
  2: 'Tue',
  3: 'Wed',
  4: 'Thu',
  5: 'Fri',
  6: 'Sat',
  7: 'Sun',
};

function clock(minutes: number): string {
  const m = Math.max(0, Math.min(1440, Math.round(minutes)));
  return `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
}

/** "9:00–11:00, 14:00–16:00" for the ranges (minutes after midnight; end ≤ start crosses midnight). */
export function rangesText(ranges: readonly TimeRange[]): string {
  return ranges.map((r) => `${clock(r.start)}\u2013${clock(r.end)}`).join(', ');
}

/** "Mon–Fri", "Mon, Wed, Fri", "Tue–Thu, Sat"; "any day" for all seven or none. */
export function daysText(days: readonly Weekday[]): string {
  const sorted = [...new Set(days)].filter((d) => d >= 1 && d <= 7).sort((a, b) => a - b);
  if (sorted.length === 0 || sorted.length === 7) return 'any day';
  const parts: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && (sorted[j + 1] ?? 0) === (sorted[j] ?? 0) + 1) j += 1;
    const first = sorted[i] as Weekday;
    const last = sorted[j] as Weekday;
    if (j - i >= 2) parts.push(`${DAY_NAMES[first]}\u2013${DAY_NAMES[last]}`);
    else for (let k = i; k <= j; k += 1) parts.push(DAY_NAMES[sorted[k] as Weekday]);
    i = j + 1;
  }
  return parts.join(', ');
}

/** The contact's phone and best time to call, ready to show. */
export function callContact(profile: ContactProfile): CallContact {
  const phone = profile.channels.find((c) => c.kind === 'phone' && (c.address ?? '').trim() !== '');
  const days = daysText(profile.bestDays);
  const times = profile.bestTimes.length > 0 ? rangesText(profile.bestTimes) : '';
  const when = [days === 'any day' ? '' : days, times].filter(Boolean).join(' ') || 'any time';
  return {
    email: profile.email,
    displayName: profile.displayName,
    phone: phone?.address?.trim() ?? null,
    bestTime: `${when} (${profile.timeZone})`,
    avoid: profile.worstTimes.length > 0 ? rangesText(profile.worstTimes) : null,
  };
}

/**
 * The call advice in words: "call Dana Reyes first at +1 212 555 0147, best Tue–Thu 9:00–11:00
 * (America/New_York)"; "call them first" without a profile.
 */
export function callAdvice(call: CallContact | null): string {
  if (!call) return 'call them first';
  const who = call.displayName.trim() || call.email;
  return call.phone
    ? `call ${who} first at ${call.phone}, best ${call.bestTime}`
    : `call ${who} first, best ${call.bestTime} (no phone number on their card yet)`;
}
