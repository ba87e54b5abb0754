/**
 * Office.context.mailbox.item for a message in read mode (Office.MessageRead): the synchronous
 * properties from the device's item, body.getAsync, custom properties, notifications,
 * getAllInternetHeadersAsync (1.8) and the reply forms.
 */
import type { FrameBinding, HostPerson, HostReadItem } from '../shared/hostApi';
import { subjectNormalized } from '../shared/subjectPrefix';
import { createBody } from './body';
import { createReplyForms } from './displayForms';
import { createItemShared, since } from './itemShared';
import { officeAsync, type CallGate } from './officeAsync';
import { emailDetails } from './recipients';

type ReadMembers = Pick<
  Office.MessageRead,
  | 'itemType'
  | 'itemId'
  | 'itemClass'
  | 'subject'
  | 'normalizedSubject'
  | 'from'
  | 'sender'
  | 'to'
  | 'cc'
  | 'dateTimeCreated'
  | 'dateTimeModified'
  | 'conversationId'
  | 'internetMessageId'
  | 'attachments'
  | 'body'
  | 'loadCustomPropertiesAsync'
  | 'displayReplyForm'
  | 'displayReplyAllForm'
> &
  Partial<
    Pick<
      Office.MessageRead,
      | 'notificationMessages'
      | 'getAllInternetHeadersAsync'
      | 'displayReplyFormAsync'
      | 'displayReplyAllFormAsync'
    >
  >;

export function createReadItem(
  item: HostReadItem,
  binding: FrameBinding,
  gate: CallGate,
): Office.MessageRead {
  const userEmail = binding.client().user.emailAddress;
  const details = (p: HostPerson) => emailDetails(p, userEmail, binding.client().lists);
  const { displayReplyForm, displayReplyAllForm, displayReplyFormAsync, displayReplyAllFormAsync } =
    createReplyForms(binding, gate);
  const read: ReadMembers = {
    itemType: 'message',
    itemId: item.itemId,
    itemClass: item.itemClass,
    subject: item.subject,
    normalizedSubject: subjectNormalized(item.subject),
    from: details(item.from),
    sender: details(item.from),
    to: item.to.map(details),
    cc: item.cc.map(details),
    dateTimeCreated: new Date(item.dateTimeCreated),
    dateTimeModified: new Date(item.dateTimeModified),
    conversationId: item.conversationId as string,
    internetMessageId: item.internetMessageId as string,
    attachments: [],
    body: createBody(binding, gate, false),
    displayReplyForm,
    displayReplyAllForm,
    ...createItemShared(binding, gate),
    ...since(binding, '1.8', {
      getAllInternetHeadersAsync: officeAsync<Office.MessageRead['getAllInternetHeadersAsync']>(gate, {
        method: 'mailbox.item.getAllInternetHeadersAsync',
        fixed: 0,
        callbackRequired: true,
        run: () => binding.headersAll(),
      }),
    }),
    ...since(binding, '1.9', { displayReplyFormAsync, displayReplyAllFormAsync }),
  };
  return read as Office.MessageRead;
}
