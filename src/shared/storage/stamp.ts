/**
 * Update stamps: a hybrid logical clock packed into one comparable number,
 * (seconds after the storage epoch) × 1024 + counter. A device's next stamp is above both its clock
 * and every stamp it has seen, so causally later writes always compare greater, even when a device's
 * clock is behind. The clock is an input (milliseconds).
 */
import type { BitReader, BitWriter } from './bits';
import { EncodeError, STORAGE_EPOCH_MS } from './fieldBits';

export type Stamp = number;

const COUNTER = 1024;
const STAMP_BITS = 42; // 2^32 seconds ≈ 136 years

/** The next stamp after `last`, given the clock reading `nowMs`. */
export function stampNext(last: Stamp, nowMs: number): Stamp {
  const wall = Math.max(0, Math.floor((nowMs - STORAGE_EPOCH_MS) / 1000)) * COUNTER;
  return Math.min(wall > last ? wall : last + 1, 2 ** STAMP_BITS - 1);
}

/** The instant (ms) a stamp's wall part stands for. */
export function stampInstant(stamp: Stamp): number {
  return STORAGE_EPOCH_MS + Math.floor(stamp / COUNTER) * 1000;
}

export function stampWrite(w: BitWriter, stamp: Stamp, field: string): void {
  if (!Number.isInteger(stamp) || stamp < 0 || stamp >= 2 ** STAMP_BITS)
    throw new EncodeError(field, 'is not a stamp');
  w.uint(stamp, STAMP_BITS);
}

export function stampRead(r: BitReader): Stamp {
  return r.uint(STAMP_BITS);
}
