/**
 * The numbers the coach measures against, from product.md and the published figures it cites:
 * 50–125-word emails and 3–4-word subjects get the most answers; decision makers read on a phone,
 * so at most 8 sentences and 3 is better; a plain reading level beats a college one.
 * Language-independent; the per-language word lists live in lang/.
 */
export const COACH_GUIDANCE = {
  words: {
    min: 50,
    /** Below this, a new message that asks something is short on context (info). */
    contextMin: 25,
    max: 125,
    /** Stricter cap for a contact whose notes say they read on a phone. */
    phoneMax: 75,
  },
  sentences: {
    ideal: 3,
    max: 8,
    phoneMax: 5,
  },
  asks: {
    /** From this many asks the finding is a warning instead of a suggestion. */
    warnFrom: 4,
    /** The one clear next step should sit in the last this-many sentences. */
    closingSentences: 2,
  },
  subject: {
    bestMin: 3,
    bestMax: 4,
    /** From this many words the subject gets a suggestion (one word gets an info). */
    longFrom: 7,
  },
  readability: {
    /** Flesch–Kincaid grade above which we suggest plainer text, and above which we warn. */
    suggestAbove: 10,
    warnAbove: 14,
    /** The formula is noise on a handful of words. */
    minWords: 30,
    target: 8,
  },
  longWords: {
    /** A word of this many syllables or more is long (unless common or a name). */
    syllables: 4,
    /** Long words needed (without a plain-word swap) before the finding shows. */
    minCount: 3,
    /** …and their share of all words. */
    minShare: 0.04,
  },
  tone: {
    /** Upper-case words (not acronyms) of at least 4 letters that read as shouting. */
    shoutingWords: 2,
    /** Exclamation marks in the new text that read as agitation. */
    exclamations: 3,
  },
} as const;
