/**
 * CRC-24 (the OpenPGP polynomial 0x864CFB, RFC 4880 §6.1) over a bit sequence. A CRC of degree 24
 * detects every error burst of 24 bits or fewer, so any single damaged character (≤ 14 bits) in a
 * record is always caught; other damage slips through with probability 2^-24.
 */
const POLY = 0x864cfb;
const INIT = 0xb704ce;

/** CRC-24 of `bits` (0/1 values, MSB-first), seeded with `tag` so records of one kind cannot pass as another. */
export function crc24(bits: readonly number[], tag: number): number {
  let crc = INIT ^ (tag & 0xffffff);
  for (const bit of bits) {
    const top = ((crc >>> 23) & 1) ^ bit;
    crc = (crc << 1) & 0xffffff;
    if (top) crc ^= POLY;
  }
  return crc;
}
