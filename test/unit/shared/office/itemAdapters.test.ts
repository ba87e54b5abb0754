import { officeCapabilities } from '../../../../src/shared/office/capabilities';
import { createItemContent } from '../../../../src/shared/office/itemContent';
import { createItemForms } from '../../../../src/shared/office/itemForms';
import {
  createItemNotifier,
  NOTICE_MAX_CHARACTERS,
  noticeText,
} from '../../../../src/shared/office/itemNotifier';
import { failed, installOfficeGlobal, succeeded } from '../../officeGlobal';

type Callback<T> = (result: Office.AsyncResult<T>) => void;

const enums = {
  MailboxEnums: {
    ItemNotificationMessageType: {
      ProgressIndicator: 'progressIndicator',
      InformationalMessage: 'informationalMessage',
      ErrorMessage: 'errorMessage',
      InsightMessage: 'insightMessage',
    },
    ActionType: { ShowTaskPane: 'showTaskPane' },
  },
  CoercionType: { Text: 'text', Html: 'html' },
};

function withItem(item: Partial<Office.MessageRead> | null, mailbox: Partial<Office.Mailbox> = {}): void {
  installOfficeGlobal({ ...enums, context: { mailbox: { item, ...mailbox } } });
}

/** A typed fake of notificationMessages that records calls and can fail. */
function fakeNotifications(result: Office.AsyncResult<void>) {
  const calls: { method: string; key: string; details?: Office.NotificationMessageDetails }[] = [];
  const fake: Pick<Office.NotificationMessages, 'replaceAsync' | 'removeAsync'> = {
    replaceAsync: ((key: string, details: Office.NotificationMessageDetails, cb: Callback<void>) => {
      calls.push({ method: 'replace', key, details });
      cb(result);
    }) as Office.NotificationMessages['replaceAsync'],
    removeAsync: ((key: string, cb: Callback<void>) => {
      calls.push({ method: 'remove', key });
      cb(result);
    }) as Office.NotificationMessages['removeAsync'],
  };
  return { fake: fake as Office.NotificationMessages, calls };
}

describe('noticeText', () => {
  it('keeps a message within 150 characters as it is (white space folded)', () => {
    expect(noticeText('ReachPlan:  reminder Tue 9:00\nif Priya does not reply.')).toBe(
      'ReachPlan: reminder Tue 9:00 if Priya does not reply.',
    );
  });

  it('cuts longer text on a word boundary with an ellipsis, never over the limit', () => {
    const text = noticeText(`ReachPlan: ${'word '.repeat(60)}end`);
    expect(text.length).toBeLessThanOrEqual(NOTICE_MAX_CHARACTERS);
    expect(text.endsWith('word…')).toBe(true);
  });

  it('cuts a long unbroken string at the limit', () => {
    expect(noticeText('x'.repeat(400))).toHaveLength(NOTICE_MAX_CHARACTERS);
  });
});

describe('createItemNotifier', () => {
  it('shows a persistent informational notice with the manifest icon', async () => {
    const { fake, calls } = fakeNotifications(succeeded(undefined));
    withItem({ notificationMessages: fake });
    await createItemNotifier().show('rp-state', { kind: 'info', message: 'Tracked', persistent: true });
    expect(calls).toEqual([
      {
        method: 'replace',
        key: 'rp-state',
        details: { type: 'informationalMessage', message: 'Tracked', icon: 'Icon.16', persistent: true },
      },
    ]);
  });

  it('shows an insight notice with one ShowTaskPane action and its context', async () => {
    const { fake, calls } = fakeNotifications(succeeded(undefined));
    withItem({ notificationMessages: fake });
    await createItemNotifier().show('rp-due', {
      kind: 'insight',
      message: '2 follow-ups due',
      action: { label: 'Open ReachPlan', commandId: 'ComposeTaskpaneButton', context: '{"view":"due"}' },
    });
    expect(calls[0]?.details).toEqual({
      type: 'insightMessage',
      message: '2 follow-ups due',
      icon: 'Icon.16',
      actions: [
        {
          actionType: 'showTaskPane',
          actionText: 'Open ReachPlan',
          commandId: 'ComposeTaskpaneButton',
          contextData: '{"view":"due"}',
        },
      ],
    });
  });

  it('maps error notices without icon or persistence (Office rejects them there)', async () => {
    const { fake, calls } = fakeNotifications(succeeded(undefined));
    withItem({ notificationMessages: fake });
    await createItemNotifier().show('rp-error', {
      kind: 'error',
      message: 'Could not save',
      persistent: true,
    });
    expect(calls[0]?.details).toEqual({ type: 'errorMessage', message: 'Could not save' });
  });

  it('rejects with the operation and Office code when Office refuses', async () => {
    const { fake } = fakeNotifications(failed(9041, 'too many notifications'));
    withItem({ notificationMessages: fake });
    await expect(createItemNotifier().clear('rp-state')).rejects.toMatchObject({
      operation: 'notificationMessages.removeAsync',
      code: 9041,
    });
  });

  it('rejects (does not throw) when no item is open', async () => {
    withItem(null);
    await expect(createItemNotifier().show('k', { kind: 'info', message: 'x' })).rejects.toThrow(
      'notificationMessages.replaceAsync failed: no item is open',
    );
  });
});

