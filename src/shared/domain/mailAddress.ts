/**
 * Email address parts the reply classifier compares: the domain, the organisation's registrable
 * domain, whether that domain is a public mailbox provider, and whether the local part is a
 * machine's (noreply@…).
 */
import { PUBLIC_MAIL_DOMAINS, TWO_LABEL_SUFFIXES } from './mailDomainData';

/** Lower-cased and trimmed; "" stays "". */
export function addressNormalize(email: string): string {
  return email.trim().toLowerCase();
}

/** The part after the last "@", lower case; "" when there is none. */
export function addressDomain(email: string): string {
  const normalized = addressNormalize(email);
  const at = normalized.lastIndexOf('@');
  return at < 0 ? '' : normalized.slice(at + 1).replace(/\.$/, '');
}

/** The part before the last "@", lower case. */
export function addressLocalPart(email: string): string {
  const normalized = addressNormalize(email);
  const at = normalized.lastIndexOf('@');
  return at < 0 ? normalized : normalized.slice(0, at);
}

/**
 * The organisation's registrable domain: "eu.mail.contoso.com" → "contoso.com",
 * "sales.contoso.co.uk" → "contoso.co.uk" (a short list of two-label public suffixes stands in
 * for the full public-suffix list, which would not fit the commands bundle).
 */
export function orgDomain(domain: string): string {
  const labels = domain.toLowerCase().split('.').filter(Boolean);
  if (labels.length <= 2) return labels.join('.');
  const lastTwo = labels.slice(-2).join('.');
  const keep = TWO_LABEL_SUFFIXES.has(lastTwo) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** True for domains anyone can get a mailbox at (gmail.com, outlook.com…): sharing one proves nothing. */
export function isPublicMailDomain(domain: string): boolean {
  const org = orgDomain(domain);
  return PUBLIC_MAIL_DOMAINS.has(org) || PUBLIC_MAIL_DOMAINS.has(domain.toLowerCase());
}

const MACHINE_LOCAL_PART =
  /^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|notifications?|notify|newsletters?|news|marketing|mailer|bounces?|alerts?|automated|system)(?:[-_.+].*)?$/;

/** True when the local part names a machine, not a person (noreply@, newsletter@, notifications@…). */
export function isMachineAddress(email: string): boolean {
  return MACHINE_LOCAL_PART.test(addressLocalPart(email));
}
