/**
 * Field encodings shared by the record codecs: instants as minutes from the storage epoch, deltas,
 * weekday masks, time ranges, and the stable codes of the domain's enumerations. The code tables are
 * owned here (not derived from the order of arrays in types.ts) so that reordering a domain list can
 * never reinterpret stored data; `satisfies Record<…>` makes a new enum member a compile error.
 */
import type {
  Channel,
  FollowUpState,
  HistoryKind,
  LadderChoice,
  Relaxation,
  StepKind,
  StepStatus,
  TemplateId,
  TimeRange,
  Weekday,
} from '../domain/types';
import type { BitReader, BitWriter } from './bits';
import { BitsError } from './bits';

/** 2020-01-01T00:00:00Z: stored instants are minutes after it. */
export const STORAGE_EPOCH_MS = Date.UTC(2020, 0, 1);
const MINUTE_MS = 60_000;
const MINUTE_BITS = 26; // 2^26 minutes ≈ 127 years: until 2147

/** A value the codec cannot store, with the field it came from (shown to the user). */
export class EncodeError extends Error {
  override readonly name = 'EncodeError';
  constructor(
    readonly field: string,
    problem: string,
  ) {
    super(`${field}: ${problem}`);
  }
}

/** Minutes after the storage epoch (floored), validated. */
export function minuteOf(instant: number, field: string): number {
  if (!Number.isFinite(instant)) throw new EncodeError(field, 'is not a time');
  const minute = Math.floor((instant - STORAGE_EPOCH_MS) / MINUTE_MS);
  if (minute < 0 || minute >= 2 ** MINUTE_BITS) throw new EncodeError(field, 'is outside 2020–2147');
  return minute;
}

export function instantOfMinute(minute: number): number {
  return STORAGE_EPOCH_MS + minute * MINUTE_MS;
}

export function minuteWrite(w: BitWriter, instant: number, field: string): void {
  w.uint(minuteOf(instant, field), MINUTE_BITS);
}

export function minuteRead(r: BitReader): number {
  return instantOfMinute(r.uint(MINUTE_BITS));
}

/** An instant stored as whole minutes relative to `base` (zigzag, so earlier instants work too). */
export function deltaWrite(w: BitWriter, instant: number, base: number, field: string): void {
  w.varint(minuteOf(instant, field) - minuteOf(base, field), 8);
}

export function deltaRead(r: BitReader, base: number): number {
  const minute = Math.floor((base - STORAGE_EPOCH_MS) / MINUTE_MS) + r.varint(8);
  if (minute < 0 || minute >= 2 ** MINUTE_BITS) throw new BitsError('time out of range');
  return instantOfMinute(minute);
}

/** A whole number in [0, max], validated. */
export function countWrite(w: BitWriter, value: number, max: number, chunk: number, field: string): void {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new EncodeError(field, `must be a whole number from 0 to ${max}`);
  }
  w.varuint(value, chunk);
}

export function countRead(r: BitReader, max: number, chunk: number): number {
  const value = r.varuint(chunk);
  if (value > max) throw new BitsError('number out of range');
  return value;
}

export function optionalWrite<T>(w: BitWriter, value: T | undefined, write: (value: T) => void): void {
  w.bool(value !== undefined);
  if (value !== undefined) write(value);
}

export function optionalRead<T>(r: BitReader, read: () => T): T | undefined {
  return r.bool() ? read() : undefined;
}

/** Weekdays as a 7-bit mask: stored sorted and without duplicates (the canonical form). */
export function weekdaysWrite(w: BitWriter, days: readonly Weekday[], field: string): void {
  let mask = 0;
  for (const day of days) {
    if (!Number.isInteger(day) || day < 1 || day > 7)
      throw new EncodeError(field, `has an invalid weekday ${day}`);
    mask |= 1 << (day - 1);
  }
  w.uint(mask, 7);
}

export function weekdaysRead(r: BitReader): Weekday[] {
  const mask = r.uint(7);
  const days: Weekday[] = [];
  for (let day = 1; day <= 7; day += 1) if (mask & (1 << (day - 1))) days.push(day as Weekday);
  return days;
}

const MINUTES_PER_DAY = 1440;

export function rangesWrite(w: BitWriter, ranges: readonly TimeRange[], field: string): void {
  countWrite(w, ranges.length, 48, 2, `${field} count`);
  ranges.forEach((range, i) => {
    const ok =
      Number.isInteger(range.start) &&
      Number.isInteger(range.end) &&
      range.start >= 0 &&
      range.start < MINUTES_PER_DAY &&
      range.end > 0 &&
      range.end <= MINUTES_PER_DAY;
    if (!ok) throw new EncodeError(`${field}[${i}]`, 'must be whole minutes within a day');
    w.uint(range.start, 11).uint(range.end, 11);
  });
}

export function rangesRead(r: BitReader): TimeRange[] {
  const count = countRead(r, 48, 2);
  const ranges: TimeRange[] = [];
  for (let i = 0; i < count; i += 1) {
    const start = r.uint(11);
    const end = r.uint(11);
    if (start >= MINUTES_PER_DAY || end === 0 || end > MINUTES_PER_DAY) throw new BitsError('bad time range');
    ranges.push({ start, end });
  }
  return ranges;
}

