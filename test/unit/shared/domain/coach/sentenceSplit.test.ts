import { EN_SEND } from '../../../../../src/shared/domain/coach/lang/enSend';
import { sentenceSplit } from '../../../../../src/shared/domain/coach/sentenceSplit';

const split = (text: string) => sentenceSplit(text, EN_SEND.abbreviations);

describe('sentenceSplit', () => {
  it('splits on terminal punctuation followed by a space', () => {
    expect(split('One thing. Two things! Three? Four…')).toEqual([
      'One thing.',
      'Two things!',
      'Three?',
      'Four…',
    ]);
  });

  it('keeps abbreviations, initials, decimals and addresses inside a sentence', () => {
    expect(
      split('Dr. Reyes and J. Smith met e.g. at 9 a.m. today. Version 2.5 ships to sam@x.com soon.'),
    ).toEqual(['Dr. Reyes and J. Smith met e.g. at 9 a.m. today.', 'Version 2.5 ships to sam@x.com soon.']);
  });

  it('does not split before a lower-case word after a dot', () => {
    expect(split('We ship approx. five units. Then we stop.')).toEqual([
      'We ship approx. five units.',
      'Then we stop.',
    ]);
  });

  it('splits after a question mark even before lower case', () => {
    expect(split('are you free? i was thinking Friday')).toEqual(['are you free?', 'i was thinking Friday']);
  });

  it('treats paragraphs, list items and new lines that start a thought as boundaries', () => {
    expect(
      split('Thanks for the call\nHere is the plan\n\n- send the list\n- book the room\n1. train the team'),
    ).toEqual([
      'Thanks for the call',
      'Here is the plan',
      'send the list',
      'book the room',
      'train the team',
    ]);
  });

  it('joins a line that runs on in lower case', () => {
    expect(split('Could you send the report\nby Friday?')).toEqual(['Could you send the report by Friday?']);
  });

  it('keeps closing quotes and brackets with their sentence and drops pieces without letters', () => {
    expect(split('He said "yes." (It works.) :-) 123.')).toEqual(['He said "yes."', '(It works.)']);
  });
});
