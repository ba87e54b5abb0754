/**
 * A message body in the two coercion types Office.js offers (Office.CoercionType.Text / Html).
 * Outlook keeps one body; getAsync converts on the way out. These conversions are the workbench's:
 * simple and lossless for the text an add-in writes (paragraphs, line breaks, links, entities).
 */

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** Escapes text for use inside HTML. */
export function htmlEscape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Plain text as the HTML body Outlook would produce: one <div> per line, entities escaped. */
export function bodyTextToHtml(text: string): string {
  const lines = text.split(/\r?\n/);
  const divs = lines.map((line) => `<div>${line === '' ? '<br>' : htmlEscape(line)}</div>`);
  return `<html><body>${divs.join('')}</body></html>`;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** An HTML body as plain text: block ends and <br> become line breaks, tags go, entities are decoded. */
export function bodyHtmlToText(html: string): string {
  const withoutHidden = html
    .replace(/<(head|style|script|title)[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  const withBreaks = withoutHidden
    // <div><br></div> is one empty line, not two.
    .replace(/<br\s*\/?>(\s*<\/(div|p)>)/gi, '$1')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(div|p|li|tr|h[1-6]|blockquote)>/gi, '\n');
  const text = decodeEntities(withBreaks.replace(/<[^>]*>/g, ''));
  return text.replace(/\n+$/, '');
}
