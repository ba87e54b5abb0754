import { COACH_GUIDANCE } from '../coachGuidance';
import { finding, type CoachRule } from './coachRule';

const { closingSentences } = COACH_GUIDANCE.asks;

function excerpt(sentence: string): string {
  if (sentence.length <= 60) return sentence;
  const cut = sentence.slice(0, 57);
  const space = cut.lastIndexOf(' ');
  return `${(space > 30 ? cut.slice(0, space) : cut).trimEnd()}\u2026`;
}

/** The message should end with one clear next step: the ask closes it, and a new message has one. */
export const asksNextStep: CoachRule = {
  id: 'asks.nextStep',
  check: (c) => {
    const count = c.text.sentences.length;
    const last = c.asks[c.asks.length - 1];
    if (last) {
      if (last.index >= count - closingSentences) return null;
      return finding(
        'asks.nextStep',
        'suggestion',
        `Your ask is buried mid-message (\u201c${excerpt(last.sentence)}\u201d): end with it so the next step is the last thing they read.`,
        [last.sentence],
      );
    }
    const substantive = c.readability.words >= COACH_GUIDANCE.words.min;
    if (substantive && !c.replyOrForward && c.reminder.length === 0) {
      return finding(
        'asks.nextStep',
        'info',
        'No clear next step: end with the one thing you would like them to do, as a question they can answer in a line.',
      );
    }
    return null;
  },
};
