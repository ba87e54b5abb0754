/**
 * What mail clients write around a message, by client language. These do not depend on the language
 * the user writes in (an English reply can quote a German Outlook's header), so every list is used
 * whatever the message's language. Sources are case-insensitive regular expressions (ES2017-safe).
 */

/** A separator line such as "-----Original Message-----" in any language: dashes, words, dashes. */
export const QUOTE_SEPARATOR = '^\\s*-{2,}\\s*[^-\\s][^-]{1,60}?\\s*-{2,}\\s*$';

/**
 * Names of the separator lines, for reference and tests (QUOTE_SEPARATOR matches all of them):
 * Outlook, Thunderbird and Gmail in the languages Outlook ships most.
 */
export const QUOTE_SEPARATOR_NAMES: Readonly<Record<string, readonly string[]>> = {
  en: ['Original Message', 'Forwarded message', 'Forwarded Message'],
  de: ['Ursprüngliche Nachricht', 'Weitergeleitete Nachricht'],
  fr: ["Message d'origine", 'Message transféré', 'Message original'],
  es: ['Mensaje original', 'Mensaje reenviado'],
  it: ['Messaggio originale', 'Messaggio inoltrato'],
  nl: ['Oorspronkelijk bericht', 'Doorgestuurd bericht'],
  pt: ['Mensagem original', 'Mensagem encaminhada'],
  sv: ['Ursprungligt meddelande', 'Vidarebefordrat meddelande'],
  da: ['Oprindelig meddelelse', 'Videresendt meddelelse'],
  nb: ['Opprinnelig melding', 'Videresendt melding'],
  fi: ['Alkuperäinen viesti', 'Välitetty viesti'],
  pl: ['Oryginalna wiadomość', 'Przekazana wiadomość'],
};

/** Apple Mail's forward opener, alone on a line. */
export const FORWARD_OPENERS: readonly string[] = [
  '^\\s*begin forwarded message:\\s*$',
  '^\\s*anfang der weitergeleiteten nachricht:\\s*$',
  '^\\s*début du message réexpédié\\s*:\\s*$',
  '^\\s*inicio del mensaje reenviado:\\s*$',
];

/**
 * Attribution lines that introduce a quote ("On Tue, 3 Mar 2026, Dana wrote:"). Clients wrap long
 * ones, so the detector also tries each line joined with the next.
 */
export const ATTRIBUTION_LINES: Readonly<Record<string, string>> = {
  en: '^\\s*on\\b.{4,200}\\bwrote:\\s*$',
  de: '^\\s*(am\\b.{4,200}\\bschrieb\\b.{0,120}|.{1,120}\\bschrieb(\\s+am\\b.{1,120})?):\\s*$',
  fr: '^\\s*le\\b.{4,200}\\ba écrit\\s*:\\s*$',
  es: '^\\s*el\\b.{4,200}\\bescribió:\\s*$',
  it: '^\\s*(il giorno\\b.{4,200}|.{1,120})\\bha scritto:\\s*$',
  nl: '^\\s*op\\b.{4,200}\\bschreef\\b.{0,120}:\\s*$',
  pt: '^\\s*(em|no dia)\\b.{4,200}\\bescreveu:\\s*$',
  sv: '^\\s*den\\b.{4,200}\\bskrev\\b.{0,120}:\\s*$',
  da: '^\\s*den\\b.{4,200}\\bskrev\\b.{0,120}:\\s*$',
  nb: '^\\s*(den\\b.{4,200}|.{1,120})\\bskrev\\b.{0,120}:\\s*$',
  fi: '^.{4,200}\\bkirjoitti:\\s*$',
  pl: '^\\s*(w dniu|dnia)\\b.{4,200}\\bnapisał(a|\\(a\\))?:\\s*$',
};

/**
 * Outlook's reply header block: a "From:" line followed within a few lines by a "Sent:"/"Date:" line.
 * [from label, sent/date label] per language (labels end with an optional space and a colon).
 */
export const HEADER_LABELS: Readonly<Record<string, readonly [string, string]>> = {
  en: ['from', 'sent|date'],
  de: ['von', 'gesendet|datum'],
  fr: ['de', 'envoyé|date'],
  es: ['de', 'enviado el|enviado|fecha'],
  it: ['da', 'inviato|data'],
  nl: ['van', 'verzonden|datum'],
  pt: ['de', 'enviada em|enviado|data'],
  sv: ['från', 'skickat|datum'],
  da: ['fra', 'sendt|dato'],
  nb: ['fra', 'sendt|dato'],
  fi: ['lähettäjä', 'lähetetty|päivämäärä'],
  pl: ['od', 'wysłano|wysłane|data'],
};

/** Lines a mobile client appends: they end the new text. */
export const MOBILE_SIGNATURES: readonly string[] = [
  '^\\s*sent from my \\S.{0,40}$',
  '^\\s*sent from (outlook|mail) for \\S.{0,30}$',
  '^\\s*get outlook for (ios|android)\\s*$',
  '^\\s*von meinem \\S.{0,30} gesendet\\s*$',
  '^\\s*envoyé de mon \\S.{0,30}$',
  '^\\s*enviado desde mi \\S.{0,30}$',
  '^\\s*inviato da(l mio)? \\S.{0,30}$',
  '^\\s*verzonden (vanaf|met) (mijn )?\\S.{0,30}$',
  '^\\s*enviado do meu \\S.{0,30}$',
  '^\\s*skickat från min \\S.{0,30}$',
];

/** Subject prefixes of replies and forwards, every client language ("RE:", "AW:", "TR:", "Fwd:"…). */
export const REPLY_FORWARD_PREFIX =
  '^\\s*((re|aw|antw|antwort|sv|vs|r|rif|ris|réf|rv|res|odp|vá|ynt|отв)|(fw|fwd|wg|tr|rv|enc|i|doorst|vb|vl|pd|fs))\\s*(\\[\\d+\\])?\\s*:';

/** HTML markers where quoted history starts (Outlook desktop and web, Gmail, Apple Mail, Thunderbird). */
export const HTML_QUOTE_MARKERS: readonly string[] = [
  '<div[^>]*\\bid="?(x_)?divRplyFwdMsg\\b',
  '<div[^>]*\\bid="?(x_)?appendonsend\\b',
  '<div[^>]*\\bid="?mail-editor-reference-message-container\\b',
  '<div[^>]*\\bclass="?[^">]*\\b(gmail_quote|yahoo_quoted|moz-cite-prefix|OutlookMessageHeader)\\b',
  '<blockquote[^>]*\\btype="?cite\\b',
  '<blockquote[^>]*\\bclass="?[^">]*\\bquote\\b',
];

/** HTML markers where the signature starts (it runs to the quoted history or the end). */
export const HTML_SIGNATURE_MARKERS: readonly string[] = [
  '<div[^>]*\\bid="?(x_)?Signature\\b',
  '<div[^>]*\\bclass="?[^">]*\\bgmail_signature\\b',
  '<[a-z]+[^>]*\\bdata-smartmail="?gmail_signature\\b',
  '<div[^>]*\\bclass="?[^">]*\\bmoz-signature\\b',
];
