import { fail, ok, type Result } from '../result';

/** One "@", no spaces or address-list punctuation, a dot in the domain. Not RFC 5322: what Outlook sends to. */
const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]+$/;

/**
 * Normalizes an SMTP address (trimmed, lower case) or refuses it (empty, X.500 "/o=…" addresses,
 * display names, lists). Reasons do not name the field (the caller adds it).
 */
export function emailAddressNormalize(text: string): Result<string> {
  const address = text.trim().toLowerCase();
  if (address.length > 254 || !EMAIL.test(address))
    return fail(`"${text.trim().slice(0, 60)}" is not an email address`);
  return ok(address);
}
