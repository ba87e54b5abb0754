import type { CountryCode } from 'libphonenumber-js/min';
import { ok, type Result } from '../result';
import { channelAddressNormalize } from './channelAddress';
import { describeValue, fieldFail, isRecord, listCheck, unknownFieldsCheck } from './fieldCheck';
import { CHANNELS, type Channel, type ContactChannel } from './types';

/** At most this many channels per contact. */
export const CHANNELS_MAX = 10;

function channelValidate(
  value: unknown,
  field: string,
  defaultCountry: CountryCode | null,
): Result<ContactChannel> {
  if (typeof value === 'string') return channelValidate({ kind: value }, field, defaultCountry);
  if (!isRecord(value))
    return fieldFail(field, `must be { "kind": …, "address": … }, got ${describeValue(value)}`);
  const known = unknownFieldsCheck(value, ['kind', 'address'], field);
  if (!known.ok) return known;
  if (typeof value.kind !== 'string' || !(CHANNELS as readonly string[]).includes(value.kind)) {
    return fieldFail(
      `${field}.kind`,
      `unknown channel ${describeValue(value.kind)} (one of ${CHANNELS.join(', ')})`,
    );
  }
  const kind = value.kind as Channel;
  if (value.address === undefined || value.address === null) return ok({ kind });
  if (typeof value.address !== 'string') {
    return fieldFail(`${field}.address`, `must be text, got ${describeValue(value.address)}`);
  }
  const address = channelAddressNormalize(kind, value.address, defaultCountry);
  if (!address.ok) return fieldFail(`${field}.address`, address.reason);
  return ok({ kind, address: address.value });
}

/**
 * Validates a ranked channel list (#1 first): each entry { kind, address? } (or just the kind as a
 * string), kinds from CHANNELS, addresses normalized per kind (channelAddressNormalize; numbers
 * without a country code are read in `defaultCountry`). The same kind and address twice is refused.
 */
export function contactChannelsValidate(
  value: unknown,
  field: string,
  defaultCountry: CountryCode | null,
): Result<ContactChannel[]> {
  const channels = listCheck(value, field, { max: CHANNELS_MAX }, (item, itemField) =>
    channelValidate(item, itemField, defaultCountry),
  );
  if (!channels.ok) return channels;
  const seen = new Set<string>();
  for (const [index, channel] of channels.value.entries()) {
    const key = `${channel.kind} ${channel.address ?? ''}`;
    if (seen.has(key))
      return fieldFail(
        `${field}[${index}]`,
        `repeats an earlier channel (${channel.kind}${channel.address ? ` ${channel.address}` : ''})`,
      );
    seen.add(key);
  }
  return ok(channels.value);
}
