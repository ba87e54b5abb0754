import { COACH_GUIDANCE } from '../coachGuidance';
import { counted, finding, firstName, type CoachRule } from './coachRule';

const { ideal, max, phoneMax } = COACH_GUIDANCE.sentences;

/** Sentence count against ≤ 8, ideally 3 (≤ 5 for a contact who reads on a phone). */
export const lengthSentences: CoachRule = {
  id: 'length.sentences',
  check: (c) => {
    const n = c.text.sentences.length;
    if (c.phoneReader && c.contact) {
      const who = firstName(c.contact.displayName, c.contact.email);
      if (n > phoneMax) {
        return finding(
          'length.sentences',
          'suggestion',
          `${counted(n, 'sentence')} and ${who} reads on a phone: ${ideal} is ideal, ${phoneMax} at most.`,
        );
      }
      if (n > ideal) {
        return finding(
          'length.sentences',
          'info',
          `${counted(n, 'sentence')}: ${who} reads on a phone, where ${ideal} is ideal.`,
        );
      }
      return null;
    }
    if (n > max) {
      return finding(
        'length.sentences',
        n > 2 * max ? 'warning' : 'suggestion',
        `${counted(n, 'sentence')}: busy decision makers answer emails of ${max} sentences or fewer (${ideal} is better).`,
      );
    }
    return null;
  },
};
