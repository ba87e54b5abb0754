/**
 * Office.context.mailbox: the current item (read or compose; replaced on ItemChanged), userProfile,
 * diagnostics, the event handlers, the display*Form methods and the id converters.
 */
import type { FrameBinding } from '../shared/hostApi';
import { windowsZoneOf } from '../shared/windowsZone';
import { createComposeItem } from './composeItem';
import { createMailboxForms } from './displayForms';
import { EventType } from './enums';
import type { EventHandlers } from './eventHandlers';
import { since } from './itemShared';
import type { CallGate } from './officeAsync';
import { createReadItem } from './readItem';

type MailboxMembers = Pick<
  Office.Mailbox,
  | 'userProfile'
  | 'diagnostics'
  | 'displayMessageForm'
  | 'displayNewMessageForm'
  | 'convertToRestId'
  | 'convertToEwsId'
> &
  Partial<
    Pick<
      Office.Mailbox,
      'addHandlerAsync' | 'removeHandlerAsync' | 'displayMessageFormAsync' | 'displayNewMessageFormAsync'
    >
  >;

/** EWS ids use base64's "+" and "/", REST ids "_" and "-" (convertToRestId, Mailbox 1.3). */
function restId(id: string): string {
  return id.replace(/\+/g, '_').replace(/\//g, '-');
}

function ewsId(id: string): string {
  return id.replace(/_/g, '+').replace(/-/g, '/');
}

export function createMailbox(
  binding: FrameBinding,
  gate: CallGate,
  events: EventHandlers,
  hostVersion: string,
): { mailbox: Office.Mailbox; itemChanged(): void } {
  const build = (): Office.MessageRead | Office.MessageCompose | null => {
    const item = binding.item();
    if (!item) return null;
    return item.mode === 'read' ? createReadItem(item, binding, gate) : createComposeItem(binding, gate);
  };
  let item = build();
  const client = binding.client();
  const { displayMessageForm, displayNewMessageForm, displayMessageFormAsync, displayNewMessageFormAsync } =
    createMailboxForms(binding, gate);
  const members: MailboxMembers = {
    userProfile: {
      displayName: client.user.displayName,
      emailAddress: client.user.emailAddress,
      // Outlook reports Windows zone names ("W. Europe Standard Time"); the session keeps IANA.
      timeZone: windowsZoneOf(client.user.timeZone) ?? client.user.timeZone,
      accountType: client.user.accountType,
    },
    diagnostics: {
      hostName: 'OutlookWebApp',
      hostVersion,
      OWAView: 'ThreeColumns',
    } as Office.Diagnostics,
    displayMessageForm,
    displayNewMessageForm,
    convertToRestId: restId,
    convertToEwsId: ewsId,
    ...since(binding, '1.5', events.members(gate)),
    ...since(binding, '1.9', { displayMessageFormAsync, displayNewMessageFormAsync }),
  };
  Object.defineProperty(members, 'item', { enumerable: true, get: () => item });
  return {
    mailbox: members as unknown as Office.Mailbox,
    itemChanged() {
      item = build();
      events.raise(EventType.ItemChanged, { type: EventType.ItemChanged });
    },
  };
}