/** A stable code table for one enumeration. */
export interface Codes<T extends string> {
  readonly width: number;
  write(w: BitWriter, value: T, field: string): void;
  read(r: BitReader): T;
}

function codes<T extends string>(table: Record<T, number>, width: number): Codes<T> {
  const byCode = new Map<number, T>();
  for (const [name, code] of Object.entries(table) as [T, number][]) byCode.set(code, name);
  return {
    width,
    write(w, value, field) {
      const code = table[value];
      if (code === undefined) throw new EncodeError(field, `has an unknown value ${String(value)}`);
      w.uint(code, width);
    },
    read(r) {
      const value = byCode.get(r.uint(width));
      if (value === undefined) throw new BitsError('unknown code');
      return value;
    },
  };
}

export const CHANNEL_CODES = codes(
  {
    email: 0,
    phone: 1,
    sms: 2,
    chat: 3,
    linkedin: 4,
    social: 5,
    video: 6,
    'in-person': 7,
    letter: 8,
    fax: 9,
  } satisfies Record<Channel, number>,
  4,
);

export const STEP_KIND_CODES = codes(
  { reminder: 0, switch: 1, reengage: 2 } satisfies Record<StepKind, number>,
  2,
);

export const STEP_STATUS_CODES = codes(
  { planned: 0, done: 1, skipped: 2 } satisfies Record<StepStatus, number>,
  2,
);

export const STATE_CODES = codes(
  { waiting: 0, paused: 1, replied: 2, noAnswer: 3, stopped: 4, done: 5 } satisfies Record<
    FollowUpState,
    number
  >,
  3,
);

export const HISTORY_CODES = codes(
  {
    flagged: 0,
    sent: 1,
    planned: 2,
    replanned: 3,
    drafted: 4,
    stepDone: 5,
    stepSkipped: 6,
    snoozed: 7,
    called: 8,
    texted: 9,
    reply: 10,
    autoReply: 11,
    bounce: 12,
    movedOn: 13,
    paused: 14,
    resumed: 15,
    noAnswer: 16,
    stopped: 17,
    done: 18,
    recovered: 19,
  } satisfies Record<HistoryKind, number>,
  5,
);

/** Relaxations as a 5-bit mask, in this fixed order (the stored order is canonical). */
const RELAXATIONS = ['userHours', 'userDays', 'bestTimes', 'bestDays', 'worstTimes'] as const;
const _relaxationsComplete: Record<Relaxation, true> = {
  userHours: true,
  userDays: true,
  bestTimes: true,
  bestDays: true,
  worstTimes: true,
};
void _relaxationsComplete;

export function relaxationsWrite(w: BitWriter, relaxed: readonly Relaxation[], field: string): void {
  let mask = 0;
  for (const item of relaxed) {
    const index = RELAXATIONS.indexOf(item);
    if (index < 0) throw new EncodeError(field, `has an unknown relaxation ${String(item)}`);
    mask |= 1 << index;
  }
  w.uint(mask, RELAXATIONS.length);
}

export function relaxationsRead(r: BitReader): Relaxation[] {
  const mask = r.uint(RELAXATIONS.length);
  return RELAXATIONS.filter((_, i) => mask & (1 << i));
}

/** Template ids in a fixed stored order. */
export const TEMPLATE_ORDER = [
  'reminder1',
  'reminder2',
  'switchTask',
  'thankYou',
  'callScript',
  'callRecap',
  'meetingRecap',
  'preferencesRequest',
  'reengage',
] as const satisfies readonly TemplateId[];
const _templatesComplete: Record<TemplateId, (typeof TEMPLATE_ORDER)[number]> = {
  reminder1: 'reminder1',
  reminder2: 'reminder2',
  switchTask: 'switchTask',
  thankYou: 'thankYou',
  callScript: 'callScript',
  callRecap: 'callRecap',
  meetingRecap: 'meetingRecap',
  preferencesRequest: 'preferencesRequest',
  reengage: 'reengage',
};
void _templatesComplete;

const MAX_WAIT_HOURS = 24 * 366;

export function ladderWrite(w: BitWriter, ladder: LadderChoice, field: string): void {
  if (ladder === 'prompt') w.uint(0, 2);
  else if (ladder === 'relaxed') w.uint(1, 2);
  else if (typeof ladder === 'object' && ladder !== null && Array.isArray(ladder.waitsHours)) {
    w.uint(2, 2);
    countWrite(w, ladder.waitsHours.length, 16, 2, `${field} step count`);
    const waits = ladder.waitsHours as readonly unknown[];
    waits.forEach((hours, i) => countWrite(w, hours as number, MAX_WAIT_HOURS, 6, `${field} wait ${i + 1}`));
  } else throw new EncodeError(field, 'is not a known ladder');
}

export function ladderRead(r: BitReader): LadderChoice {
  const kind = r.uint(2);
  if (kind === 0) return 'prompt';
  if (kind === 1) return 'relaxed';
  if (kind !== 2) throw new BitsError('unknown ladder');
  const count = countRead(r, 16, 2);
  const waitsHours: number[] = [];
  for (let i = 0; i < count; i += 1) waitsHours.push(countRead(r, MAX_WAIT_HOURS, 6));
  return { waitsHours };
}

export { MAX_WAIT_HOURS };
