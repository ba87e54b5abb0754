/**
 * Subject prefixes as Outlook writes and strips them: "RE: ", "FW: " when answering, and the
 * normalized subject (Office.MessageRead.normalizedSubject) without any reply/forward prefix.
 */

// Outlook strips the prefixes of the common locales: RE/FW/FWD (en), AW/WG (de), TR (fr), SV/VS (nordic), RV (es).
const PREFIX = /^\s*((re|fw|fwd|aw|wg|tr|sv|vs|rv)(\[\d+\])?\s*:\s*)+/i;

/** The subject without leading reply/forward prefixes. */
export function subjectNormalized(subject: string): string {
  return subject.replace(PREFIX, '');
}

/** The subject of a reply or forward of a message with this subject, as Outlook pre-fills it. */
export function subjectForResponse(kind: 'reply' | 'replyAll' | 'forward', subject: string): string {
  return `${kind === 'forward' ? 'FW' : 'RE'}: ${subjectNormalized(subject)}`;
}
