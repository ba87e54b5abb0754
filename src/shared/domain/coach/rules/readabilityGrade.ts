import { COACH_GUIDANCE } from '../coachGuidance';
import { finding, type CoachRule } from './coachRule';

const { suggestAbove, warnAbove, minWords, target } = COACH_GUIDANCE.readability;

/** Reading grade (Flesch–Kincaid): a plain level gets more replies than a college one. */
export const readabilityGrade: CoachRule = {
  id: 'readability.grade',
  check: (c) => {
    const { grade, words, longestSentence } = c.readability;
    if (grade === null || words < minWords || grade <= suggestAbove) return null;
    return finding(
      'readability.grade',
      grade > warnAbove ? 'warning' : 'suggestion',
      `Reading grade ${grade.toFixed(1)} (Flesch\u2013Kincaid): aim for ${target} or below; split long sentences (longest: ${longestSentence} words) and use shorter words.`,
    );
  },
};
