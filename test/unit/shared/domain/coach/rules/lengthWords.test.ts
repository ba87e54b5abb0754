import { findingOf, message, profile, prose } from '../coachFixtures';

const ASK = ' Could you confirm Monday works?';

describe('length.words', () => {
  it('is quiet from 25 to 125 words', () => {
    expect(findingOf('length.words', message(prose(110) + ASK))).toBeUndefined();
    expect(findingOf('length.words', message(prose(30) + ASK))).toBeUndefined();
  });

  it('suggests cutting above 125 words and warns above 250', () => {
    const long = findingOf('length.words', message(prose(150) + ASK));
    expect(long?.severity).toBe('suggestion');
    expect(long?.reason).toMatch(/^155 words: 50–125-word emails/);
    expect(findingOf('length.words', message(prose(260) + ASK))?.severity).toBe('warning');
  });

  it('is stricter for a contact who reads on a phone', () => {
    const phone = profile({ notes: 'Reads email on his phone, mostly.' });
    const msg = message(prose(80) + ASK);
    expect(findingOf('length.words', msg)).toBeUndefined();
    expect(findingOf('length.words', msg, phone)?.reason).toBe(
      '85 words and Dana reads on a phone: keep it under 75 so it can be answered there.',
    );
    expect(
      findingOf('length.words', msg, profile({ notes: 'Never reads mail on the phone.' })),
    ).toBeUndefined();
  });

  it('notes a very short new ask without context, but not a reply, a reminder or a phone reader', () => {
    const short = message('Can you send me the price list?');
    expect(findingOf('length.words', short)?.severity).toBe('info');
    expect(findingOf('length.words', { ...short, composeType: 'reply' })).toBeUndefined();
    expect(
      findingOf('length.words', message('Just following up: can you send me the price list?')),
    ).toBeUndefined();
    expect(findingOf('length.words', short, profile({ notes: 'on her iPhone all day' }))).toBeUndefined();
    expect(findingOf('length.words', message('Thanks, got it.'))).toBeUndefined();
  });
});
