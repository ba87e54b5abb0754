import { EN_COACH } from '../../../../../src/shared/domain/coach/lang/en';
import { readability } from '../../../../../src/shared/domain/coach/readability';

describe('English syllables (the syllable package)', () => {
  it.each([
    ['the', 1],
    ['business', 2],
    ['delivered', 3],
    ['shipment', 2],
    ['apologize', 4],
    ['area', 3],
    ['queue', 1],
    ['recipe', 3],
    ['wednesday', 2],
    ['utilization', 5],
    ['organizational', 6],
    ['scanners', 2],
    ['Thursday', 2],
  ])('%s has %i', (word, n) => {
    expect(EN_COACH.syllables(word)).toBe(n);
  });
});

describe('readability (Flesch–Kincaid grade)', () => {
  it('computes 0.39 × words/sentences + 11.8 × syllables/words − 15.59', () => {
    // 2 sentences, 8 words, 10 syllables with a counter that gives 1 per word plus 1 for "business" and "meeting".
    const r = readability(['The business meeting is at noon.', 'We met.'], (w) =>
      w === 'business' || w === 'meeting' ? 2 : 1,
    );
    expect(r).toEqual({
      words: 8,
      sentences: 2,
      syllables: 10,
      grade: Math.round((0.39 * 4 + 11.8 * 1.25 - 15.59) * 10) / 10,
      longestSentence: 6,
    });
  });

  it('counts numbers as one syllable and links as one word', () => {
    const r = readability(['Call 555 0147 or see https://contoso.example/a/b today.'], () => 1);
    expect(r.words).toBe(7);
  });

  it('has no grade without words', () => {
    expect(readability([], () => 1).grade).toBeNull();
  });

  it('grades plain and dense English far apart', () => {
    const plain = readability(
      ['We found why the scans arrive late.', 'The signal does not reach the back of the room.'],
      EN_COACH.syllables,
    );
    const dense = readability(
      [
        'Comprehensive modernization of operational infrastructure necessitates interdepartmental coordination.',
      ],
      EN_COACH.syllables,
    );
    expect(plain.grade).toBeLessThan(5);
    expect(dense.grade).toBeGreaterThan(20);
  });
});
