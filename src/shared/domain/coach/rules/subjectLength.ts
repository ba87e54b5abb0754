import { COACH_GUIDANCE } from '../coachGuidance';
import { wordTokens } from '../wordTokens';
import { counted, finding, type CoachRule } from './coachRule';

const { bestMin, bestMax, longFrom } = COACH_GUIDANCE.subject;

/**
 * Subject length: 3–4 words get the most replies. Two words pass ("Renewal quote" says what it is
 * about); one word is noted. Replies and forwards keep the thread's subject.
 */
export const subjectLength: CoachRule = {
  id: 'subject.length',
  check: (c) => {
    if (c.replyOrForward) return null;
    const n = wordTokens(c.message.subject).length;
    if (n === 0) {
      return finding(
        'subject.length',
        'warning',
        'No subject: a 3\u20134-word subject that names the topic gets opened and answered.',
      );
    }
    if (n >= longFrom) {
      return finding(
        'subject.length',
        'suggestion',
        `${counted(n, 'word')} in the subject: ${bestMin}\u2013${bestMax} words get the most replies; keep the topic, drop the rest.`,
      );
    }
    if (n === 1) {
      return finding(
        'subject.length',
        'info',
        `One word in the subject: ${bestMin}\u2013${bestMax} words that say what it is about do best.`,
      );
    }
    return null;
  },
};
