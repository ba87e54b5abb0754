import { IANAZone } from 'luxon';
import type { Instant } from './types';

/**
 * UTC offsets of IANA zones, memoised. luxon asks Intl for each offset (about 10 µs a call here), and
 * the planner needs hundreds per plan, so offsets are remembered at whole UTC hours: when the offset is
 * the same at both ends of an hour it holds for the whole hour (no zone changes offset twice within
 * one hour); otherwise the exact change instant is found once by bisection and remembered. Results are
 * exactly luxon's; the memo only saves time (bounded: it is emptied past MEMO_LIMIT hours per zone).
 */

const HOUR_MS = 3_600_000;
const MEMO_LIMIT = 100_000;

interface ZoneMemo {
  readonly zone: IANAZone;
  readonly atHour: Map<number, number>;
  readonly changeInHour: Map<number, Instant>;
}

const memos = new Map<string, ZoneMemo | null>();

function memoFor(name: string): ZoneMemo | null {
  let memo = memos.get(name);
  if (memo === undefined) {
    const zone = IANAZone.create(name);
    memo = zone.isValid ? { zone, atHour: new Map(), changeInHour: new Map() } : null;
    memos.set(name, memo);
  }
  return memo;
}

function offsetAtHour(memo: ZoneMemo, hour: number): number {
  let offset = memo.atHour.get(hour);
  if (offset === undefined) {
    if (memo.atHour.size >= MEMO_LIMIT) {
      memo.atHour.clear();
      memo.changeInHour.clear();
    }
    offset = memo.zone.offset(hour * HOUR_MS);
    memo.atHour.set(hour, offset);
  }
  return offset;
}

function changeWithin(memo: ZoneMemo, hour: number, before: number): Instant {
  let change = memo.changeInHour.get(hour);
  if (change === undefined) {
    let low = hour * HOUR_MS; // offset here is `before`
    let high = (hour + 1) * HOUR_MS; // offset here differs
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (memo.zone.offset(middle) === before) low = middle;
      else high = middle;
    }
    change = high;
    memo.changeInHour.set(hour, change);
  }
  return change;
}

/** Whether luxon (Intl) knows the zone. */
export function zoneIsKnown(name: string): boolean {
  return memoFor(name) !== null;
}

/** The zone's offset from UTC in minutes at an instant (UTC+2 → 120). Unknown zones count as UTC. */
export function zoneOffsetMinutes(name: string, at: Instant): number {
  const memo = memoFor(name);
  if (!memo) return 0;
  const hour = Math.floor(at / HOUR_MS);
  const before = offsetAtHour(memo, hour);
  const after = offsetAtHour(memo, hour + 1);
  if (before === after) return before;
  return at < changeWithin(memo, hour, before) ? before : after;
}
