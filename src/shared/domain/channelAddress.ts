import { parsePhoneNumberWithError, ParseError, type CountryCode } from 'libphonenumber-js/min';
import { fail, ok, type Result } from '../result';
import { emailAddressNormalize } from './emailAddress';
import type { Channel } from './types';

/** Longest address kept (a postal address fits; anything longer is a paste accident). */
export const ADDRESS_MAX = 300;

const PHONE_CHANNELS: readonly Channel[] = ['phone', 'sms', 'fax'];
const URL_CHANNELS: readonly Channel[] = ['linkedin', 'social', 'video'];

const PHONE_ERRORS: Record<string, string> = {
  INVALID_COUNTRY: 'has an unknown country code',
  NOT_A_NUMBER: 'is not a phone number',
  TOO_SHORT: 'is too short for a phone number',
  TOO_LONG: 'is too long for a phone number',
  INVALID_LENGTH: 'does not have a possible length for its country',
};

/**
 * A phone number in E.164 ("+12125550100"). Numbers starting with "+" are read as international;
 * others only with `defaultCountry` (see phoneCountryOfZone). Only the number's length is checked
 * against its country (libphonenumber's "min" metadata: isPossible), not whether it is assigned.
 * Extensions are refused: E.164 has none.
 */
export function phoneNumberNormalize(text: string, defaultCountry: CountryCode | null): Result<string> {
  const raw = text.trim();
  const shown = `"${raw.slice(0, 40)}"`;
  if (!raw.startsWith('+') && defaultCountry === null) {
    return fail(
      `${shown} has no country code, and the contact's time zone names no country to assume: write it as +<country code> <number>`,
    );
  }
  try {
    const phone = parsePhoneNumberWithError(raw, {
      defaultCountry: defaultCountry ?? undefined,
      extract: false,
    });
    if (phone.ext)
      return fail(
        `${shown} has an extension (${phone.ext}); keep only the number and put the extension in the notes`,
      );
    if (!phone.isPossible())
      return fail(
        `${shown} does not have a possible length for ${phone.country ?? `+${phone.countryCallingCode}`}`,
      );
    return ok(phone.number);
  } catch (error: unknown) {
    const code = error instanceof ParseError ? error.message : 'NOT_A_NUMBER';
    return fail(`${shown} ${PHONE_ERRORS[code] ?? 'is not a phone number'}`);
  }
}

/** An http(s) URL; a bare "linkedin.com/in/x" gets "https://". Other schemes are refused. */
export function webAddressNormalize(text: string): Result<string> {
  const raw = text.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `https://${raw}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return fail(`"${raw.slice(0, 60)}" is not a web address (expected https://…)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return fail(`"${raw.slice(0, 60)}" must be an http(s) web address, not ${url.protocol}`);
  }
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') {
    return fail(`"${raw.slice(0, 60)}" is not a web address (no domain)`);
  }
  return ok(url.href);
}

/**
 * Validates and normalizes the address of a channel: phone/sms/fax numbers to E.164, linkedin/social/
 * video to http(s) URLs, email to a lower-case address; chat handles, in-person places and postal
 * addresses are free text. Reasons do not name the field (the caller adds it).
 */
export function channelAddressNormalize(
  kind: Channel,
  text: string,
  defaultCountry: CountryCode | null,
): Result<string> {
  if (text.trim() === '') return fail('is empty (leave the address out instead)');
  if (text.length > ADDRESS_MAX)
    return fail(`is ${text.length} characters long; at most ${ADDRESS_MAX} are allowed`);
  if (PHONE_CHANNELS.includes(kind)) return phoneNumberNormalize(text, defaultCountry);
  if (URL_CHANNELS.includes(kind)) return webAddressNormalize(text);
  if (kind === 'email') return emailAddressNormalize(text);
  return ok(text.trim());
}
