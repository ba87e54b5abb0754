/**
 * The internet (MIME) header block of a message, as getAllInternetHeadersAsync returns it: one
 * "Name: value" line per header, CRLF-separated. Standard headers come from the message fields; the
 * message's extra headers (auto-reply markers, report content types, add-in headers) follow.
 */
import type { MailMessage, MailPerson } from './mailMessage';
import { subjectNormalized } from './subjectPrefix';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Minutes east of UTC written in an ISO 8601 date-time ("Z" or ±hh:mm); 0 when absent. */
export function isoOffsetMinutes(iso: string): number {
  const match = /([+-])(\d{2}):?(\d{2})$/.exec(iso);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** RFC 5322 date ("Mon, 16 Nov 2026 10:12:00 +0100") in the offset the ISO string was written with. */
export function rfc5322Date(iso: string): string {
  const offset = isoOffsetMinutes(iso);
  const local = new Date(Date.parse(iso) + offset * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${DAYS[local.getUTCDay()]}, ${local.getUTCDate()} ${MONTHS[local.getUTCMonth()]} ${local.getUTCFullYear()} ` +
    `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())} ` +
    `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`
  );
}

/** "Name" <address>, quoting the name when it holds characters that need it. */
export function mailbox(person: MailPerson): string {
  if (!person.name) return person.email;
  const name = /^[\w !#$%&'*+\-/=?^`{|}~]+$/.test(person.name)
    ? person.name
    : `"${person.name.replace(/["\\]/g, '\\$&')}"`;
  return `${name} <${person.email}>`;
}

/** The header block of a message (CRLF line ends, a final CRLF), standard headers first. */
export function internetHeaderBlock(message: MailMessage): string {
  const lines: [string, string][] = [];
  const domain = message.from.email.split('@')[1] ?? 'workbench.localhost';
  lines.push(['Received', `from mail.${domain} by workbench.localhost; ${rfc5322Date(message.sentAt)}`]);
  lines.push(['From', mailbox(message.from)]);
  if (message.to.length > 0) lines.push(['To', message.to.map(mailbox).join(', ')]);
  if (message.cc.length > 0) lines.push(['CC', message.cc.map(mailbox).join(', ')]);
  lines.push(['Subject', message.subject]);
  lines.push(['Thread-Topic', subjectNormalized(message.subject)]);
  lines.push(['Date', rfc5322Date(message.sentAt)]);
  if (message.internetMessageId) lines.push(['Message-ID', message.internetMessageId]);
  if (message.inReplyTo) lines.push(['In-Reply-To', message.inReplyTo]);
  if (message.references.length > 0) lines.push(['References', message.references.join(' ')]);
  lines.push(['MIME-Version', '1.0']);
  const extra = Object.entries(message.headers);
  if (!extra.some(([name]) => name.toLowerCase() === 'content-type')) {
    lines.push(['Content-Type', 'text/plain; charset="utf-8"']);
  }
  lines.push(...extra);
  return lines.map(([name, value]) => `${name}: ${value}\r\n`).join('');
}
