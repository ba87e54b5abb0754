import { findingOf, message, profile } from '../coachFixtures';

const APOLOGY =
  "I'm sorry: the 40 laptops we promised for Friday did not arrive. Could you tell me who should sign for the replacements?";

describe('badNews.call', () => {
  it('warns and gives the contact phone and best time', () => {
    expect(findingOf('badNews.call', message(APOLOGY), profile())?.reason).toBe(
      'Reads as an apology about a missed or late delivery: call Dana Reyes first at +1 212 555 0147, best Tue\u2013Thu 9:00\u201311:00 (America/New_York), then send a short recap of what you agreed.',
    );
  });

  it('still suggests a call without a profile', () => {
    expect(findingOf('badNews.call', message(APOLOGY))).toMatchObject({
      severity: 'warning',
      reason:
        'Reads as an apology about a missed or late delivery: call them first, then send a short recap of what you agreed.',
    });
  });

  it('reads the subject', () => {
    expect(
      findingOf('badNews.call', message('Details below.', { subject: 'Price increase from April' })),
    ).toBeDefined();
  });

  it('is quiet for routine apologies and for bad news only in the quoted history', () => {
    expect(findingOf('badNews.call', message('Sorry for the late reply. Thursday works.'))).toBeUndefined();
    expect(
      findingOf('badNews.call', message(`Thanks, noted.\n\nOn Mon, Dana wrote:\n> ${APOLOGY}`)),
    ).toBeUndefined();
  });
});
