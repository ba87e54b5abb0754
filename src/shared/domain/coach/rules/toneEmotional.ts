import { COACH_GUIDANCE } from '../coachGuidance';
import { listSet } from '../listSet';
import { phraseMatches } from '../phraseMatch';
import { wordTokens } from '../wordTokens';
import { finding, quotedList, type CoachRule } from './coachRule';

const { shoutingWords, exclamations } = COACH_GUIDANCE.tone;

/** Emotional wording, shouting in capitals, or a string of exclamation marks. */
export const toneEmotional: CoachRule = {
  id: 'tone.emotional',
  check: (c) => {
    const { lexicon } = c;
    const found = phraseMatches(c.normal, lexicon.tone.emotional, lexicon.macros);
    const acronyms = listSet(lexicon.tone.acronyms);
    const shouting = wordTokens(c.text.text).filter(
      (t) => t.length >= 4 && /^[A-Z]+$/.test(t) && !acronyms.has(t.toLowerCase()),
    );
    const bangs = (c.text.text.match(/!/g) ?? []).length;
    const signs = [...found];
    if (shouting.length >= shoutingWords) signs.push(...shouting);
    if (bangs >= exclamations || /!{2,}/.test(c.text.text)) signs.push('!!');
    if (signs.length === 0) return null;
    return finding(
      'tone.emotional',
      'suggestion',
      `${quotedList(signs, 3)} read${signs.length === 1 ? 's' : ''} as emotional: say what happened and what you need, calmly; if it matters this much, call.`,
      signs,
    );
  },
};
