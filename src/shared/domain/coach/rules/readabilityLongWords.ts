import { COACH_GUIDANCE } from '../coachGuidance';
import type { CoachLexicon } from '../lexicon';
import { listSet } from '../listSet';
import { isAlphabetic, wordTokens } from '../wordTokens';
import { finding, type CoachRule } from './coachRule';

const { syllables: longSyllables, minCount, minShare } = COACH_GUIDANCE.longWords;

/** The plainer word for `lower` or an inflection of it ("utilizing" → "use"), if the lexicon has one. */
function plainFor(lower: string, plain: CoachLexicon['plainWords']): string | undefined {
  const stem = lower.replace(/(ing|ed|es|s|d)$/, '');
  return plain[lower] ?? plain[stem] ?? plain[`${stem}e`];
}

function isLong(token: string, lexicon: CoachLexicon, common: ReadonlySet<string>): boolean {
  return token
    .toLowerCase()
    .split(/['\u2019-]/)
    .some((part) => part.length > 3 && !common.has(part) && lexicon.syllables(part) >= longSyllables);
}

/** Long and formal words: plainer ones read faster on a phone. */
export const readabilityLongWords: CoachRule = {
  id: 'readability.longWords',
  check: (c) => {
    const { lexicon } = c;
    const common = listSet(lexicon.commonLongWords);
    const swaps: string[] = [];
    const long: string[] = [];
    for (const sentence of c.text.sentences) {
      wordTokens(sentence).forEach((token, i) => {
        if (!isAlphabetic(token)) return;
        const lower = token.toLowerCase();
        const plain = plainFor(lower, lexicon.plainWords);
        if (plain) swaps.push(`${lower} \u2192 ${plain}`);
        else if (i > 0 && /^[A-Z]/.test(token))
          return; // a name or a product
        else if (isLong(token, lexicon, common)) long.push(lower);
      });
    }
    const words = c.readability.words;
    const enoughLong = long.length >= minCount && long.length / Math.max(1, words) >= minShare;
    if (swaps.length === 0 && !enoughLong) return null;
    const shown = [...new Set([...swaps, ...(enoughLong ? long : [])])].slice(0, 4);
    return finding(
      'readability.longWords',
      'suggestion',
      `Long or formal words (${shown.join(', ')}): plainer ones read faster, especially on a phone.`,
      [...new Set([...swaps.map((s) => s.split(' ')[0] ?? s), ...(enoughLong ? long : [])])],
    );
  },
};
