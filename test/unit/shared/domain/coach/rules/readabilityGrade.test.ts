import { findingOf, message, prose } from '../coachFixtures';

const HARD =
  'Following an extensive evaluation of operational requirements across your organization, our recommendation is a comprehensive modernization of the scanning infrastructure, incorporating interoperability considerations and centralized administration capabilities. Could we schedule a review?';

describe('readability.grade', () => {
  it('is quiet for plain text', () => {
    expect(findingOf('readability.grade', message(prose(60)))).toBeUndefined();
  });

  it('warns for graduate-level text and names the formula', () => {
    const f = findingOf('readability.grade', message(HARD));
    expect(f?.severity).toBe('warning');
    expect(f?.reason).toMatch(
      /^Reading grade \d+\.\d \(Flesch–Kincaid\): aim for 8 or below; split long sentences \(longest: 27 words\)/,
    );
  });

  it('suggests for long sentences of short words (grade 10–14)', () => {
    expect(findingOf('readability.grade', message(prose(80, 40)))?.severity).toBe('suggestion');
  });

  it('does not grade fewer than 30 words', () => {
    expect(
      findingOf(
        'readability.grade',
        message('Following an extensive evaluation, modernization is recommended.'),
      ),
    ).toBeUndefined();
  });
});
