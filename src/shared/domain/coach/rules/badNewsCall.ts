import { badNewsLabel } from '../badNewsDetect';
import { callContact } from '../callContact';
import { finding, type CoachRule } from './coachRule';

/** Bad news by email: call first, then send a short recap. */
export const badNewsCall: CoachRule = {
  id: 'badNews.call',
  check: (c) => {
    if (!c.badNews.badNews) return null;
    const label = badNewsLabel(c.badNews.kinds);
    const call = c.contact ? callContact(c.contact) : null;
    let how = 'call first,';
    if (call) {
      const who = call.displayName.trim() || call.email;
      how = call.phone
        ? `call ${who} first at ${call.phone}, best ${call.bestTime},`
        : `call ${who} first, best ${call.bestTime} (no phone number on their card yet),`;
    }
    const reason = `Reads as ${label}: ${how} then send a short recap of what you agreed.`;
    return finding(
      'badNews.call',
      'warning',
      reason.charAt(0).toUpperCase() + reason.slice(1),
      c.badNews.evidence,
    );
  },
};
