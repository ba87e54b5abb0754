/** The writer's new text of a body and its sentences: the common first step of every coach check. */
import { bodyParts, type QuoteKind } from './bodyParts';
import type { BodyFormat } from './coachTypes';
import type { SendLexicon } from './lexicon';
import { sentenceSplit } from './sentenceSplit';

export interface MessageText {
  /** New text only: no greeting, sign-off, signature or quoted history. */
  readonly text: string;
  readonly sentences: readonly string[];
  /** How a quoted original was recognized in the body, or null. */
  readonly quote: QuoteKind | null;
}

/** Extracts the new text of `body` and splits it into sentences. */
export function messageText(body: string, bodyFormat: BodyFormat, lexicon: SendLexicon): MessageText {
  const parts = bodyParts(body, bodyFormat, lexicon);
  return {
    text: parts.text,
    sentences: sentenceSplit(parts.text, lexicon.abbreviations),
    quote: parts.quote,
  };
}
