/** Words of a sentence for counting: links and addresses count as one word, numbers as words. */

const LINK_RE = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\w+/gi;
const WORD_RE = /[A-Za-z\u00c0-\u024f]+(?:['\u2019-][A-Za-z\u00c0-\u024f]+)*|\d+(?:[.,:/]\d+)*/g;

/** The word tokens of `text`, as written (a URL or email address becomes the token "link"). */
export function wordTokens(text: string): string[] {
  return text.replace(LINK_RE, ' link ').match(WORD_RE) ?? [];
}

/** Whether a token is alphabetic (not a number). */
export function isAlphabetic(token: string): boolean {
  return /^[A-Za-z\u00c0-\u024f]/.test(token);
}
