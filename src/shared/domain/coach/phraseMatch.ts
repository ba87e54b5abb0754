/**
 * Compiles a lexicon's phrase lists into regular expressions once (cached by list identity) and
 * normalizes text the way the lists expect it: lower case, plain quotes, contractions expanded.
 */
import type { SendLexicon } from './lexicon';

const compiled = new WeakMap<readonly string[], RegExp>();
interface ContractionRules {
  readonly any: RegExp;
  readonly compiled: readonly (readonly [RegExp, string])[];
}

const contractionCache = new WeakMap<SendLexicon['contractions'], ContractionRules>();

function macroExpand(source: string, macros: Readonly<Record<string, string>>): string {
  return source.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => {
    const value = macros[name];
    return value === undefined ? whole : `(?:${value})`;
  });
}

/**
 * One global, case-insensitive alternation of `phrases` with a word boundary on both sides
 * (`{macro}` expanded). Cached by the array's identity, so an array is compiled with the macros of
 * its first use (lexicon lists always travel with their lexicon's macros). The same array always gives
 * the same RegExp object: reset lastIndex or use the helpers below.
 */
export function phraseRegExp(
  phrases: readonly string[],
  macros: Readonly<Record<string, string>> = {},
): RegExp {
  const cached = compiled.get(phrases);
  if (cached) return cached;
  const body = phrases.length === 0 ? '(?!)' : phrases.map((p) => `(?:${macroExpand(p, macros)})`).join('|');
  const re = new RegExp(`\\b(?:${body})(?![a-z0-9])`, 'gi');
  compiled.set(phrases, re);
  return re;
}

/** Every non-overlapping match of `phrases` in `text` (already normalized), in order. */
export function phraseMatches(
  text: string,
  phrases: readonly string[],
  macros?: Readonly<Record<string, string>>,
): string[] {
  const re = phraseRegExp(phrases, macros);
  const found: string[] = [];
  re.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    if (match[0].length === 0) {
      re.lastIndex += 1;
      continue;
    }
    found.push(match[0].trim());
  }
  return found;
}

/** Whether any of `phrases` occurs in `text` (already normalized). */
export function phraseTest(
  text: string,
  phrases: readonly string[],
  macros?: Readonly<Record<string, string>>,
): boolean {
  const re = phraseRegExp(phrases, macros);
  re.lastIndex = 0;
  return re.test(text);
}

/** `text` with every match of `phrases` replaced by a space. */
export function phraseRemove(
  text: string,
  phrases: readonly string[],
  macros?: Readonly<Record<string, string>>,
): string {
  const re = phraseRegExp(phrases, macros);
  re.lastIndex = 0;
  return text.replace(re, ' ');
}

/**
 * The form phrase lists match: lower case, typographic apostrophes/quotes/dashes made plain,
 * the language's contractions expanded ("didn't" → "did not"), whitespace collapsed.
 */
export function matchNormalize(text: string, lexicon: SendLexicon): string {
  let rules = contractionCache.get(lexicon.contractions);
  if (!rules) {
    const compiled = lexicon.contractions.map(
      ([source, replacement]) => [new RegExp(source, 'g'), replacement] as const,
    );
    // One scan decides whether any rule applies (most sentences have no contraction).
    const any = new RegExp(lexicon.contractions.map(([source]) => `(?:${source})`).join('|') || '(?!)');
    rules = { any, compiled };
    contractionCache.set(lexicon.contractions, rules);
  }
  let out = text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/\s+/g, ' ');
  if (rules.any.test(out)) for (const [re, replacement] of rules.compiled) out = out.replace(re, replacement);
  return out.trim();
}
