import { COACH_GUIDANCE } from '../coachGuidance';
import type { CoachLexicon } from '../lexicon';
import { listSet } from '../listSet';
import { isAlphabetic, wordTokens } from '../wordTokens';
import { finding, type CoachRule } from './coachRule';

const { syllables: longSyllables, minCount, minShare } = COACH_GUIDANCE.longWords;

/** What a lower-case word is: a formal word with a plainer swap ("→ use"), a long word, or neither. */
type WordClass = { readonly plain: string } | 'long' | null;

const classMemos = new WeakMap<CoachLexicon, Map<string, WordClass>>();
const own = (record: object, key: string): boolean => Object.prototype.hasOwnProperty.call(record, key);

/** The plainer word for `lower` or an inflection of it ("utilizing" → "use"), if the lexicon has one. */
function plainFor(lower: string, plain: CoachLexicon['plainWords']): string | undefined {
  const stem = lower.replace(/(ing|ed|es|s|d)$/, '');
  const key = [lower, stem, `${stem}e`].find((k) => own(plain, k));
  return key === undefined ? undefined : plain[key];
}

function wordClass(lower: string, lexicon: CoachLexicon): WordClass {
  let memo = classMemos.get(lexicon);
  if (!memo) {
    memo = new Map();
    classMemos.set(lexicon, memo);
  }
  const known = memo.get(lower);
  if (known !== undefined) return known;
  const plain = plainFor(lower, lexicon.plainWords);
  const common = listSet(lexicon.commonLongWords);
  const long = lower
    .split(/['\u2019-]/)
    .some((part) => part.length > 3 && !common.has(part) && lexicon.syllables(part) >= longSyllables);
  const result: WordClass = plain !== undefined ? { plain } : long ? 'long' : null;
  if (memo.size > 20_000) memo.clear();
  memo.set(lower, result);
  return result;
}

/** Long and formal words: plainer ones read faster on a phone. */
export const readabilityLongWords: CoachRule = {
  id: 'readability.longWords',
  check: (c) => {
    const swaps: string[] = [];
    const long: string[] = [];
    for (const sentence of c.text.sentences) {
      wordTokens(sentence).forEach((token, i) => {
        if (!isAlphabetic(token)) return;
        const lower = token.toLowerCase();
        const kind = wordClass(lower, c.lexicon);
        if (kind === null) return;
        if (kind !== 'long') swaps.push(`${lower} \u2192 ${kind.plain}`);
        else if (i === 0 || !/^[A-Z]/.test(token)) long.push(lower); // capitalized mid-sentence: a name
      });
    }
    const enoughLong = long.length >= minCount && long.length / Math.max(1, c.readability.words) >= minShare;
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
