import { findingOf, message, prose } from '../coachFixtures';

describe('readability.longWords', () => {
  it('offers a plainer word for a formal one, inflections included', () => {
    const f = findingOf(
      'readability.longWords',
      message(`${prose(40)} We will leverage the export and are utilizing it now.`),
    );
    expect(f?.reason).toBe(
      'Long or formal words (leverage \u2192 use, utilizing \u2192 use): plainer ones read faster, especially on a phone.',
    );
    expect(f?.excerpts).toEqual(['leverage', 'utilizing']);
  });

  it('flags several long words in a short text', () => {
    const f = findingOf(
      'readability.longWords',
      message(
        'The reorganization necessitates reconsideration of interdepartmental accountability. Can we talk?',
      ),
    );
    expect(f?.excerpts).toEqual([
      'reorganization',
      'necessitates',
      'reconsideration',
      'interdepartmental',
      'accountability',
    ]);
  });

  it('ignores names, common long words and a single long word in a long text', () => {
    expect(
      findingOf(
        'readability.longWords',
        message('I will be in Philadelphia with Montgomery Logistics and Conshohocken Partners on Tuesday.'),
      ),
    ).toBeUndefined();
    expect(
      findingOf(
        'readability.longWords',
        message('Unfortunately the information about availability is not ready.'),
      ),
    ).toBeUndefined();
    expect(
      findingOf('readability.longWords', message(`${prose(100)} The reorganization is done.`)),
    ).toBeUndefined();
  });
});

describe('readability.longWords on Object.prototype names', () => {
  it('has no plain-word swap for "constructor" or "toString"', () => {
    expect(
      findingOf('readability.longWords', message('The constructor and toString of the valueOf.')),
    ).toBeUndefined();
  });
});
