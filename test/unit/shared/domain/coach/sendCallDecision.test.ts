import {
  ALERT_LABEL_MAX,
  ALERT_MESSAGE_MAX,
  sendCallDecision,
  type SendCallInput,
} from '../../../../../src/shared/domain/coach/sendCallDecision';
import { profile } from './coachFixtures';

const APOLOGY: SendCallInput = {
  subject: 'Your order 4471',
  body: "Hi Dana,\n\nI'm sorry: the 40 laptops we promised for Friday did not arrive. Replacements reach you Tuesday.\n\nSam",
  bodyFormat: 'text',
  badNewsAlert: true,
  alreadySuggested: false,
};

describe('sendCallDecision', () => {
  it('suggests a call with the contact phone and best time, once', () => {
    const decision = sendCallDecision({ ...APOLOGY, contact: profile() });
    expect(decision.suggest).toBe(true);
    if (!decision.suggest) return;
    expect(decision.verdict.kinds).toEqual(['missedDelivery', 'apology']);
    expect(decision.alert.errorMessage).toBe(
      'This reads as an apology about a missed or late delivery. When something went wrong, a call lands better than an email: ' +
        'call Dana Reyes first at +1 212 555 0147, best Tue\u2013Thu 9:00\u201311:00 (America/New_York), then send a short recap. ' +
        'Open ReachPlan for the call script, or send anyway.',
    );
    expect(decision.alert.cancelLabel.length).toBeLessThanOrEqual(ALERT_LABEL_MAX);
    expect(JSON.parse(decision.alert.contextData)).toEqual({
      coach: 'callSuggestion',
      kinds: ['missedDelivery', 'apology'],
    });
  });

  it('does not suggest it again for the same message (the caller keeps that state)', () => {
    expect(sendCallDecision({ ...APOLOGY, alreadySuggested: true })).toEqual({
      suggest: false,
      why: 'alreadySuggested',
    });
  });

  it('respects the setting', () => {
    expect(sendCallDecision({ ...APOLOGY, badNewsAlert: false })).toEqual({
      suggest: false,
      why: 'settingOff',
    });
  });

  it('lets ordinary messages through, and ignores bad news in the quoted history', () => {
    const reply =
      'Thanks, Tuesday works.\n\nOn Mon, 2 Mar 2026, Dana wrote:\n> I am so sorry, the delivery did not arrive.';
    expect(sendCallDecision({ ...APOLOGY, subject: 'RE: Delivery', body: reply })).toEqual({
      suggest: false,
      why: 'notBadNews',
    });
  });

  it('works without a profile and keeps the message within the Smart Alert limit', () => {
    const decision = sendCallDecision({ ...APOLOGY, contact: profile({ displayName: 'D'.repeat(600) }) });
    expect(decision.suggest && decision.alert.errorMessage.length).toBe(ALERT_MESSAGE_MAX);
    const anonymous = sendCallDecision(APOLOGY);
    expect(anonymous.suggest && anonymous.alert.errorMessage).toContain(
      'call them first, then send a short recap',
    );
  });
});
