import { askKind, asksDetect } from '../../../../../src/shared/domain/coach/asksDetect';
import { EN_SEND } from '../../../../../src/shared/domain/coach/lang/enSend';

const kind = (sentence: string) => askKind(sentence, EN_SEND);

describe('askKind', () => {
  it.each([
    'Could you confirm that Monday works?',
    'Which of the two dates suits your team better?',
    'Thoughts?',
    'Hope you are well \u2013 could you send the file?',
    'Do you have any questions, or should we set up a call?',
  ])('a question: %s', (s) => {
    expect(kind(s)).toBe('question');
  });

  it.each([
    'Please send the signed form by Thursday.',
    'Send me the draft when it is ready.',
    'Also, please review section 3.',
    'Let me know which option you prefer.',
    'Let me know.',
    'I would appreciate your feedback by Friday.',
    'Could you send it over when you can.',
    "Let's schedule a call next week.",
    'Your approval by Monday would keep the slot.',
    'Kindly return the form.',
    'It would be great if you could join.',
  ])('a request: %s', (s) => {
    expect(kind(s)).toBe('request');
  });

  it.each([
    'How are you?',
    'How was your trip to Chicago?',
    'Hope you had a great weekend!',
    'Let me know if you have any questions.',
    "Please don't hesitate to reach out.",
    'Please find attached the report.',
    'Please note the office is closed on Monday.',
    'Feel free to forward this to your team.',
    'I look forward to hearing from you.',
    'No need to reply.',
    'The installers arrive on Monday.',
    'Call you tomorrow.',
    'Happy to help with anything else.',
  ])('not an ask: %s', (s) => {
    expect(kind(s)).toBeNull();
  });

  it('strips a courtesy formula but keeps a real ask in the same sentence', () => {
    expect(kind('Let me know if you have any questions, and please confirm the date by Friday.')).toBe(
      'request',
    );
  });
});

describe('asksDetect', () => {
  it('returns the asking sentences with their kind and position', () => {
    const asks = asksDetect(
      ['How are you?', 'The report is ready.', 'Could you review it?', 'Send notes by Friday.'],
      EN_SEND,
    );
    expect(asks).toEqual([
      { kind: 'question', sentence: 'Could you review it?', index: 2 },
      { kind: 'request', sentence: 'Send notes by Friday.', index: 3 },
    ]);
  });
});
