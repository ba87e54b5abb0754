/**
 * Members read and compose items share: loadCustomPropertiesAsync (legacy (callback, userContext)
 * arguments) and notificationMessages, plus the requirement-set gate for members a lower client
 * level does not have.
 */
import type { FrameBinding } from '../shared/hostApi';
import { versionAtLeast } from '../shared/requirementVersion';
import { createCustomProperties } from './customProperties';
import { createNotificationMessages } from './notificationMessages';
import { officeAsync, type CallGate } from './officeAsync';

/** `members` when the client's Mailbox level reaches `minimum`, else nothing (older clients lack them). */
export function since<T extends object>(binding: FrameBinding, minimum: string, members: T): Partial<T> {
  return versionAtLeast(binding.client().requirementLevel, minimum) ? members : {};
}

export function createItemShared(binding: FrameBinding, gate: CallGate) {
  return {
    loadCustomPropertiesAsync: officeAsync<Office.MessageRead['loadCustomPropertiesAsync']>(gate, {
      method: 'mailbox.item.loadCustomPropertiesAsync',
      fixed: 0,
      callbackRequired: true,
      legacy: true,
      run: async () =>
        createCustomProperties(await binding.customPropertiesLoad(), gate, (properties) =>
          binding.customPropertiesSave(properties),
        ),
    }),
    ...since(binding, '1.3', { notificationMessages: createNotificationMessages(binding, gate) }),
  };
}
