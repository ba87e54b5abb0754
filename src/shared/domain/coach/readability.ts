/**
 * Reading grade by the Flesch–Kincaid grade level formula (Kincaid et al., 1975):
 *   0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
 * Syllables come from the language's counter; numbers count as one syllable.
 */
import { isAlphabetic, wordTokens } from './wordTokens';

export interface Readability {
  readonly words: number;
  readonly sentences: number;
  readonly syllables: number;
  /** Flesch–Kincaid grade, one decimal; null without words. */
  readonly grade: number | null;
  /** Words in the longest sentence. */
  readonly longestSentence: number;
}

/** Flesch–Kincaid grade of `sentences` with the given syllable counter. */
export function readability(sentences: readonly string[], syllables: (word: string) => number): Readability {
  let words = 0;
  let syllableSum = 0;
  let longestSentence = 0;
  for (const sentence of sentences) {
    const tokens = wordTokens(sentence);
    words += tokens.length;
    longestSentence = Math.max(longestSentence, tokens.length);
    for (const token of tokens) syllableSum += isAlphabetic(token) ? syllables(token) : 1;
  }
  const count = sentences.length;
  const grade =
    words === 0 || count === 0
      ? null
      : Math.round((0.39 * (words / count) + 11.8 * (syllableSum / words) - 15.59) * 10) / 10;
  return { words, sentences: count, syllables: syllableSum, grade, longestSentence };
}
