/**
 * Bit-level writer and reader for the compact codec. Bits are kept MSB-first in a plain number array
 * (0/1); a whole roaming blob is at most 32 K characters × 14 bits, so this stays small. Values up to
 * 2^53 are written with arithmetic (no 32-bit bit operators), so instants and stamps are safe.
 */

/** Thrown by BitReader on malformed input; record decoders catch it and report the record as damaged. */
export class BitsError extends Error {
  override readonly name = 'BitsError';
}

export class BitWriter {
  readonly bits: number[] = [];

  /** Appends `value` (a non-negative integer < 2^width) as `width` bits. */
  uint(value: number, width: number): this {
    if (!Number.isInteger(value) || value < 0 || value >= 2 ** width) {
      throw new BitsError(`value ${value} does not fit in ${width} bits`);
    }
    if (width <= 31) {
      for (let bit = width - 1; bit >= 0; bit -= 1) this.bits.push((value >>> bit) & 1);
    } else {
      for (let bit = width - 1; bit >= 0; bit -= 1) this.bits.push(Math.floor(value / 2 ** bit) % 2);
    }
    return this;
  }

  bool(value: boolean): this {
    this.bits.push(value ? 1 : 0);
    return this;
  }

  /** Variable length: groups of `chunk` bits, low group first, each followed by a "more" bit. */
  varuint(value: number, chunk: number): this {
    if (!Number.isSafeInteger(value) || value < 0) throw new BitsError(`value ${value} is not a count`);
    let rest = value;
    for (;;) {
      const low = rest % 2 ** chunk;
      rest = Math.floor(rest / 2 ** chunk);
      this.uint(low, chunk);
      this.bool(rest > 0);
      if (rest === 0) return this;
    }
  }

  /** Signed variable length (zigzag). */
  varint(value: number, chunk: number): this {
    if (!Number.isSafeInteger(value)) throw new BitsError(`value ${value} is not an integer`);
    return this.varuint(value >= 0 ? value * 2 : -value * 2 - 1, chunk);
  }

  append(other: readonly number[]): this {
    for (const bit of other) this.bits.push(bit);
    return this;
  }
}

export class BitReader {
  private position = 0;

  constructor(private readonly bits: readonly number[]) {}

  get remaining(): number {
    return this.bits.length - this.position;
  }

  uint(width: number): number {
    if (width > this.remaining) throw new BitsError('record ends early');
    let value = 0;
    const bits = this.bits;
    for (let i = 0; i < width; i += 1) value = value * 2 + bits[this.position++]!;
    return value;
  }

  bool(): boolean {
    return this.uint(1) === 1;
  }

  varuint(chunk: number): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      value += this.uint(chunk) * scale;
      scale *= 2 ** chunk;
      if (!this.bool()) break;
      if (scale > 2 ** 53) throw new BitsError('number too large');
    }
    if (!Number.isSafeInteger(value)) throw new BitsError('number too large');
    return value;
  }

  varint(chunk: number): number {
    const zigzag = this.varuint(chunk);
    return zigzag % 2 === 0 ? zigzag / 2 : -(zigzag + 1) / 2;
  }

  /** Fails unless only zero padding (fewer than `maxPad` bits) is left. */
  end(maxPad: number): void {
    if (this.remaining >= maxPad) throw new BitsError('unexpected data after the record');
    while (this.remaining > 0) if (this.uint(1) !== 0) throw new BitsError('non-zero padding');
  }
}
