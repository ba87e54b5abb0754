import { HTML_QUOTE_MARKERS, HTML_SIGNATURE_MARKERS } from './lang/mailConventions';

/** Plain text of an HTML body, with where the quoted history and the signature were cut. */
export interface HtmlText {
  /** Text before the quoted history and the signature: block elements become line breaks. */
  readonly text: string;
  /** True when an HTML quote marker was found (the history is not in `text`). */
  readonly quoted: boolean;
}

const QUOTE_RE = new RegExp(HTML_QUOTE_MARKERS.join('|'), 'i');
const SIGNATURE_RE = new RegExp(HTML_SIGNATURE_MARKERS.join('|'), 'i');
const INVISIBLE_RE = /<(head|style|script|title|xml|template)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;
const BREAK_RE = /<br\b[^>]*>/gi;
const LIST_ITEM_RE = /<li\b[^>]*>/gi;
const BLOCK_RE =
  /<\/?(p|div|h[1-6]|ul|ol|li|tr|table|tbody|thead|blockquote|pre|hr|section|article|header|footer|address|dl|dt|dd)\b[^>]*>/gi;
const CELL_RE = /<\/?(td|th)\b[^>]*>/gi;
const TAG_RE = /<[^>]*>/g;
const ENTITY_RE = /&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,8});/gi;

/** The entities mail clients actually write in body text; others stay as written (they never hide a word). */
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  rsquo: '\u2019',
  lsquo: '\u2018',
  rdquo: '\u201d',
  ldquo: '\u201c',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  bull: '\u2022',
  zwnj: '',
  zwj: '',
  shy: '',
};

function entityDecode(match: string, body: string): string {
  if (body[0] === '#') {
    const code =
      body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
  }
  const name = body.toLowerCase();
  return Object.prototype.hasOwnProperty.call(NAMED_ENTITIES, name) ? (NAMED_ENTITIES[name] ?? match) : match;
}

/** Cuts `html` at the first match of `re` (the start of the marker's tag), or returns it whole. */
function cutAt(html: string, re: RegExp): { head: string; cut: boolean } {
  const found = re.exec(html);
  return found ? { head: html.slice(0, found.index), cut: true } : { head: html, cut: false };
}

/**
 * Converts an HTML mail body to the text the writer typed: drops head/style/comments, cuts at the
 * quoted history (Outlook's divRplyFwdMsg/appendonsend, Gmail/Apple/Thunderbird quotes) and at the
 * signature block, turns block elements into line breaks and list items into "- " lines, and decodes
 * entities. Never executes or keeps markup.
 */
export function htmlText(html: string): HtmlText {
  // Cut the quoted history first: it is most of a reply's HTML and none of it is read.
  const quote = cutAt(html, QUOTE_RE);
  // Line breaks in HTML source are spaces; only elements break lines.
  const visible = quote.head.replace(INVISIBLE_RE, ' ').replace(/\s+/g, ' ');
  const signature = cutAt(visible, SIGNATURE_RE);
  const text = signature.head
    .replace(BREAK_RE, '\n')
    .replace(LIST_ITEM_RE, '\n- ')
    .replace(BLOCK_RE, '\n')
    .replace(CELL_RE, ' ')
    .replace(TAG_RE, '')
    .replace(ENTITY_RE, entityDecode)
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, quoted: quote.cut };
}
