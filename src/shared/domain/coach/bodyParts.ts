/**
 * Splits a composed body into what the writer typed now, without the greeting, the sign-off, the
 * signature and the quoted history, and says whether (and how) an original is quoted.
 */
import type { BodyFormat } from './coachTypes';
import { htmlText } from './htmlText';
import {
  ATTRIBUTION_LINES,
  FORWARD_OPENERS,
  HEADER_LABELS,
  MOBILE_SIGNATURES,
  QUOTE_SEPARATOR,
} from './lang/mailConventions';
import type { SendLexicon } from './lexicon';

/**
 * How the original was found: html (a client's quote markup), separator ("-----Original Message-----"),
 * attribution ("On … wrote:"), header ("From: … Sent: …"), prefix ("> " lines).
 */
export type QuoteKind = 'html' | 'separator' | 'attribution' | 'header' | 'prefix';

export interface BodyParts {
  /** The new text: no greeting line, sign-off, signature or quoted history. Lines kept. */
  readonly text: string;
  /** How quoted history was recognized, or null when none is in the body. */
  readonly quote: QuoteKind | null;
}

const SEPARATOR_RE = new RegExp(`${QUOTE_SEPARATOR}|${FORWARD_OPENERS.join('|')}`, 'i');
const ATTRIBUTION_RE = new RegExp(Object.values(ATTRIBUTION_LINES).join('|'), 'i');
const FROM_LABELS = Object.values(HEADER_LABELS).map(([from]) => from);
const SENT_LABELS = Object.values(HEADER_LABELS).map(([, sent]) => sent);
const HEADER_FROM_RE = new RegExp(`^\\s*\\*?(${FROM_LABELS.join('|')})\\s*:\\*?\\s*\\S`, 'i');
const HEADER_SENT_RE = new RegExp(`^\\s*\\*?(${SENT_LABELS.join('|')})\\s*:`, 'i');
const UNDERSCORES_RE = /^\s*_{10,}\s*$/;
const PREFIX_RE = /^\s*>/;
const SIG_DASHES_RE = /^--\s?$/;
const NAME_LINE_RE = /^\s*[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2}\s*$/;
const MOBILE_RE = new RegExp(MOBILE_SIGNATURES.join('|'), 'i');
/** Sign-off lines sit among the last few lines; past this many we are in the body. */
const SIGN_OFF_WINDOW = 8;

const lineRegExps = new WeakMap<SendLexicon, { greeting: RegExp; signOff: RegExp }>();

function lexiconLineRegExps(lexicon: SendLexicon): { greeting: RegExp; signOff: RegExp } {
  let res = lineRegExps.get(lexicon);
  if (!res) {
    res = {
      greeting: new RegExp(`^\\s*(?:${lexicon.greetings.join('|')})\\s*`, 'i'),
      // The sign-off, optionally followed by a short name on the same line ("Thanks, Sam").
      signOff: new RegExp(
        `^\\s*(?:${lexicon.signOffs.join('|')})(\\s*[,\\-\u2013\u2014]?\\s*[^\\s,.!?]+){0,3}\\s*$`,
        'i',
      ),
    };
    lineRegExps.set(lexicon, res);
  }
  return res;
}

function quoteStart(lines: readonly string[]): { index: number; kind: QuoteKind } | null {
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    if (SEPARATOR_RE.test(line)) return { index: i, kind: 'separator' };
    const next = lines[i + 1] ?? '';
    if (ATTRIBUTION_RE.test(line) || (next !== '' && ATTRIBUTION_RE.test(`${line} ${next}`))) {
      return { index: i, kind: 'attribution' };
    }
    if (HEADER_FROM_RE.test(line) && lines.slice(i + 1, i + 5).some((l) => HEADER_SENT_RE.test(l))) {
      const before = lines[i - 1];
      return { index: before !== undefined && UNDERSCORES_RE.test(before) ? i - 1 : i, kind: 'header' };
    }
  }
  return null;
}

function signatureStart(lines: readonly string[], signOff: RegExp): number {
  let end = lines.length;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (SIG_DASHES_RE.test(line) || MOBILE_RE.test(line)) {
      end = i;
      break;
    }
  }
  let cut = end;
  // A bare name closing the message ("Sam", "Dana R.") is a sign-off too.
  let lastIndex = end - 1;
  while (lastIndex >= 0 && (lines[lastIndex] ?? '').trim() === '') lastIndex -= 1;
  if (lastIndex > 0 && NAME_LINE_RE.test(lines[lastIndex] ?? '')) cut = lastIndex;
  let seen = 0;
  for (let i = end - 1; i >= 0 && seen < SIGN_OFF_WINDOW; i -= 1) {
    const line = (lines[i] ?? '').trim();
    if (line === '') continue;
    seen += 1;
    if (signOff.test(line)) cut = i;
    // A full sentence of some length is body text: the sign-off cannot be above it.
    else if (line.split(/\s+/).length > 8 && /[.?!:]$/.test(line)) break;
  }
  return cut;
}

/**
 * The writer's new text of a body (HTML or text): quoted history, signature, sign-off and greeting
 * removed, and how the quoted original was recognized (any client language).
 */
export function bodyParts(body: string, format: BodyFormat, lexicon: SendLexicon): BodyParts {
  const source = format === 'html' ? htmlText(body) : { text: body, quoted: false };
  let quote: QuoteKind | null = source.quoted ? 'html' : null;
  let lines = source.text.replace(/\r\n?/g, '\n').split('\n');

  const start = quoteStart(lines);
  if (start) {
    lines = lines.slice(0, start.index);
    quote = quote ?? start.kind;
  }
  const unprefixed = lines.filter((line) => !PREFIX_RE.test(line));
  if (unprefixed.length !== lines.length) quote = quote ?? 'prefix';

  const { greeting, signOff } = lexiconLineRegExps(lexicon);
  lines = unprefixed.slice(0, signatureStart(unprefixed, signOff));

  const first = lines.findIndex((line) => line.trim() !== '');
  if (first >= 0) {
    const line = lines[first] ?? '';
    const match = greeting.exec(line);
    if (match) lines[first] = line.slice(match[0].length);
  }
  return { text: lines.join('\n').trim(), quote };
}
