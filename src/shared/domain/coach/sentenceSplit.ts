/**
 * Splits the writer's text into sentences: paragraphs, list items and lines that start a new
 * thought are boundaries; inside a line, terminal punctuation followed by a space is one unless
 * the word before is a known abbreviation or an initial ("Dr.", "e.g.", "J. Smith").
 */
import { listSet } from './listSet';

const BULLET_RE = /^\s*(?:[-*\u2022\u00b7\u25aa\u2013\u2043]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+/i;
const TERMINAL_RE = /[.!?\u2026:;)"'\u201d]\s*$/;
const STARTS_LOWER_RE = /^\s*[a-z]/;
const BOUNDARY_RE = /([.!?\u2026]+)(["'\u201d\u2019)\]]*)\s+(?=\S)/g;
const LETTER_RE = /[A-Za-z\u00c0-\u024f]/;

/** Lines → segments: a paragraph's lines join only when a line runs on (no end mark, next starts lower case). */
function segmentsOf(text: string): string[] {
  const segments: string[] = [];
  let current = '';
  const flush = (): void => {
    if (current.trim() !== '') segments.push(current.trim());
    current = '';
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') {
      flush();
      continue;
    }
    const bullet = BULLET_RE.exec(line);
    if (bullet) {
      flush();
      current = line.slice(bullet[0].length);
      continue;
    }
    if (current !== '' && !TERMINAL_RE.test(current) && STARTS_LOWER_RE.test(line)) {
      current = `${current} ${line}`;
    } else {
      flush();
      current = line;
    }
  }
  flush();
  return segments;
}

function endsWithAbbreviation(before: string, abbreviations: ReadonlySet<string>): boolean {
  const word = /([A-Za-z][A-Za-z.]*)$/.exec(before);
  if (!word?.[1]) return false;
  const token = word[1].toLowerCase().replace(/\.$/, '');
  return token.length === 1 || abbreviations.has(token);
}

function segmentSentences(segment: string, abbreviations: ReadonlySet<string>): string[] {
  const sentences: string[] = [];
  let start = 0;
  BOUNDARY_RE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = BOUNDARY_RE.exec(segment)) !== null) {
    const mark = match[1] ?? '';
    const end = match.index + mark.length + (match[2]?.length ?? 0);
    const next = segment.charAt(match.index + match[0].length);
    if (mark === '.') {
      if (endsWithAbbreviation(segment.slice(start, match.index), abbreviations)) continue;
      if (/[a-z]/.test(next)) continue;
    }
    sentences.push(segment.slice(start, end).trim());
    start = match.index + match[0].length;
  }
  sentences.push(segment.slice(start).trim());
  return sentences;
}

/** The sentences of `text` (the writer's new text), each trimmed; pieces without a letter are dropped. */
export function sentenceSplit(text: string, abbreviations: readonly string[]): string[] {
  const set = listSet(abbreviations);
  const out: string[] = [];
  for (const segment of segmentsOf(text)) {
    for (const sentence of segmentSentences(segment, set)) {
      if (LETTER_RE.test(sentence)) out.push(sentence);
    }
  }
  return out;
}
