/** Times as the workbench shows them: in the mailbox user's zone, relative to the session clock. */

function parts(ms: number, zone: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: zone, ...options }).format(new Date(ms));
}

/** Message list: "09:12" today, "Mon 16/11" this year, "16/11/2025" before. */
export function listTime(iso: string, zone: string, nowMs: number): string {
  const ms = Date.parse(iso);
  const day = (t: number) => parts(t, zone, { year: 'numeric', month: '2-digit', day: '2-digit' });
  if (day(ms) === day(nowMs)) return parts(ms, zone, { hour: '2-digit', minute: '2-digit' });
  if (parts(ms, zone, { year: 'numeric' }) === parts(nowMs, zone, { year: 'numeric' })) {
    return parts(ms, zone, { weekday: 'short', day: '2-digit', month: '2-digit' });
  }
  return day(ms);
}

/** Reading pane and clock: "Mon 16 Nov 2026, 10:12". */
export function fullTime(ms: number, zone: string): string {
  return parts(ms, zone, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}
