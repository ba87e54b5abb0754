/** The person placeholders every template knows ({contactName}, {contactFirstName}, {userName}). */
import type { TrackedRecipient } from '../domain/types';
import { personShortName } from './appStrings';

export interface PersonValues {
  readonly contactName: string;
  readonly contactFirstName: string;
  readonly userName: string;
}

/** Values for the person placeholders: the contact's name (else their address) and the user's name. */
export function templatePerson(contact: TrackedRecipient | undefined, userName: string): PersonValues {
  return {
    contactName: contact ? contact.name || contact.email : '',
    contactFirstName: contact ? personShortName(contact.name, contact.email) : '',
    userName,
  };
}
