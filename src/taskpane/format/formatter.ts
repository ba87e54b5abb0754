/**
 * Dates, times, weekdays, zones and durations in the user's display language. Every instant is shown
 * on a named zone's clock: the user's or the contact's.
 *
 * Display goes straight to Intl (DateTimeFormat, RelativeTimeFormat, NumberFormat), which is what
 * luxon's toLocaleString and toRelative call. luxon itself (about 21 KB gzip: once any chunk uses its
 * DateTime, webpack keeps all of it with the first module that imports luxon) stays out of the first
 * paint: the core's zone math and the pane's parsing and calendar arithmetic (inputTime.ts,
 * snoozeOptions.ts) load with the plan's chunk, right after the first paint.
 */
import type { TimeRange, Weekday } from '../../shared/domain/types';

export interface Formatter {
  readonly locale: string;
  /** "Tue 24 Nov, 09:00". */
  dateTime(at: number, zone: string): string;
  /** "Tue 24 Nov". */
  date(at: number, zone: string): string;
  /** "Tuesday 24 November 2026". */
  dateLong(at: number, zone: string): string;
  /** "09:00". */
  time(at: number, zone: string): string;
  /** "in 2 days", "3 hours ago". */
  relative(at: number, now: number): string;
  /** Minutes after midnight on a clock: "08:00" (1440 is midnight). */
  clock(minutes: number): string;
  /** "08:00–10:00". */
  range(range: TimeRange): string;
  weekday(day: Weekday, width?: 'short' | 'long' | 'narrow'): string;
  /** "Tue–Thu", "Mon, Wed, Fri"; `all` for every day. */
  weekdays(days: readonly Weekday[], all: string): string;
  /** "New York (UTC−05:00)" at `at`. */
  zone(zone: string, at: number): string;
  /** "48 hr", or "4 days" for whole days of 2 or more. */
  hours(hours: number): string;
}

type Options = Intl.DateTimeFormatOptions;
const DATE: Options = { weekday: 'short', day: 'numeric', month: 'short' };
const DATE_LONG: Options = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };

/** Hours as the locale writes them: "9:00 AM" on a 12-hour clock, "09:00" on a 24-hour one. */
function hourStyle(locale: string): 'numeric' | '2-digit' {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hour12
    ? 'numeric'
    : '2-digit';
}

function safeLocale(locale: string): string {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale])[0] ?? 'en-US';
  } catch {
    return 'en-US';
  }
}

const zoneValidity = new Map<string, boolean>();

/** A zone Intl accepts (an unknown one is shown in UTC rather than throwing). */
function knownZone(zone: string): string {
  let valid = zoneValidity.get(zone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      valid = true;
    } catch {
      valid = false;
    }
    zoneValidity.set(zone, valid);
  }
  return valid ? zone : 'UTC';
}

/** A formatter for `locale` (BCP 47; an unknown one falls back to en-US). */
export function formatterFor(requested: string): Formatter {
  const locale = safeLocale(requested);
  const TIME: Options = { hour: hourStyle(locale), minute: '2-digit' };
  const DATE_TIME: Options = { ...DATE, ...TIME };
  const cache = new Map<string, Intl.DateTimeFormat>();
  const format = (options: Options, zone: string) => {
    const key = `${JSON.stringify(options)}|${zone}`;
    let formatter = cache.get(key);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: knownZone(zone) });
      cache.set(key, formatter);
    }
    return formatter;
  };
  const at = (options: Options) => (ms: number, zone: string) => format(options, zone).format(ms);
  const unit = (u: 'hour' | 'day', n: number, display: 'short' | 'long') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: display }).format(n);
  // 2024-01-01 was a Monday: day d of the ISO week is 1 January + d − 1, at noon UTC.
  const weekday = (day: Weekday, width: 'short' | 'long' | 'narrow' = 'short') =>
    format({ weekday: width }, 'UTC').format(Date.UTC(2024, 0, day, 12));
  const clock = (minutes: number) =>
    format(TIME, 'UTC').format(Date.UTC(2024, 0, 1, Math.floor((minutes % 1440) / 60), minutes % 60));
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  return {
    locale,
    dateTime: at(DATE_TIME),
    date: at(DATE),
    dateLong: at(DATE_LONG),
    time: at(TIME),
    relative(ms, now) {
      const diff = ms - now;
      const abs = Math.abs(diff);
      const [value, u]: [number, Intl.RelativeTimeFormatUnit] =
        abs < 3_600_000
          ? [Math.round(diff / 60_000), 'minute']
          : abs < 86_400_000
            ? [Math.round(diff / 3_600_000), 'hour']
            : [Math.round(diff / 86_400_000), 'day'];
      return relative.format(value, u);
    },
    clock,
    range: (r) => `${clock(r.start)}\u2013${clock(r.end)}`,
    weekday,
    weekdays(days, all) {
      const sorted = [...new Set(days)].sort((a, b) => a - b);
      if (sorted.length === 7) return all;
      const parts: string[] = [];
      let i = 0;
      while (i < sorted.length) {
        let j = i;
        while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j += 1;
        const first = sorted[i] as Weekday;
        const last = sorted[j] as Weekday;
        if (j - i >= 2) parts.push(`${weekday(first)}\u2013${weekday(last)}`);
        else for (let k = i; k <= j; k += 1) parts.push(weekday(sorted[k] as Weekday));
        i = j + 1;
      }
      return parts.join(', ');
    },
    zone(zone, ms) {
      // "GMT-05:00" (or "GMT" at UTC) from Intl's longOffset name.
      const name =
        new Intl.DateTimeFormat('en-US', { timeZone: knownZone(zone), timeZoneName: 'longOffset' })
          .formatToParts(ms)
          .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
      const offset = name.replace(/^GMT/, '') || '+00:00';
      return `${zoneCity(zone)} (UTC${offset.replace('-', '\u2212')})`;
    },
    hours: (hours) =>
      hours >= 48 && hours % 24 === 0 ? unit('day', hours / 24, 'long') : unit('hour', hours, 'short'),
  };
}

/** "New York" for "America/New_York": the last part of an IANA name, readable (the core's zoneCity, without its imports). */
export function zoneCity(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}
