/**
 * One record on the wire: CRC-24 of (tag, payload, padding) then the payload, packed into characters.
 * A damaged record fails the CRC (or the alphabet) and is skipped; its neighbours are untouched.
 */
import { crc24 } from './crc24';
import type { Packing } from './textPacking';

const CRC_BITS = 24;

/** Frames payload bits as record text. */
export function recordFrame(payload: readonly number[], tag: number, packing: Packing): string {
  const padded = [...payload, ...new Array<number>(packing.padFor(CRC_BITS + payload.length)).fill(0)];
  const crc = crc24(padded, tag);
  const bits: number[] = [];
  for (let bit = CRC_BITS - 1; bit >= 0; bit -= 1) bits.push((crc >>> bit) & 1);
  return packing.pack([...bits, ...padded]);
}

/** The payload bits (with padding) of record text, or null when the text is damaged. */
export function recordUnframe(text: string, tag: number, packing: Packing): number[] | null {
  const bits = packing.unpack(text);
  if (!bits || bits.length < CRC_BITS) return null;
  let stored = 0;
  for (let i = 0; i < CRC_BITS; i += 1) stored = stored * 2 + bits[i]!;
  const payload = bits.slice(CRC_BITS);
  return crc24(payload, tag) === stored ? payload : null;
}

/** Most padding bits a packing adds (BitReader.end bound). */
export const MAX_PAD_BITS = 14;
