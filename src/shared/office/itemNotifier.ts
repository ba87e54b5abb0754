/** NotifierPort over item.notificationMessages (Mailbox 1.3; InsightMessage 1.10). */
import type { Notice, NotifierPort } from '../ports';
import { officeCall } from './officeCall';

/** Office refuses longer messages with ArgumentOutOfRange (Office.NotificationMessageDetails.message). */
export const NOTICE_MAX_CHARACTERS = 150;
/** The manifest image shown before informational and insight notices (required for those types). */
export const NOTICE_ICON = 'Icon.16';

/** Cuts text to Office's limit, on a word boundary when one is near, with an ellipsis. */
export function noticeText(message: string): string {
  const clean = message.replace(/\s+/g, ' ').trim();
  if (clean.length <= NOTICE_MAX_CHARACTERS) return clean;
  const cut = clean.slice(0, NOTICE_MAX_CHARACTERS - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > NOTICE_MAX_CHARACTERS - 30 ? cut.slice(0, space) : cut}…`;
}

function details(notice: Notice): Office.NotificationMessageDetails {
  const types = Office.MailboxEnums.ItemNotificationMessageType;
  const message = noticeText(notice.message);
  switch (notice.kind) {
    case 'error':
      return { type: types.ErrorMessage, message };
    case 'progress':
      return { type: types.ProgressIndicator, message };
    case 'insight':
      return {
        type: types.InsightMessage,
        message,
        icon: NOTICE_ICON,
        actions: notice.action
          ? [
              {
                actionType: Office.MailboxEnums.ActionType.ShowTaskPane,
                actionText: notice.action.label,
                commandId: notice.action.commandId,
                // Read by the pane with getInitializationContextAsync (Mailbox 1.8) to open the right view.
                contextData: notice.action.context ?? '',
              },
            ]
          : [],
      };
    case 'info':
      return {
        type: types.InformationalMessage,
        message,
        icon: NOTICE_ICON,
        persistent: notice.persistent ?? false,
      };
  }
}

/** Creates the notifier for the current item (read or compose). */
export function createItemNotifier(): NotifierPort {
  const messages = () => {
    const item = Office.context.mailbox.item;
    if (!item) throw new Error('no item is open');
    return item.notificationMessages;
  };
  return {
    show: (key, notice) =>
      officeCall<void>('notificationMessages.replaceAsync', (cb) =>
        messages().replaceAsync(key, details(notice), cb),
      ),
    clear: (key) =>
      officeCall<void>('notificationMessages.removeAsync', (cb) => messages().removeAsync(key, cb)),
  };
}
