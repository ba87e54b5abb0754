/**
 * ISO 8601 date-times written in a given IANA zone ("2026-11-20T09:00:00+01:00"), so that a message a
 * contact in Tokyo sends carries a Tokyo Date header, as real mail does.
 */

/** Minutes east of UTC of `zone` at instant `ms` (DST-aware, from Intl). */
export function zoneOffsetMinutes(ms: number, zone: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(ms))
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** The instant `ms` as an ISO 8601 date-time (seconds precision) with `zone`'s offset at that instant. */
export function isoInZone(ms: number, zone: string): string {
  const offset = zoneOffsetMinutes(ms, zone);
  const local = new Date(Math.floor(ms / 1000) * 1000 + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${local}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
