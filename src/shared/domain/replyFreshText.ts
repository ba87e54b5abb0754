/**
 * The new part of a reply: the text above the quoted history. A human reply that quotes an
 * auto-reply, or a thread that quotes "I am out of office until…", must not be read as one.
 */
import { textFold } from './textFold';

/** "On Tue, 2 Dec 2025 at 10:04, Jane <jane@x> wrote:" and its translations (Gmail, Apple Mail, Thunderbird). */
const QUOTE_INTRO: readonly RegExp[] = [
  /^on\b.{0,200}\bwrote\s*:?$/u,
  /^am\b.{0,200}\bschrieb\b.{0,120}$/u,
  /^le\b.{0,200}\ba écrit\s*:?$/u,
  /^el\b.{0,200}\bescribió\s*:?$/u,
  /^il\b.{0,200}\bha scritto\s*:?$/u,
  /^op\b.{0,200}\bschreef\b.{0,120}$/u,
  /^em\b.{0,200}\bescreveu\s*:?$/u,
  /^.{0,120}<[^>\s]+@[^>\s]+>\s*(?:wrote|schrieb|a écrit|escribió|ha scritto|schreef|escreveu)\s*:?$/u,
];

/** "-----Original Message-----", Outlook's underscore rule and their translations. */
const SEPARATOR =
  /^(?:-{2,}\s*(?:original message|forwarded message|ursprüngliche nachricht|originalnachricht|weitergeleitete nachricht|message d'origine|message original|message transféré|mensaje original|mensaje reenviado|messaggio originale|messaggio inoltrato|oorspronkelijk bericht|doorgestuurd bericht|mensagem original|mensagem encaminhada)\s*-{2,}|_{10,}|-{10,})$/u;

/** Outlook's quoted header block: "From: …" followed within three lines by "Sent: …" (or a translation). */
const OUTLOOK_FROM = /^\*?(?:from|von|de|da|van)\s?:\*?\s/u;
const OUTLOOK_NEXT =
  /^\*?(?:sent|date|to|gesendet|datum|an|envoyé|à|enviado(?: el)?|enviada(?: em)?|fecha|para|inviato|data|a|verzonden|verstuurd|aan)\s?:/u;

function startsQuote(lines: readonly string[], index: number): boolean {
  const line = lines[index] ?? '';
  if (SEPARATOR.test(line)) return true;
  if (QUOTE_INTRO.some((pattern) => pattern.test(line))) return true;
  // A Gmail intro wrapped onto two lines.
  const joined = `${line} ${lines[index + 1] ?? ''}`.trim();
  if (/^(?:on|am|le|el|il|op|em)\b/u.test(line) && QUOTE_INTRO.some((pattern) => pattern.test(joined))) {
    return true;
  }
  if (OUTLOOK_FROM.test(line)) {
    return lines.slice(index + 1, index + 4).some((next) => OUTLOOK_NEXT.test(next));
  }
  return false;
}

/** The text above the first quoted-history marker, without ">" quoted lines (NFC, original case). */
export function replyFreshText(body: string): string {
  const original = body.normalize('NFC').split(/\r?\n/);
  const folded = original.map((line) => textFold(line).trim());
  const kept: string[] = [];
  for (let index = 0; index < original.length; index++) {
    if (startsQuote(folded, index)) break;
    if (folded[index]?.startsWith('>')) continue;
    kept.push(original[index] ?? '');
  }
  return kept.join('\n').trim();
}
