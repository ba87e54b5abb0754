import fc from 'fast-check';
import {
  intervalsContain,
  intervalsIntersect,
  intervalsNormalize,
  intervalsSubtract,
  type Interval,
} from '../../../../src/shared/domain/intervalSet';

const intervals = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 20 })), { maxLength: 6 })
  .map((pairs) => intervalsNormalize(pairs.map(([start, length]) => ({ start, end: start + length }))));

const member = (list: readonly Interval[], t: number): boolean => intervalsContain(list, t);

describe('interval sets', () => {
  it('normalize sorts, merges touching and overlapping spans, drops empty ones', () => {
    expect(
      intervalsNormalize([
        { start: 10, end: 20 },
        { start: 0, end: 5 },
        { start: 5, end: 7 },
        { start: 15, end: 30 },
        { start: 40, end: 40 },
      ]),
    ).toEqual([
      { start: 0, end: 7 },
      { start: 10, end: 30 },
    ]);
  });

  it('intersect and subtract agree with point membership (property)', () => {
    fc.assert(
      fc.property(intervals, intervals, (a, b) => {
        const both = intervalsIntersect(a, b);
        const rest = intervalsSubtract(a, b);
        for (let t = -1; t <= 82; t += 1) {
          expect(member(both, t)).toBe(member(a, t) && member(b, t));
          expect(member(rest, t)).toBe(member(a, t) && !member(b, t));
        }
        expect(intervalsNormalize(rest)).toEqual(rest);
        expect(intervalsNormalize(both)).toEqual(both);
      }),
      { numRuns: 500 },
    );
  });
});