describe('createItemContent', () => {
  it('parses the internet headers and reads the body as text', async () => {
    const item: Partial<Office.MessageRead> = {
      getAllInternetHeadersAsync: ((cb: Callback<string>) =>
        cb(
          succeeded('Auto-Submitted: auto-replied\r\nX-Autoreply: yes\r\n'),
        )) as Office.MessageRead['getAllInternetHeadersAsync'],
      body: {
        getAsync: ((coercion: Office.CoercionType, cb: Callback<string>) =>
          cb(
            succeeded(
              coercion === ('text' as Office.CoercionType) ? 'I am out until Monday.' : '<p>html</p>',
            ),
          )) as Office.Body['getAsync'],
      } as Office.Body,
    };
    withItem(item);
    const content = createItemContent();
    await expect(content.headers()).resolves.toEqual({
      'auto-submitted': 'auto-replied',
      'x-autoreply': 'yes',
    });
    await expect(content.bodyText()).resolves.toBe('I am out until Monday.');
  });

  it('rejects with the failing operation', async () => {
    withItem({
      getAllInternetHeadersAsync: ((cb: Callback<string>) =>
        cb(failed(9020, 'generic'))) as Office.MessageRead['getAllInternetHeadersAsync'],
    });
    await expect(createItemContent().headers()).rejects.toMatchObject({
      operation: 'item.getAllInternetHeadersAsync',
      code: 9020,
    });
  });
});

describe('createItemForms', () => {
  it('opens reply all with the html body and a new message with addresses only', () => {
    const replies: unknown[] = [];
    const created: unknown[] = [];
    withItem(
      {
        displayReplyAllForm: (data: Office.ReplyFormData) => replies.push(data),
      },
      { displayNewMessageForm: (form: unknown) => created.push(form) },
    );
    const forms = createItemForms();
    forms.replyAll('<p>Resending this so it comes back to the top.</p>');
    forms.newMessage({
      to: [
        { displayName: 'Priya', emailAddress: 'priya@contoso.example' },
        { displayName: 'No address', emailAddress: '' },
      ],
      subject: 'RE: Proposal',
      htmlBody: '<p>x</p>',
    });
    expect(replies).toEqual([{ htmlBody: '<p>Resending this so it comes back to the top.</p>' }]);
    expect(created).toEqual([
      {
        toRecipients: ['priya@contoso.example'],
        ccRecipients: [],
        subject: 'RE: Proposal',
        htmlBody: '<p>x</p>',
      },
    ]);
  });

  it('turns a thrown Office error into an OfficeCallError naming the operation', () => {
    withItem(null, {
      displayMessageForm: () => {
        throw Object.assign(new Error('The item was not found'), { code: 9030 });
      },
    });
    expect(() => createItemForms().openItem('AAMk1')).toThrow(
      'mailbox.displayMessageForm failed (Office error 9030): The item was not found',
    );
  });

  it('opens a meeting request with the attendees and times, and says when the client has none', () => {
    const appointments: unknown[] = [];
    withItem(null, { displayNewAppointmentForm: (form: unknown) => appointments.push(form) });
    createItemForms().newAppointment({
      attendees: [{ displayName: 'Priya', emailAddress: 'priya@contoso.example' }],
      start: Date.UTC(2026, 2, 3, 9),
      end: Date.UTC(2026, 2, 3, 9, 30),
      subject: 'Call',
      body: 'Agenda',
    });
    expect(appointments).toEqual([
      {
        requiredAttendees: ['priya@contoso.example'],
        start: new Date(Date.UTC(2026, 2, 3, 9)),
        end: new Date(Date.UTC(2026, 2, 3, 9, 30)),
        subject: 'Call',
        body: 'Agenda',
      },
    ]);
    withItem(null, {});
    expect(() =>
      createItemForms().newAppointment({ attendees: [], start: 0, end: 1, subject: '', body: '' }),
    ).toThrow(
      'mailbox.displayNewAppointmentForm failed: this version of Outlook cannot open a meeting request',
    );
  });

  it('refuses reply all when no message is open', () => {
    withItem(null);
    expect(() => createItemForms().replyAll('<p>x</p>')).toThrow(
      'item.displayReplyAllForm failed: no message is open to reply to',
    );
  });
});

describe('officeCapabilities', () => {
  it('maps requirement sets and treats a throwing check as unsupported', () => {
    const supported = new Set(['Mailbox 1.5', 'Mailbox 1.8', 'Mailbox 1.10']);
    installOfficeGlobal({
      context: {
        requirements: {
          isSetSupported: (name: string, version: string) => {
            if (name === 'NestedAppAuth') throw new Error('unknown set');
            return supported.has(`${name} ${version}`);
          },
        },
      },
    });
    expect(officeCapabilities()).toEqual({
      onSendEvent: false,
      insightNotices: true,
      pinning: true,
      internetHeaders: true,
      nestedAppAuth: false,
    });
  });
});
