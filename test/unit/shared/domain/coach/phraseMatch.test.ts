import { EN_SEND } from '../../../../../src/shared/domain/coach/lang/enSend';
import {
  matchNormalize,
  phraseMatches,
  phraseRegExp,
  phraseRemove,
  phraseTest,
} from '../../../../../src/shared/domain/coach/phraseMatch';

describe('matchNormalize', () => {
  it('lower-cases, makes quotes plain and expands English contractions', () => {
    expect(
      matchNormalize(
        'We DIDN\u2019T ship; I\u2019m sorry, it\u2019s late and we won\u2019t   make it',
        EN_SEND,
      ),
    ).toBe('we did not ship; i am sorry, it is late and we will not make it');
    expect(matchNormalize("You can't, they've, we'll, she'd, cannot", EN_SEND)).toBe(
      'you can not, they have, we will, she would, can not',
    );
  });
});

describe('phrase lists', () => {
  const macros = { fruit: 'apples?|pears?' };
  const phrases = ['ripe {fruit}', 'frustrat\\w*'];

  it('match whole words only, with macros expanded', () => {
    expect(phraseMatches('ripe pears and ripe apples, frustrating!', phrases, macros)).toEqual([
      'ripe pears',
      'ripe apples',
      'frustrating',
    ]);
    expect(phraseTest('unripe pearsx', phrases, macros)).toBe(false);
  });

  it('are compiled once per list and safe to reuse (lastIndex is reset)', () => {
    expect(phraseRegExp(phrases, macros)).toBe(phraseRegExp(phrases, macros));
    expect(phraseTest('ripe pear', phrases, macros)).toBe(true);
    expect(phraseTest('ripe pear', phrases, macros)).toBe(true);
  });

  it('remove matches', () => {
    expect(phraseRemove('a ripe pear here', phrases, macros)).toBe('a   here');
  });

  it('an empty list matches nothing', () => {
    expect(phraseMatches('anything', [])).toEqual([]);
  });
});
