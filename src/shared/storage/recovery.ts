/**
 * The recovery key: a raw copy of roaming data that did not decode cleanly (damaged, not ours), kept
 * while space allows so that nothing unreadable is destroyed by the next save. Its readable records
 * are merged at load; the copy itself is dropped after the retention period or when space is needed.
 */
export const RECOVERY_KEY = 'rpx';
const PREFIX = 'X';

export interface Recovery {
  /** When the damage was found (ms). */
  readonly since: number;
  /** The value stored under RECOVERY_KEY. */
  readonly text: string;
  /** The raw values it holds, by key. */
  readonly values: Readonly<Record<string, unknown>>;
}

/** The recovery value for raw values found at `now`. */
export function recoveryEncode(now: number, values: Readonly<Record<string, unknown>>): Recovery {
  const since = Math.floor(now / 60_000) * 60_000;
  return { since, text: `${PREFIX}${(since / 60_000).toString(36)}~${JSON.stringify(values)}`, values };
}

/** Reads a stored recovery value; null when absent or not ours. Never throws. */
export function recoveryDecode(value: unknown): Recovery | null {
  if (typeof value !== 'string' || !value.startsWith(PREFIX)) return null;
  const split = value.indexOf('~');
  const minutes = parseInt(value.slice(1, split), 36);
  if (split < 0 || Number.isNaN(minutes)) return null;
  try {
    const values = JSON.parse(value.slice(split + 1)) as unknown;
    if (typeof values !== 'object' || values === null || Array.isArray(values)) return null;
    return { since: minutes * 60_000, text: value, values: values as Record<string, unknown> };
  } catch {
    return null;
  }
}
