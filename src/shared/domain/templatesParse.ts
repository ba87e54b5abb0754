/**
 * Template syntax: plain text with placeholders written {name} (letters and digits, starting with a
 * letter). "{{" and "}}" write a literal brace. Lines starting "- " are bullets, "1. " numbered
 * items; a blank line starts a new paragraph. Parsing refuses an unclosed "{", a stray "}", an empty
 * or malformed name, each with its line and column.
 */
import { fail, ok, type Result } from '../result';

export type TemplatePart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'placeholder'; readonly name: string; readonly line: number; readonly column: number };

function position(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

function where(text: string, index: number): string {
  const { line, column } = position(text, index);
  return `line ${line}, column ${column}`;
}

/** Splits a template into text and placeholders, or says where its braces are wrong. */
export function templateParse(text: string): Result<TemplatePart[]> {
  const parts: TemplatePart[] = [];
  let literal = '';
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    const next = text[index + 1];
    if ((char === '{' && next === '{') || (char === '}' && next === '}')) {
      literal += char;
      index += 2;
      continue;
    }
    if (char === '}') return fail(`unbalanced "}" at ${where(text, index)} (write "}}" for a literal brace)`);
    if (char !== '{') {
      literal += char;
      index += 1;
      continue;
    }
    const close = text.indexOf('}', index + 1);
    const newline = text.indexOf('\n', index + 1);
    if (close < 0 || (newline >= 0 && newline < close)) {
      return fail(`unclosed "{" at ${where(text, index)} (write "{{" for a literal brace)`);
    }
    const name = text.slice(index + 1, close).trim();
    if (name === '') return fail(`empty placeholder "{}" at ${where(text, index)}`);
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) {
      return fail(
        `"{${name}}" at ${where(text, index)} is not a placeholder name (letters and digits, like {contactFirstName})`,
      );
    }
    if (literal) parts.push({ kind: 'text', text: literal });
    literal = '';
    parts.push({ kind: 'placeholder', name, ...position(text, index) });
    index = close + 1;
  }
  if (literal) parts.push({ kind: 'text', text: literal });
  return ok(parts);
}
