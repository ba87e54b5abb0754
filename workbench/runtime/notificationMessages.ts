/**
 * item.notificationMessages (Mailbox 1.3): argument checks here (notificationValidate.ts), the item's
 * limits (5 per item, duplicate key, missing key) on the host, which keeps the messages on the item.
 */
import type { FrameBinding } from '../shared/hostApi';
import type { StoredNotification } from '../shared/mailMessage';
import { officeAsync, type CallGate } from './officeAsync';
import { notificationDetailsValidate, notificationKeyValidate } from './notificationValidate';

const BASE = 'mailbox.item.notificationMessages';

function details(stored: StoredNotification): Office.NotificationMessageDetails {
  return JSON.parse(JSON.stringify(stored)) as Office.NotificationMessageDetails;
}

export function createNotificationMessages(
  binding: FrameBinding,
  gate: CallGate,
): Office.NotificationMessages {
  const change = (op: 'add' | 'replace') =>
    officeAsync<Office.NotificationMessages['addAsync']>(gate, {
      method: `${BASE}.${op}Async`,
      fixed: 2,
      callbackRequired: false,
      validate([key, data]) {
        notificationDetailsValidate(notificationKeyValidate(key), data);
      },
      async run([key, data]) {
        const notification = notificationDetailsValidate(String(key), data);
        await binding.notifications({ op, notification });
      },
    });
  return {
    addAsync: change('add'),
    replaceAsync: change('replace'),
    removeAsync: officeAsync<Office.NotificationMessages['removeAsync']>(gate, {
      method: `${BASE}.removeAsync`,
      fixed: 1,
      callbackRequired: false,
      validate([key]) {
        notificationKeyValidate(key);
      },
      async run([key]) {
        await binding.notifications({ op: 'remove', key: String(key) });
      },
    }),
    getAllAsync: officeAsync<Office.NotificationMessages['getAllAsync']>(gate, {
      method: `${BASE}.getAllAsync`,
      fixed: 0,
      callbackRequired: true,
      run: async () => (await binding.notifications({ op: 'getAll' })).map(details),
    }),
  };
}
