import { findingOf, message } from '../coachFixtures';

describe('tone.emotional', () => {
  it.each([
    'This is unacceptable.',
    'I am extremely frustrated with the delays.',
    'The files MUST be uploaded BEFORE Friday.',
    'Where are the keys?!! Call me.',
    'We waited! And waited! And nobody came!',
    'Frankly, what a mess.',
  ])('suggests calmer wording for "%s"', (body) => {
    expect(findingOf('tone.emotional', message(body))?.severity).toBe('suggestion');
  });

  it.each([
    'Great news! The board approved the budget.',
    'Please send the signed NDA and the SOW by EOD Friday. FYI, the PO is ready.',
    'The URGENT tag is on the ticket.',
    'I am happy with the results.',
  ])('is quiet for "%s"', (body) => {
    expect(findingOf('tone.emotional', message(body))).toBeUndefined();
  });
});
