import fc from 'fast-check';
import { BitReader, BitWriter } from '../../../../src/shared/storage/bits';
import { crc24 } from '../../../../src/shared/storage/crc24';
import { idKey, idKeyValid } from '../../../../src/shared/storage/idKey';
import { textRead, textWrite } from '../../../../src/shared/storage/textBits';
import { PACKINGS } from '../../../../src/shared/storage/textPacking';
import { anyText } from '../../../fixtures/storageArbitraries';

describe('bits, packing and text', () => {
  it('property: pack/unpack keeps the bits (plus zero padding) in both packings', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1 }), { maxLength: 200 }),
        fc.constantFrom('a' as const, 'd' as const),
        (bits, id) => {
          const packing = PACKINGS[id];
          const padded = [...bits, ...new Array<number>(packing.padFor(bits.length)).fill(0)];
          expect(packing.unpack(packing.pack(padded))).toEqual(padded);
        },
      ),
    );
  });

  it('packs into characters JSON.stringify leaves alone (no quote, backslash, control, surrogate)', () => {
    for (const id of ['a', 'd'] as const) {
      const all = PACKINGS[id].pack(
        Array.from({ length: 14 * 20_000 }, (_, i) => ((i * 7919) % 3 === 0 ? 1 : 0)),
      );
      expect(JSON.stringify(all).length).toBe(all.length + 2);
      const bad = [...all].filter(
        (c) => c < ' ' || c === '"' || c === '\\' || c === '~' || (c >= '\ud800' && c <= '\udfff'),
      );
      expect(bad).toEqual([]);
    }
    expect(PACKINGS.d.unpack('a')).toBeNull();
    expect(PACKINGS.a.unpack('~')).toBeNull();
  });

  it('property: any string round-trips through the text models, and numbers through varints', () => {
    fc.assert(
      fc.property(anyText(40), fc.maxSafeNat(), fc.integer(), (text, n, signed) => {
        const w = new BitWriter();
        textWrite(w, text);
        w.varuint(n, 5).varint(signed, 3);
        const r = new BitReader(w.bits);
        expect(textRead(r)).toBe(text);
        expect(r.varuint(5)).toBe(n);
        expect(r.varint(3)).toBe(signed);
        expect(r.remaining).toBe(0);
      }),
    );
  });

  it('uses 6 bits per character for addresses and 7 for plain text', () => {
    const bitsOf = (text: string) => {
      const w = new BitWriter();
      textWrite(w, text);
      return w.bits.length;
    };
    expect(bitsOf('ana.kowalski@contoso.example')).toBe(2 + 10 + 28 * 6);
    expect(bitsOf('Proposal Q3 "next" steps')).toBe(2 + 10 + 24 * 7);
  });

  it('CRC-24 differs for any single flipped bit and for another tag', () => {
    const bits: number[] = Array.from({ length: 300 }, (_, i) => (i % 5 === 0 ? 1 : 0));
    const crc = crc24(bits, 1);
    for (let i = 0; i < bits.length; i += 1) {
      const flipped = [...bits];
      flipped[i] = 1 - flipped[i]!;
      expect(crc24(flipped, 1)).not.toBe(crc);
    }
    expect(crc24(bits, 2)).not.toBe(crc);
  });

  it('makes 8-character keys of long ids', () => {
    expect(idKey('AAQkAGI2TG93AAA=')).toMatch(/^[0-9a-v]{8}$/);
    expect(idKey('a')).not.toBe(idKey('b'));
    expect(idKeyValid(idKey('x'))).toBe(true);
    expect(idKeyValid('ZZ')).toBe(false);
  });
});
