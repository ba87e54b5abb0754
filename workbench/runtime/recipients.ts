/**
 * Recipients: EmailAddressDetails as the web runtime builds them (createEmailAddressDetails: address,
 * name, recipientType; appointmentResponse only for meetings), and compose's to/cc/bcc with
 * validateRecipientParameters' checks: a list of at most 100 per call, each a string or an object with
 * displayName/emailAddress, names ≤255 and addresses ≤571 characters.
 */
import type { FrameBinding, HostPerson, RecipientField } from '../shared/hostApi';
import { argumentError, argumentOutOfRangeError } from './officeErrors';
import { officeAsync, type CallGate } from './officeAsync';

export const RECIPIENTS_PER_CALL = 100;
const DISPLAY_NAME_MAX = 255;
const ADDRESS_MAX = 571;

/**
 * Office's EmailAddressDetails for a person: a distribution list of the directory (`lists`), internal
 * (same domain as the user), external, or "other" when it has no address (an unresolved name).
 */
export function emailDetails(
  person: HostPerson,
  userEmail: string,
  lists: readonly string[] = [],
): Office.EmailAddressDetails {
  const domain = (email: string) => email.split('@')[1]?.toLowerCase() ?? '';
  const internal = domain(person.emailAddress) !== '' && domain(person.emailAddress) === domain(userEmail);
  const type = lists.includes(person.emailAddress.toLowerCase())
    ? 'distributionList'
    : person.emailAddress === ''
      ? 'other'
      : internal
        ? 'user'
        : 'externalUser';
  return {
    emailAddress: person.emailAddress,
    displayName: person.displayName,
    recipientType: type,
  } as Office.EmailAddressDetails;
}

/** Checks a recipients argument and returns it as host people. */
export function recipientsValidate(value: unknown): HostPerson[] {
  if (!Array.isArray(value)) throw argumentError('recipients');
  if (value.length > RECIPIENTS_PER_CALL) throw argumentOutOfRangeError('recipients', value.length);
  return value.map((entry: unknown) => {
    let displayName: unknown;
    let emailAddress: unknown;
    if (typeof entry === 'string') {
      displayName = entry;
      emailAddress = entry;
    } else if (typeof entry === 'object' && entry !== null) {
      displayName = (entry as { displayName?: unknown }).displayName;
      emailAddress = (entry as { emailAddress?: unknown }).emailAddress;
    } else {
      throw argumentError('recipients');
    }
    if (!displayName && !emailAddress) throw argumentError('recipients');
    if (typeof displayName === 'string' && displayName.length > DISPLAY_NAME_MAX) {
      throw argumentOutOfRangeError('recipients', displayName.length);
    }
    if (typeof emailAddress === 'string' && emailAddress.length > ADDRESS_MAX) {
      throw argumentOutOfRangeError('recipients', emailAddress.length);
    }
    if (typeof displayName !== 'string' && typeof emailAddress !== 'string')
      throw argumentError('recipients');
    const address = typeof emailAddress === 'string' ? emailAddress : '';
    return { displayName: typeof displayName === 'string' ? displayName : address, emailAddress: address };
  });
}

/** A compose item's to / cc / bcc. */
export function createComposeRecipients(
  binding: FrameBinding,
  gate: CallGate,
  field: RecipientField,
): Office.Recipients {
  const method = `mailbox.item.${field}`;
  const user = () => binding.client().user.emailAddress;
  return {
    getAsync: officeAsync<Office.Recipients['getAsync']>(gate, {
      method: `${method}.getAsync`,
      fixed: 0,
      callbackRequired: true,
      run: async () =>
        (await binding.recipientsGet(field)).map((p) => emailDetails(p, user(), binding.client().lists)),
    }),
    setAsync: officeAsync<Office.Recipients['setAsync']>(gate, {
      method: `${method}.setAsync`,
      fixed: 1,
      callbackRequired: false,
      validate: ([recipients]) => void recipientsValidate(recipients),
      run: ([recipients]) => binding.recipientsSet(field, recipientsValidate(recipients)),
    }),
    addAsync: officeAsync<Office.Recipients['addAsync']>(gate, {
      method: `${method}.addAsync`,
      fixed: 1,
      callbackRequired: false,
      validate: ([recipients]) => void recipientsValidate(recipients),
      run: ([recipients]) => binding.recipientsAdd(field, recipientsValidate(recipients)),
    }),
  };
}
