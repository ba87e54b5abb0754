/** The original message quoted under a reply or forward, the way Outlook writes it in plain text. */
import { rfc5322Date } from './internetHeaders';
import type { MailMessage, MailPerson } from './mailMessage';

function names(people: readonly MailPerson[]): string {
  return people.map((p) => p.name || p.email).join('; ');
}

/** A separator line, the original's From/Sent/To/Cc/Subject, then its body; starts with a blank line. */
export function quotedOriginal(original: MailMessage): string {
  return [
    '',
    '________________________________',
    `From: ${original.from.name} <${original.from.email}>`,
    `Sent: ${rfc5322Date(original.sentAt)}`,
    `To: ${names(original.to)}`,
    ...(original.cc.length > 0 ? [`Cc: ${names(original.cc)}`] : []),
    `Subject: ${original.subject}`,
    '',
    original.body,
  ].join('\n');
}
