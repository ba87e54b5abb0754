/**
 * Whether a message being sent continues a tracked one by its subject: its subject, once reply
 * prefixes are taken off ("RE:", "AW:", "SV:", "Antw:", "RIF:"…, repeated or bracketed), equals the
 * tracked subject as stored (which storage shortens to 48 characters ending with "…"). Used when the
 * conversation id cannot tell: a reminder drafted as a new message, a client that changed the id.
 */
const REPLY_PREFIX =
  /^\s*(?:\[[^\]]*\]\s*)?(?:re|aw|sv|vs|antw|r|rif|res|odp|ynt|atb|\u8fd4\u4fe1|\u56de\u590d)\s*(?:\[\d+\])?\s*:\s*/iu;

function bare(subject: string): string {
  let text = subject.replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 10; i += 1) {
    const next = text.replace(REPLY_PREFIX, '');
    if (next === text) break;
    text = next;
  }
  return text.toLowerCase();
}

/** True when `subject` (being sent) is a reply-prefixed form of the tracked `stored` subject. */
export function subjectContinues(subject: string, stored: string): boolean {
  if (!REPLY_PREFIX.test(subject)) return false;
  const sent = bare(subject);
  const tracked = bare(stored);
  if (tracked === '') return false;
  if (tracked.endsWith('\u2026')) return sent.startsWith(tracked.slice(0, -1).trimEnd());
  return sent === tracked;
}
