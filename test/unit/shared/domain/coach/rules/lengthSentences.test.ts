import { findingOf, message, profile, prose } from '../coachFixtures';

describe('length.sentences', () => {
  it('is quiet at 8 sentences or fewer', () => {
    expect(findingOf('length.sentences', message(prose(80, 10)))).toBeUndefined();
  });

  it('suggests fewer above 8 and warns above 16', () => {
    expect(findingOf('length.sentences', message(prose(90, 10)))).toMatchObject({
      severity: 'suggestion',
      reason: '9 sentences: busy decision makers answer emails of 8 sentences or fewer (3 is better).',
    });
    expect(findingOf('length.sentences', message(prose(170, 10)))?.severity).toBe('warning');
  });

  it('for a phone reader: info above 3, suggestion above 5', () => {
    const phone = profile({ notes: 'VP, reads mail on her mobile between meetings' });
    expect(findingOf('length.sentences', message(prose(30, 10)), phone)).toBeUndefined();
    expect(findingOf('length.sentences', message(prose(40, 10)), phone)?.severity).toBe('info');
    expect(findingOf('length.sentences', message(prose(60, 10)), phone)).toMatchObject({
      severity: 'suggestion',
      reason: '6 sentences and Dana reads on a phone: 3 is ideal, 5 at most.',
    });
  });
});
