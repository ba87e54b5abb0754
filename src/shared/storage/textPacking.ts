/**
 * Turns bits into characters that cost exactly one character each in the roaming accounting
 * (JSON.stringify of JSON.stringify'd values, platform.md): no quote, no backslash, no control
 * character, no surrogate. Two packings:
 *
 * - 'a' (ASCII): 91 symbols, U+0021–U+007D without `"` and `\`; 13 bits per 2 characters (6.5 bits
 *   per character). Safe everywhere; used whenever the data fits.
 * - 'd' (dense): 14 bits per character with CJK Unified Ideographs U+4E00–U+8DFF. Every one is a
 *   valid XML character with no Unicode decomposition (stable under NFC/NFD/NFKC/NFKD), and
 *   JSON.stringify leaves it as is. 2.15× denser than 'a'; used only when 'a' does not fit
 *   (docs/storage.md states the risks).
 *
 * `~` (U+007E), space and everything else outside the alphabets are free for framing.
 */

export type PackingId = 'a' | 'd';

export interface Packing {
  readonly id: PackingId;
  /** Zero bits appended so that `bitLength` plus padding fills whole characters. */
  padFor(bitLength: number): number;
  /** Bits (length including padFor) → characters. */
  pack(bits: readonly number[]): string;
  /** Characters → bits (padding included), or null when a character is outside the alphabet. */
  unpack(text: string): number[] | null;
}

const ASCII_SYMBOLS = Array.from({ length: 0x7d - 0x21 + 1 }, (_, i) => String.fromCharCode(0x21 + i))
  .filter((c) => c !== '"' && c !== '\\')
  .join('');
const ASCII_BASE = ASCII_SYMBOLS.length; // 91: 91² = 8281 ≥ 2^13
const ASCII_INDEX = new Map([...ASCII_SYMBOLS].map((c, i) => [c, i]));

function readBits(bits: readonly number[], from: number, width: number): number {
  let value = 0;
  for (let i = 0; i < width; i += 1) value = value * 2 + (bits[from + i] ?? 0);
  return value;
}

function pushBits(out: number[], value: number, width: number): void {
  for (let bit = width - 1; bit >= 0; bit -= 1) out.push((value >> bit) & 1);
}

const ascii: Packing = {
  id: 'a',
  padFor(bitLength) {
    const rest = bitLength % 13;
    if (rest === 0) return 0;
    return rest <= 6 ? 6 - rest : 13 - rest;
  },
  pack(bits) {
    let out = '';
    let at = 0;
    for (; bits.length - at >= 13; at += 13) {
      const value = readBits(bits, at, 13);
      out += ASCII_SYMBOLS[value % ASCII_BASE]! + ASCII_SYMBOLS[Math.floor(value / ASCII_BASE)]!;
    }
    if (at < bits.length) out += ASCII_SYMBOLS[readBits(bits, at, 6)]!;
    return out;
  },
  unpack(text) {
    const out: number[] = [];
    let at = 0;
    for (; text.length - at >= 2; at += 2) {
      const low = ASCII_INDEX.get(text[at]!);
      const high = ASCII_INDEX.get(text[at + 1]!);
      if (low === undefined || high === undefined) return null;
      const value = high * ASCII_BASE + low;
      if (value >= 2 ** 13) return null;
      pushBits(out, value, 13);
    }
    if (at < text.length) {
      const value = ASCII_INDEX.get(text[at]!);
      if (value === undefined || value >= 64) return null;
      pushBits(out, value, 6);
    }
    return out;
  },
};

const DENSE_FIRST = 0x4e00;
const DENSE_BITS = 14;

const dense: Packing = {
  id: 'd',
  padFor(bitLength) {
    return (DENSE_BITS - (bitLength % DENSE_BITS)) % DENSE_BITS;
  },
  pack(bits) {
    let out = '';
    for (let at = 0; at < bits.length; at += DENSE_BITS) {
      out += String.fromCharCode(DENSE_FIRST + readBits(bits, at, DENSE_BITS));
    }
    return out;
  },
  unpack(text) {
    const out: number[] = [];
    for (let i = 0; i < text.length; i += 1) {
      const value = text.charCodeAt(i) - DENSE_FIRST;
      if (value < 0 || value >= 2 ** DENSE_BITS) return null;
      pushBits(out, value, DENSE_BITS);
    }
    return out;
  },
};

export const PACKINGS: Readonly<Record<PackingId, Packing>> = { a: ascii, d: dense };

/** The packing named by a header character, or null. */
export function packingById(id: string): Packing | null {
  return id === 'a' || id === 'd' ? PACKINGS[id] : null;
}
