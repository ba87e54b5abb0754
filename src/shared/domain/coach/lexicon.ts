/**
 * The shape of a language's coach data (lang/<code>Send.ts, lang/<code>.ts). Rules are code; what they
 * look for is data, so a language is added by writing its data files, not by touching the rules.
 *
 * Phrase lists are regular-expression sources matched against the normalized text (lower case,
 * typographic quotes made plain, contractions expanded by `contractions`, whitespace collapsed).
 * `{name}` inside a source is replaced by `macros[name]` (an alternation). Each list is compiled into
 * one alternation with a word boundary before and after, so write stems as `frustrat\w*`.
 * Keep sources ES2017-safe (no lookbehind, named groups, \p{…} or the s flag): the send-path lists
 * run in classic Outlook's JavaScript-only runtime.
 */

/** Phrases whose weight adds up to a verdict: strong ones count 2, weak ones 1. */
export interface WeightedPhrases {
  readonly strong: readonly string[];
  readonly weak: readonly string[];
}

/** What the send path needs (asks for "offer tracking", bad news for the call alert). Keep it small. */
export interface SendLexicon {
  /** BCP 47 primary language subtag, e.g. "en". */
  readonly language: string;
  readonly macros: Readonly<Record<string, string>>;
  /** [pattern source, replacement] applied in order to the lower-cased text (flag g). */
  readonly contractions: readonly (readonly [string, string])[];
  /** Lower case, without the final dot: "e.g", "mr", "approx". A dot after them does not end a sentence. */
  readonly abbreviations: readonly string[];
  /** A first line that is only a greeting ("Hi Dana,"): not counted as a sentence. Anchored at the line start. */
  readonly greetings: readonly string[];
  /** A line that closes the message ("Best regards,"): it and what follows are the sign-off. Whole line. */
  readonly signOffs: readonly string[];
  readonly asks: {
    /** Phrases that ask the reader to do something, anywhere in a sentence. */
    readonly requests: readonly string[];
    /** Verbs that make a sentence a request when they open it ("Send me…", "Please review…"). */
    readonly imperatives: readonly string[];
    /** Words that may precede an opening imperative ("please", "also"). */
    readonly imperativeLead: readonly string[];
    /** Formulas that look like asks but are not ("let me know if you have any questions"): removed first. */
    readonly notAsks: readonly string[];
    /** Questions that expect no action ("how are you?"). */
    readonly smallTalk: readonly string[];
  };
  readonly badNews: {
    /** Routine apologies and softeners that are not bad news ("sorry for the late reply"): removed first. */
    readonly neutral: readonly string[];
    readonly apology: WeightedPhrases;
    readonly missedDelivery: WeightedPhrases;
    readonly complaint: WeightedPhrases;
    readonly other: WeightedPhrases;
  };
}

/** Everything the task pane's full analysis needs: the send data plus the pane-only lists. */
export interface CoachLexicon extends SendLexicon {
  /** Contact notes that say the contact reads mail on a phone (positive) unless a negation matches. */
  readonly phoneReader: { readonly positive: readonly string[]; readonly negative: readonly string[] };
  readonly reminder: {
    readonly body: readonly string[];
    readonly subject: readonly string[];
    /** Phrases that look like a reminder but are not ("following up on our call": a recap). Removed first. */
    readonly notReminder: readonly string[];
  };
  readonly introduction: {
    /** Thanking someone for an introduction. */
    readonly thanks: readonly string[];
  };
  readonly tone: {
    readonly blame: readonly string[];
    readonly emotional: readonly string[];
    /** Upper-case words that are not shouting (ASAP, NDA…), lower case. */
    readonly acronyms: readonly string[];
  };
  /** Long or formal words → a plainer one (lower case). */
  readonly plainWords: Readonly<Record<string, string>>;
  /** Long words that read easily and are not flagged (lower case). */
  readonly commonLongWords: readonly string[];
  /** Capitalized words that are not names (sentence openers and the like), lower case. */
  readonly notNames: readonly string[];
  /** Language-specific syllable counting for the readability formula. */
  readonly syllables: (word: string) => number;
}
