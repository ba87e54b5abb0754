/**
 * Finds "has left the company" statements (replyMovedOnData) in a message's new text, with the
 * words before each in its clause so the classifier can check whom it is about.
 */
import { MOVED_ON_PHRASES, type MovedOnWho } from './replyMovedOnData';
import { textFold, textQuote } from './textFold';

export interface MovedOnStatement {
  readonly who: MovedOnWho;
  /** The matched words, as written. */
  readonly quote: string;
  /** The folded words of the clause before them: whom the statement is about ("jane doe "). */
  readonly lead: string;
}

const PATTERNS: readonly { who: MovedOnWho; pattern: RegExp }[] = Object.values(MOVED_ON_PHRASES).flatMap(
  (byWho) =>
    (Object.entries(byWho) as [MovedOnWho, readonly string[]][]).map(([who, sources]) => ({
      who,
      pattern: new RegExp(`(?<![\\p{L}\\d])(?:${sources.join('|')})(?![\\p{L}\\d])`, 'gu'),
    })),
);

function leadOf(folded: string, start: number): string {
  const before = folded.slice(0, start);
  const from = Math.max(
    ...['. ', '\n', '! ', '? ', ', ', '; ', ': '].map((mark) => before.lastIndexOf(mark)),
  );
  return before.slice(from + 1).trimStart();
}

/** Every moved-on statement in `text` (the new part of a message, NFC), in order of appearance. */
export function replyMovedOn(text: string): MovedOnStatement[] {
  const folded = textFold(text);
  const found: { at: number; statement: MovedOnStatement }[] = [];
  for (const { who, pattern } of PATTERNS) {
    for (const match of folded.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      found.push({
        at: start,
        statement: { who, quote: textQuote(text, start, end), lead: leadOf(folded, start) },
      });
    }
  }
  return found.sort((a, b) => a.at - b.at).map(({ statement }) => statement);
}
