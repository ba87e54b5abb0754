/**
 * How records write the strings that several records share (addresses, names, zones). In roaming
 * settings they go to a table stored once and records hold its index; in an item's custom properties
 * (one record) they are written inline.
 */
import type { BitReader, BitWriter } from './bits';
import { BitsError } from './bits';
import { textRead, textWrite } from './textBits';

export interface StringsOut {
  write(w: BitWriter, text: string): void;
}

export interface StringsIn {
  read(r: BitReader): string;
}

/** Thrown when a record points at a shared string that was lost (damaged); the record is reported. */
export class MissingStringError extends BitsError {}

export const INLINE_OUT: StringsOut = { write: textWrite };
export const INLINE_IN: StringsIn = { read: textRead };

/** Collects shared strings in first-use order. */
export class StringTableOut implements StringsOut {
  readonly strings: string[] = [];
  private readonly index = new Map<string, number>();

  write(w: BitWriter, text: string): void {
    let at = this.index.get(text);
    if (at === undefined) {
      at = this.strings.length;
      this.strings.push(text);
      this.index.set(text, at);
    }
    w.varuint(at, 6);
  }
}

/** Resolves indexes against the strings that decoded intact. */
export class StringTableIn implements StringsIn {
  constructor(private readonly strings: ReadonlyMap<number, string>) {}

  read(r: BitReader): string {
    const at = r.varuint(6);
    const text = this.strings.get(at);
    if (text === undefined) throw new MissingStringError(`shared string ${at} is missing`);
    return text;
  }
}
