/**
 * Recognizes messages that carry bad news (an apology, a complaint answer, a missed delivery, or other
 * bad news) so the coach can suggest a call first. Routine courtesies ("sorry for the late reply")
 * are removed before matching. Lightweight: it runs in the send path.
 */
import type { SendLexicon, WeightedPhrases } from './lexicon';
import { matchNormalize, phraseMatches, phraseRemove } from './phraseMatch';

export const BAD_NEWS_KINDS = ['missedDelivery', 'complaint', 'apology', 'other'] as const;
export type BadNewsKind = (typeof BAD_NEWS_KINDS)[number];

export interface BadNewsVerdict {
  readonly badNews: boolean;
  /** Most specific first; empty when not bad news. */
  readonly kinds: readonly BadNewsKind[];
  /** The phrases that decided it (normalized), strongest first. */
  readonly evidence: readonly string[];
}

/** Weak signals alone decide only when this many agree across at least two kinds. */
const WEAK_NEEDED = 3;

/** Array.prototype.flat without ES2019 (the send path runs in an ES2017 runtime). */
function flatten(lists: readonly (readonly string[])[]): string[] {
  return ([] as string[]).concat(...lists);
}

interface KindMatches {
  readonly kind: BadNewsKind;
  readonly strong: readonly string[];
  readonly weak: readonly string[];
}

function kindMatches(
  text: string,
  kind: BadNewsKind,
  phrases: WeightedPhrases,
  lexicon: SendLexicon,
): KindMatches {
  return {
    kind,
    strong: phraseMatches(text, phrases.strong, lexicon.macros),
    weak: phraseMatches(text, phrases.weak, lexicon.macros),
  };
}

/** Whether `text` (subject and the writer's new text) reads as bad news, which kinds, and why. */
export function badNewsDetect(text: string, lexicon: SendLexicon): BadNewsVerdict {
  return badNewsOfNormal(matchNormalize(text, lexicon), lexicon);
}

/** badNewsDetect for text already through matchNormalize. */
export function badNewsOfNormal(normalized: string, lexicon: SendLexicon): BadNewsVerdict {
  const normal = phraseRemove(normalized, lexicon.badNews.neutral, lexicon.macros);
  const all = BAD_NEWS_KINDS.map((kind) => kindMatches(normal, kind, lexicon.badNews[kind], lexicon));
  const strong = all.filter((m) => m.strong.length > 0);
  if (strong.length > 0) {
    return {
      badNews: true,
      kinds: strong.map((m) => m.kind),
      evidence: [...flatten(strong.map((m) => m.strong)), ...flatten(all.map((m) => m.weak))],
    };
  }
  const weak = all.filter((m) => m.weak.length > 0);
  const weakCount = weak.reduce((sum, m) => sum + m.weak.length, 0);
  if (weak.length >= 2 && weakCount >= WEAK_NEEDED) {
    return { badNews: true, kinds: weak.map((m) => m.kind), evidence: flatten(weak.map((m) => m.weak)) };
  }
  return { badNews: false, kinds: [], evidence: [] };
}

const KIND_LABELS: Readonly<Record<BadNewsKind, string>> = {
  missedDelivery: 'a missed or late delivery',
  complaint: 'a complaint',
  apology: 'an apology',
  other: 'bad news',
};

/** A short description for reasons and alerts: "an apology about a missed or late delivery". */
export function badNewsLabel(kinds: readonly BadNewsKind[]): string {
  const apology = kinds.includes('apology');
  const subject = kinds.find((k) => k !== 'apology');
  if (!subject) return apology ? KIND_LABELS.apology : KIND_LABELS.other;
  if (subject === 'complaint')
    return apology ? 'an apology in answer to a complaint' : 'an answer to a complaint';
  return apology ? `an apology about ${KIND_LABELS[subject]}` : KIND_LABELS[subject];
}
