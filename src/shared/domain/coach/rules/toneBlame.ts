import { phraseMatches } from '../phraseMatch';
import { finding, quotedList, type CoachRule } from './coachRule';

/** Blaming wording ("per my last email", "you failed to"): it starts an argument instead of an answer. */
export const toneBlame: CoachRule = {
  id: 'tone.blame',
  check: (c) => {
    const found = phraseMatches(c.normal, c.lexicon.tone.blame, c.lexicon.macros);
    if (found.length === 0) return null;
    return finding(
      'tone.blame',
      'warning',
      `${quotedList(found, 2)} reads as blame: state the fact and the next step instead, or call.`,
      found,
    );
  },
};
