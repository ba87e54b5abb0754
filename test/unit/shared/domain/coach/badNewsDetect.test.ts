import { badNewsDetect, badNewsLabel } from '../../../../../src/shared/domain/coach/badNewsDetect';
import { EN_SEND } from '../../../../../src/shared/domain/coach/lang/enSend';

const detect = (text: string) => badNewsDetect(text, EN_SEND);

describe('badNewsDetect', () => {
  it.each([
    ['missedDelivery', 'The 40 laptops we promised for Friday did not arrive.'],
    ['missedDelivery', "Your order hasn't shipped yet and won't arrive until next week."],
    ['missedDelivery', 'We missed the deadline for the report.'],
    ['missedDelivery', 'The migration is delayed by three days.'],
    ['missedDelivery', 'The parts were lost in transit.'],
    ['apology', "I'm so sorry about yesterday's call."],
    ['apology', 'We apologise for the error on your invoice.'],
    ['apology', 'That was our mistake, and it will not happen again.'],
    ['complaint', 'I understand your frustration with the onboarding.'],
    ['complaint', 'Thank you for raising this; we have issued a full refund.'],
    ['other', 'Our prices will increase by 8% from April.'],
    ['other', 'We have to cancel the workshop on the 14th.'],
    ['other', 'Yesterday\u2019s outage affected your stores.'],
    ['other', 'We regret to inform you that the programme is closing.'],
    ['other', 'We will not be able to renew the contract.'],
  ])('bad news (%s): %s', (kind, text) => {
    const verdict = detect(text);
    expect(verdict.badNews).toBe(true);
    expect(verdict.kinds).toContain(kind);
    expect(verdict.evidence.length).toBeGreaterThan(0);
  });

  it.each([
    'Sorry for the late reply, Thursday works.',
    "I'm so sorry for the slow response, here are the numbers.",
    'We apologize for the delay in getting back to you.',
    'My apologies for the short notice, can we move to 3 pm?',
    'Apologies for the delay in getting back to you.',
    "I'm sorry, I can't make lunch tomorrow.",
    'Sorry to bother you again about the dates.',
    'Sorry for the confusion, the right file is attached.',
    'No problem at all.',
    'Unfortunately I am out of the office on Friday.',
    'The delivery arrived on time and was signed for.',
    'There was a small issue with the layout, now fixed.',
    'Great news: the order shipped two days early!',
    'Following up on the late fee question from our call.',
  ])('not bad news: %s', (text) => {
    expect(detect(text)).toEqual({ badNews: false, kinds: [], evidence: [] });
  });

  it('decides on weak signals only when several kinds agree', () => {
    expect(detect('Unfortunately there was a delay, and we regret the inconvenience.').badNews).toBe(true);
    expect(detect('Unfortunately the meeting is late.').badNews).toBe(false);
  });
});

describe('badNewsLabel', () => {
  it('names what the message reads as', () => {
    expect(badNewsLabel(['missedDelivery', 'apology'])).toBe('an apology about a missed or late delivery');
    expect(badNewsLabel(['missedDelivery'])).toBe('a missed or late delivery');
    expect(badNewsLabel(['complaint', 'apology'])).toBe('an apology in answer to a complaint');
    expect(badNewsLabel(['complaint'])).toBe('an answer to a complaint');
    expect(badNewsLabel(['apology'])).toBe('an apology');
    expect(badNewsLabel(['other'])).toBe('bad news');
    expect(badNewsLabel(['other', 'apology'])).toBe('an apology about bad news');
  });
});
