/**
 * Finds what a message asks of its reader: questions that expect an answer and requests for action.
 * Courtesy formulas ("let me know if you have any questions", "please find attached") and small talk
 * ("how are you?") are not asks. Lightweight: it runs in the send path on every send.
 */
import type { SendLexicon } from './lexicon';
import { matchNormalize, phraseMatches, phraseRemove, phraseTest } from './phraseMatch';

export type AskKind = 'question' | 'request';

/** One sentence that asks something. */
export interface Ask {
  readonly kind: AskKind;
  /** The sentence as written. */
  readonly sentence: string;
  /** Its position among the sentences given. */
  readonly index: number;
}

const QUESTION_END_RE = /\?[\s"'\u201d\u2019)\]!.]*$/;
const imperativeCache = new WeakMap<SendLexicon['asks'], RegExp>();

function imperativeRegExp(asks: SendLexicon['asks']): RegExp {
  let re = imperativeCache.get(asks);
  if (!re) {
    const lead = asks.imperativeLead.join('|');
    re = new RegExp(
      `^(?:(?:${lead}),?\\s+)*(?:${asks.imperatives.join('|')})\\b(?!\\s*(?:you|i|we)\\b)`,
      'i',
    );
    imperativeCache.set(asks, re);
  }
  return re;
}

/**
 * Whether one sentence asks something, and how; null when it does not. `normalized` is the sentence
 * already through matchNormalize, when the caller has it.
 */
export function askKind(sentence: string, lexicon: SendLexicon, normalized?: string): AskKind | null {
  const { asks, macros } = lexicon;
  const normal = phraseRemove(normalized ?? matchNormalize(sentence, lexicon), asks.notAsks, macros).trim();
  if (QUESTION_END_RE.test(sentence)) {
    const rest = phraseRemove(normal, asks.smallTalk, macros)
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    if (rest !== '') return 'question';
  }
  const words = normal.replace(/^[^a-z]+/, '');
  if (imperativeRegExp(asks).test(words) || phraseTest(normal, asks.requests, macros)) return 'request';
  return null;
}

/** The asks among `sentences` (the writer's new text, already split; optionally normalized too), in order. */
export function asksDetect(
  sentences: readonly string[],
  lexicon: SendLexicon,
  normalized?: readonly string[],
): Ask[] {
  const found: Ask[] = [];
  sentences.forEach((sentence, index) => {
    const kind = askKind(sentence, lexicon, normalized?.[index]);
    if (kind) found.push({ kind, sentence, index });
  });
  return found;
}

/** The request phrases found in `sentence` (for highlighting), normalized. */
export function askPhrases(sentence: string, lexicon: SendLexicon): string[] {
  return phraseMatches(matchNormalize(sentence, lexicon), lexicon.asks.requests, lexicon.macros);
}
