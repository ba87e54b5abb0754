/**
 * One record on the wire: CRC-24 of (tag, payload, padding) then the payload, packed into characters.
 * A damaged record fails the CRC (or the alphabet) and is skipped; its neighbours are untouched.
 */
import { crc24 } from './crc24';
import type { Packing } from './textPacking';

const CRC_BITS = 24;

/** Frames payload bits as record text. */
export function recordFrame(payload: readonly number[], tag: number, packing: Packing): string {
  const pad = packing.padFor(CRC_BITS + payload.length);
  const bits = new Array<number>(CRC_BITS + payload.length + pad).fill(0);
  for (let i = 0; i < payload.length; i += 1) bits[CRC_BITS + i] = payload[i]!;
  const crc = crc24(bits.slice(CRC_BITS), tag);
  for (let bit = 0; bit < CRC_BITS; bit += 1) bits[bit] = (crc >>> (CRC_BITS - 1 - bit)) & 1;
  return packing.pack(bits);
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
