import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EN_COACH } from '../../../../../../src/shared/domain/coach/lang/en';

const list = JSON.parse(
  readFileSync(join(__dirname, '../../../../../fixtures/coach-syllables/en.json'), 'utf8'),
) as {
  words: Record<string, number>;
};

describe('English syllable counter', () => {
  it('counts at least 97% of a list of common business words right (the reading grade depends on it)', () => {
    const entries = Object.entries(list.words);
    const wrong = entries.filter(([word, n]) => EN_COACH.syllables(word) !== n).map(([word]) => word);
    expect(entries.length).toBeGreaterThanOrEqual(150);
    expect(wrong.length / entries.length).toBeLessThanOrEqual(0.03);
  });

  it('ignores case and never returns less than one', () => {
    expect(EN_COACH.syllables('GOING')).toBe(2);
    expect(EN_COACH.syllables('hmm')).toBe(1);
  });
});

describe('English syllables on Object.prototype names', () => {
  it('counts "constructor" as a word, not an exception entry', () => {
    expect(EN_COACH.syllables('constructor')).toBe(3);
    expect(EN_COACH.syllables('valueOf')).toBeGreaterThanOrEqual(2);
  });
});
