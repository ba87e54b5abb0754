/**
 * What a date mention means in an out-of-office text, from the words around it (same sentence):
 * - `through`: the last day away ("through Friday", "bis einschließlich 3.12.", "tot en met",
 *   "jusqu'au 3 décembre inclus") and a range's end ("du 24 au 28 novembre", "24.11.–3.12.");
 * - `back`: the day the person is back ("back on", "de retour le", "ab 4.12. wieder erreichbar");
 * - `until`: "until Monday", "bis 3.12.", "jusqu'au", "hasta el", "fino al", "tot", "até";
 * - undefined: anything else (a start date, a date in a signature).
 * When several phrases precede a date, the one closest to it decides ("through the holidays and
 * back on 5 January" is `back`); an "inclusive" after the date makes it `through`.
 */
import { ROLE_PHRASES } from './returnDateLexicon';
import type { DateMention } from './returnDateMentions';

export type DateRole = 'through' | 'back' | 'until';

/** How far before a date its phrase may start (characters). */
const WINDOW = 60;

function phrases(words: readonly string[], flags: string, prefix = ''): RegExp {
  return new RegExp(`${prefix}(?<![\\p{L}\\d])(?:${words.join('|')})(?![\\p{L}\\d])`, flags);
}

/** Phrase sets before a date, strongest first for phrases that end at the same place ("bis einschließlich" over "bis"). */
const BEFORE: readonly [DateRole, RegExp][] = [
  ['through', phrases(ROLE_PHRASES.through, 'gu')],
  ['back', phrases(ROLE_PHRASES.back, 'gu')],
  ['until', phrases(ROLE_PHRASES.until, 'gu')],
];
const INCLUSIVE_AFTER = phrases(ROLE_PHRASES.inclusiveAfter, 'u', '^\\s*\\(?');
const BACK_AFTER = phrases(ROLE_PHRASES.backAfter, 'u');
const CONNECTOR = `(?:${ROLE_PHRASES.rangeEnd.join('|')})`;
/** Only a connector (and an article) between two dates. */
const RANGE_JOIN = new RegExp(`^\\s*${CONNECTOR}(?:\\s+(?:le|el|il|den|dem|the|o|dia))?\\s*$`, 'u');
/** A bare day before the connector: "from 24 to 28 November", "vom 24. bis 28. November". */
const DAY_RANGE = new RegExp(
  `(?<![\\p{L}\\d])\\d{1,2}(?:st|nd|rd|th|er|º|°|\\.)?\\s*${CONNECTOR}(?:\\s+(?:le|el|il))?\\s*$`,
  'u',
);

/**
 * Where the sentence holding `index` starts: after a line break, "!", "?", ";", or a full stop that
 * follows a letter and precedes a capital ("…Monday. For urgent…", not "3.12. bin" nor "Mon. 3 Dec").
 */
function sentenceStart(original: string, from: number, index: number): number {
  for (let at = index - 1; at >= from; at--) {
    const char = original[at] ?? '';
    if (char === '\n' || char === '!' || char === '?' || char === ';') return at + 1;
    if (
      char === '.' &&
      /\p{L}/u.test(original[at - 1] ?? '') &&
      /^\s+\p{Lu}/u.test(original.slice(at + 1, at + 4))
    ) {
      return at + 1;
    }
  }
  return from;
}

function sentenceEnd(original: string, index: number, to: number): number {
  for (let at = index; at < to; at++) {
    const char = original[at] ?? '';
    if (char === '\n' || char === '!' || char === '?' || char === ';') return at;
    if (
      char === '.' &&
      /\p{L}/u.test(original[at - 1] ?? '') &&
      /^\s+\p{Lu}/u.test(original.slice(at + 1, at + 4))
    )
      return at;
  }
  return to;
}

/** The role named by the phrase that ends closest to the end of `gap`. */
function closestPhrase(gap: string): DateRole | undefined {
  let best: { role: DateRole; end: number } | undefined;
  for (const [role, pattern] of BEFORE) {
    for (const match of gap.matchAll(pattern)) {
      const end = match.index + match[0].length;
      if (best === undefined || end > best.end) best = { role, end };
    }
  }
  return best?.role;
}

/** The role of each mention (same order), read from `folded` with sentence breaks from `original`. */
export function returnDateRoles(
  folded: string,
  original: string,
  mentions: readonly DateMention[],
): (DateRole | undefined)[] {
  return mentions.map((mention, index) => {
    const previous = mentions[index - 1];
    const next = mentions[index + 1];
    const from = Math.max(previous?.end ?? 0, mention.start - WINDOW);
    const gapStart = sentenceStart(original, from, mention.start);
    const gap = folded.slice(gapStart, mention.start);
    const joinedToPrevious = previous !== undefined && gapStart === previous.end && RANGE_JOIN.test(gap);
    const after = folded.slice(mention.end, sentenceEnd(original, mention.end, next?.start ?? folded.length));
    if (INCLUSIVE_AFTER.test(after) || joinedToPrevious || DAY_RANGE.test(gap)) return 'through';
    const closest = closestPhrase(gap);
    if (closest !== undefined) return closest;
    const sentenceGoesOn =
      next !== undefined && sentenceEnd(original, mention.end, next.start) === next.start;
    if (!sentenceGoesOn && BACK_AFTER.test(after)) return 'back';
    return undefined;
  });
}
