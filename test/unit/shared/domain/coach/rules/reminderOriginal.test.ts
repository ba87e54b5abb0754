import { findingOf, message } from '../coachFixtures';

const REMINDER =
  'Just following up on the proposal I sent last week. Could we set up a call to go through it?';

describe('reminder.original', () => {
  it.each([
    REMINDER,
    'Any update on the renewal?',
    'Did you have a chance to look at the quote?',
    'Is this stuck in your spam filter, or do you need more time?',
    'Bumping this to the top of your inbox.',
    'I wanted to check whether you received the renewal quote I sent on Monday.',
    'Have you seen the updated proposal?',
  ])('suggests including the original: %s', (body) => {
    expect(findingOf('reminder.original', message(body))?.severity).toBe('suggestion');
  });

  it('reads the subject too', () => {
    expect(
      findingOf(
        'reminder.original',
        message('Could you send the form by Thursday?', { subject: 'Reminder: order form' }),
      )?.excerpts,
    ).toEqual(['reminder']);
  });

  it('is quiet when the original is quoted or Outlook adds it (reply or forward)', () => {
    expect(
      findingOf('reminder.original', message(`${REMINDER}\n\n-----Original Message-----\nFrom: Sam`)),
    ).toBeUndefined();
    expect(findingOf('reminder.original', message(REMINDER, { composeType: 'reply' }))).toBeUndefined();
    expect(findingOf('reminder.original', message(REMINDER, { subject: 'RE: Proposal' }))).toBeUndefined();
  });

  it('is quiet for a recap that follows up on a meeting', () => {
    expect(
      findingOf(
        'reminder.original',
        message('Following up on our call today, here are the three actions we agreed.'),
      ),
    ).toBeUndefined();
  });
});
