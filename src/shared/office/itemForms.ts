/** FormsPort over Outlook's display*Form methods (not available inside event handlers). */
import type { FormsPort, Recipient } from '../ports';
import { OfficeCallError } from './officeCallError';

const addresses = (recipients: readonly Recipient[]) => recipients.map((r) => r.emailAddress).filter(Boolean);

function run(operation: string, action: () => void): void {
  try {
    action();
  } catch (error: unknown) {
    throw OfficeCallError.fromThrown(operation, error);
  }
}

/** Creates the forms adapter. */
export function createItemForms(): FormsPort {
  const mailbox = () => Office.context.mailbox;
  return {
    replyAll: (htmlBody) =>
      run('item.displayReplyAllForm', () => {
        const item = mailbox().item as Office.MessageRead | null | undefined;
        if (!item) throw new Error('no message is open to reply to');
        item.displayReplyAllForm({ htmlBody });
      }),
    newMessage: (message) =>
      run('mailbox.displayNewMessageForm', () =>
        mailbox().displayNewMessageForm({
          toRecipients: addresses(message.to),
          ccRecipients: addresses(message.cc ?? []),
          subject: message.subject,
          htmlBody: message.htmlBody,
        }),
      ),
    openItem: (itemId) => run('mailbox.displayMessageForm', () => mailbox().displayMessageForm(itemId)),
    // displayNewAppointmentForm: Mailbox 1.1, body ≤ 32 KB of text; absent in some hosts (the workbench),
    // where the caller offers an email instead.
    newAppointment: (appointment) =>
      run('mailbox.displayNewAppointmentForm', () => {
        const box = mailbox();
        if (typeof box.displayNewAppointmentForm !== 'function')
          throw new Error('this version of Outlook cannot open a meeting request from an add-in');
        box.displayNewAppointmentForm({
          requiredAttendees: addresses(appointment.attendees),
          start: new Date(appointment.start),
          end: new Date(appointment.end),
          subject: appointment.subject,
          body: appointment.body.slice(0, 32_000),
          ...(appointment.location ? { location: appointment.location } : {}),
        });
      }),
  };
}
