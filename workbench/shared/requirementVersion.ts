/**
 * Requirement-set versions ("1.8", "1.10"): compared part by part as numbers, so 1.10 > 1.9, the way
 * Office compares them. The workbench's client declares one Mailbox level (configurable).
 */

/** Negative, zero or positive as a is below, equal to or above b. Unparsable parts count as 0. */
export function versionCompare(a: string, b: string): number {
  const pa = a.split('.').map((p) => Number.parseInt(p, 10) || 0);
  const pb = b.split('.').map((p) => Number.parseInt(p, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** True when `level` meets `minimum` (absent minimum: 1.1, as Office assumes). */
export function versionAtLeast(level: string, minimum: string | undefined): boolean {
  return versionCompare(level, minimum ?? '1.1') >= 0;
}

/** A requirement-set version as given to isSetSupported: "1.8", or the number 1.8. */
export function versionFromArgument(value: unknown): string | undefined {
  if (typeof value === 'string' && /^\d+(\.\d+)*$/.test(value)) return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** The Mailbox requirement set that introduced each launch event (L develop/event-based-activation). */
export const LAUNCH_EVENT_MIN_MAILBOX: Readonly<Record<string, string>> = {
  OnNewMessageCompose: '1.10',
  OnNewAppointmentOrganizer: '1.10',
  OnMessageAttachmentsChanged: '1.11',
  OnMessageRecipientsChanged: '1.11',
  OnMessageCompose: '1.12',
  OnMessageSend: '1.12',
  OnMessageFromChanged: '1.13',
};
