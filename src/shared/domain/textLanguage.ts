/**
 * Which of en, de, fr, es, it, nl, pt a short text is most likely written in, by counting frequent
 * words. Good enough to choose between day/month and month/day, not a language detector.
 */
import type { Language } from './replyAutoData';
import { LANGUAGE_WORDS } from './returnDateLexicon';

const WORD_SETS: readonly [Language, ReadonlySet<string>][] = Object.entries(LANGUAGE_WORDS).map(
  ([language, words]) => [language as Language, new Set(words)],
);

/** The language with the most frequent-word hits in `folded` (textFold output), or undefined on a tie or none. */
export function textLanguage(folded: string): Language | undefined {
  const words = folded.match(/\p{L}+/gu) ?? [];
  let best: Language | undefined;
  let bestScore = 0;
  let tie = false;
  for (const [language, set] of WORD_SETS) {
    const score = words.reduce((sum, word) => sum + (set.has(word) ? 1 : 0), 0);
    if (score > bestScore) {
      best = language;
      bestScore = score;
      tie = false;
    } else if (score === bestScore && score > 0) {
      tie = true;
    }
  }
  return tie ? undefined : best;
}
