import { COACH_GUIDANCE } from '../coachGuidance';
import { counted, finding, firstName, type CoachRule } from './coachRule';

const { min, max, phoneMax, contextMin } = COACH_GUIDANCE.words;

/** Word count against 50–125 (75 for a contact who reads on a phone). */
export const lengthWords: CoachRule = {
  id: 'length.words',
  check: (c) => {
    const words = c.readability.words;
    if (c.phoneReader && c.contact && words > phoneMax) {
      const who = firstName(c.contact.displayName, c.contact.email);
      return finding(
        'length.words',
        words > 2 * phoneMax ? 'warning' : 'suggestion',
        `${counted(words, 'word')} and ${who} reads on a phone: keep it under ${phoneMax} so it can be answered there.`,
      );
    }
    if (words > max) {
      return finding(
        'length.words',
        words > 2 * max ? 'warning' : 'suggestion',
        `${counted(words, 'word')}: ${min}\u2013${max}-word emails get the most replies; keep one point and the next step.`,
      );
    }
    const asksInNewMessage =
      c.asks.length > 0 && !c.replyOrForward && c.reminder.length === 0 && !c.phoneReader;
    if (words > 0 && words < contextMin && asksInNewMessage) {
      return finding(
        'length.words',
        'info',
        `${counted(words, 'word')}: a line of context (why it matters, by when) helps a busy reader say yes; ${min}\u2013${max} words get the most replies.`,
      );
    }
    return null;
  },
};
