/**
 * Text folding for matching: NFC, lower case, typographic apostrophes and spaces made plain.
 * Folding keeps every UTF-16 index, so a match in the folded text can be quoted from the original.
 */

const PLAIN: Readonly<Record<string, string>> = {
  '\u2019': "'",
  '\u2018': "'",
  '\u02bc': "'",
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\t': ' ',
  '\u2011': '-',
};

/** NFC form of the text: the one whose indexes textFold keeps. */
export function textNfc(text: string): string {
  return text.normalize('NFC');
}

/** Lower-cases and plains the text character by character; the result has text.length. */
export function textFold(text: string): string {
  let folded = '';
  for (const char of text) {
    const plain = PLAIN[char];
    if (plain !== undefined) {
      folded += plain;
      continue;
    }
    const lower = char.toLowerCase();
    folded += lower.length === char.length ? lower : char;
  }
  return folded;
}

/** A short quote of text[start, end) on one line, for reasons shown to the user. */
export function textQuote(text: string, start: number, end: number, max = 80): string {
  const quote = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return quote.length > max ? `${quote.slice(0, max - 1)}…` : quote;
}
