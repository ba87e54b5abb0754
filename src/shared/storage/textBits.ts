/**
 * Strings inside records. Each string picks the cheapest of three models: 6 bits per character for
 * addresses, zones and handles (lower case, digits, common punctuation; upper case and anything else
 * escaped), 7 bits for ASCII text, 16 bits per UTF-16 code unit for the rest. Any string round-trips
 * exactly, lone surrogates included.
 */
import type { BitReader, BitWriter } from './bits';
import { BitsError } from './bits';

const SIX = "abcdefghijklmnopqrstuvwxyz0123456789.@-_+/: ,'()&=?#%!*;[]$~<>";
const SIX_UPPER = 62;
const SIX_ESCAPE = 63;
const SIX_INDEX = new Map([...SIX].map((c, i) => [c, i]));
const SEVEN_ESCAPE = 127;

function sixCost(text: string): number {
  let bits = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (SIX_INDEX.has(c)) bits += 6;
    else if (c >= 'A' && c <= 'Z') bits += 11;
    else bits += 22;
  }
  return bits;
}

function sevenCost(text: string): number {
  let bits = 0;
  for (let i = 0; i < text.length; i += 1) bits += text.charCodeAt(i) < SEVEN_ESCAPE ? 7 : 23;
  return bits;
}

/** Writes `text` with its length and model. */
export function textWrite(w: BitWriter, text: string): void {
  const costs = [sixCost(text), sevenCost(text), text.length * 16];
  const model = costs.indexOf(Math.min(...costs));
  w.uint(model, 2).varuint(text.length, 4);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (model === 2) {
      w.uint(code, 16);
    } else if (model === 1) {
      if (code < SEVEN_ESCAPE) w.uint(code, 7);
      else w.uint(SEVEN_ESCAPE, 7).uint(code, 16);
    } else {
      const c = text[i]!;
      const index = SIX_INDEX.get(c);
      if (index !== undefined) w.uint(index, 6);
      else if (c >= 'A' && c <= 'Z') w.uint(SIX_UPPER, 6).uint(code - 65, 5);
      else w.uint(SIX_ESCAPE, 6).uint(code, 16);
    }
  }
}

/** Reads a string written by textWrite. */
export function textRead(r: BitReader): string {
  const model = r.uint(2);
  if (model === 3) throw new BitsError('unknown text model');
  const length = r.varuint(4);
  if (length > r.remaining) throw new BitsError('text longer than its record');
  const codes: number[] = [];
  for (let i = 0; i < length; i += 1) {
    if (model === 2) {
      codes.push(r.uint(16));
    } else if (model === 1) {
      const code = r.uint(7);
      codes.push(code === SEVEN_ESCAPE ? r.uint(16) : code);
    } else {
      const index = r.uint(6);
      if (index === SIX_UPPER) {
        const letter = r.uint(5);
        if (letter > 25) throw new BitsError('bad upper-case letter');
        codes.push(65 + letter);
      } else if (index === SIX_ESCAPE) codes.push(r.uint(16));
      else codes.push(SIX.charCodeAt(index));
    }
  }
  let out = '';
  for (let i = 0; i < codes.length; i += 4096) out += String.fromCharCode(...codes.slice(i, i + 4096));
  return out;
}
