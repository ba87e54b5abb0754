/**
 * Recipients as typed in a compose form's To/Cc/Bcc line: "Priya Raman <priya@contoso.example>;
 * marcus@fabrikam.example", separated by ; or , — and back. Entries without an address are refused,
 * naming the entry.
 */
import { fail, ok, type Result } from '../../../src/shared/result';
import { isEmailAddress } from '../../shared/fixtureFields';
import type { MailPerson } from '../../shared/mailMessage';

export function recipientsFormat(people: readonly MailPerson[]): string {
  return people
    .map((p) => (p.email === '' ? p.name : p.name && p.name !== p.email ? `${p.name} <${p.email}>` : p.email))
    .join('; ');
}

export function recipientsParse(text: string): Result<MailPerson[]> {
  const out: MailPerson[] = [];
  for (const raw of text.split(/[;,](?=(?:[^"]*"[^"]*")*[^"]*$)/)) {
    const entry = raw.trim();
    if (entry === '') continue;
    const angle = /^(.*?)<([^<>]+)>$/.exec(entry);
    const name = angle ? (angle[1] ?? '').trim().replace(/^"(.*)"$/, '$1') : '';
    const email = (angle ? (angle[2] ?? '') : entry).trim();
    if (!isEmailAddress(email)) return fail(`"${entry}" is not an email address`);
    out.push({ name: name || email, email });
  }
  return ok(out);
}
