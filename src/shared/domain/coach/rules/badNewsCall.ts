import { badNewsLabel } from '../badNewsDetect';
import { callAdvice, callContact } from '../callContact';
import { finding, type CoachRule } from './coachRule';

/** Bad news by email: call first, then send a short recap. */
export const badNewsCall: CoachRule = {
  id: 'badNews.call',
  check: (c) => {
    if (!c.badNews.badNews) return null;
    const advice = callAdvice(c.contact ? callContact(c.contact) : null);
    const reason = `Reads as ${badNewsLabel(c.badNews.kinds)}: ${advice}, then send a short recap of what you agreed.`;
    return finding('badNews.call', 'warning', reason, c.badNews.evidence);
  },
};
