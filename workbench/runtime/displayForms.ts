/**
 * The display*Form family: displayReplyForm / displayReplyAllForm on a read item (htmlBody ≤ 32 KB),
 * displayNewMessageForm (recipients ≤ 100 per field, subject ≤ 255, htmlBody ≤ 32 KB) and
 * displayMessageForm(itemId) on the mailbox, with their *Async variants (Mailbox 1.9). They open a
 * compose form or an item in the device. In a launch-event handler they are blocked (platform.md):
 * the Async variants fail with 9032, the others do nothing and the device logs a warning.
 */
import type { FrameBinding, HostPerson, NewMessageRequest } from '../shared/hostApi';
import { argumentError, argumentOutOfRangeError, argumentTypeError } from './officeErrors';
import { OfficeFailure, officeAsync, officeAsyncCall, type CallGate } from './officeAsync';
import { recipientsValidate } from './recipients';

const HTML_BODY_MAX = 32 * 1024;
const SUBJECT_MAX = 255;

function htmlBodyOf(formData: unknown): string | undefined {
  const html =
    typeof formData === 'string' ? formData : (formData as { htmlBody?: unknown } | null)?.htmlBody;
  if (html === undefined || html === null || html === '') return undefined;
  if (typeof html !== 'string') throw argumentTypeError('htmlBody', typeof html, 'string');
  if (html.length > HTML_BODY_MAX) throw argumentOutOfRangeError('htmlBody');
  return html;
}

function newMessageOf(parameters: unknown): NewMessageRequest {
  const p = (parameters ?? {}) as Record<string, unknown>;
  const list = (name: string): HostPerson[] => {
    const value = p[name];
    if (value === undefined || value === null) return [];
    return recipientsValidate(value);
  };
  const subject = p['subject'];
  if (subject !== undefined && subject !== null) {
    if (typeof subject !== 'string') throw argumentError('subject');
    if (subject.length > SUBJECT_MAX) throw argumentOutOfRangeError('subject');
  }
  const htmlBody = htmlBodyOf({ htmlBody: p['htmlBody'] });
  return {
    to: list('toRecipients'),
    cc: list('ccRecipients'),
    bcc: list('bccRecipients'),
    ...(typeof subject === 'string' ? { subject } : {}),
    ...(htmlBody !== undefined ? { htmlBody } : {}),
  };
}

function blockedInLaunchEvent(binding: FrameBinding, name: string): boolean {
  if (!binding.launchEvent) return false;
  binding.warn(`${name} is not available in an event-based activation handler; Outlook ignores it.`);
  return true;
}

function unlessBlocked(binding: FrameBinding, name: string, open: () => Promise<void>): Promise<void> {
  return blockedInLaunchEvent(binding, name) ? Promise.reject(new OfficeFailure(9032)) : open();
}

/** displayReplyForm, displayReplyAllForm and their Async variants for the read item. */
export function createReplyForms(binding: FrameBinding, gate: CallGate) {
  const sync = (all: boolean) => (formData: string | Office.ReplyFormData) => {
    const name = all ? 'displayReplyAllForm' : 'displayReplyForm';
    const html = htmlBodyOf(formData);
    if (blockedInLaunchEvent(binding, name)) return;
    const callback = typeof formData === 'object' ? formData.callback : undefined;
    officeAsyncCall<Office.MessageRead['displayReplyFormAsync']>(
      gate,
      {
        method: `mailbox.item.${name}`,
        fixed: 0,
        callbackRequired: false,
        run: () => binding.displayReplyForm(all, html),
      },
      callback ? [callback] : [],
    );
  };
  const async = (all: boolean) =>
    officeAsync<Office.MessageRead['displayReplyFormAsync']>(gate, {
      method: `mailbox.item.${all ? 'displayReplyAllFormAsync' : 'displayReplyFormAsync'}`,
      fixed: 1,
      callbackRequired: false,
      validate: ([formData]) => void htmlBodyOf(formData),
      run: ([formData]) =>
        unlessBlocked(binding, 'displayReplyFormAsync', () =>
          binding.displayReplyForm(all, htmlBodyOf(formData)),
        ),
    });
  return {
    displayReplyForm: sync(false),
    displayReplyAllForm: sync(true),
    displayReplyFormAsync: async(false),
    displayReplyAllFormAsync: async(true),
  };
}

/** displayNewMessageForm, displayMessageForm and their Async variants on the mailbox. */
export function createMailboxForms(binding: FrameBinding, gate: CallGate) {
  const fire = (name: string, run: () => Promise<void>) => {
    if (blockedInLaunchEvent(binding, name)) return;
    officeAsyncCall<Office.Mailbox['displayMessageFormAsync']>(
      gate,
      { method: `mailbox.${name}`, fixed: 0, callbackRequired: false, run },
      [],
    );
  };
  const itemIdOf = (itemId: unknown): string => {
    if (typeof itemId !== 'string' || itemId === '') throw argumentError('itemId');
    if (itemId.length > 200) throw argumentOutOfRangeError('itemId');
    return itemId;
  };
  return {
    displayNewMessageForm: (parameters: Office.MessageForm): void => {
      const request = newMessageOf(parameters);
      fire('displayNewMessageForm', () => binding.displayNewMessageForm(request));
    },
    displayNewMessageFormAsync: officeAsync<Office.Mailbox['displayNewMessageFormAsync']>(gate, {
      method: 'mailbox.displayNewMessageFormAsync',
      fixed: 1,
      callbackRequired: false,
      validate: ([parameters]) => void newMessageOf(parameters),
      run: ([parameters]) =>
        unlessBlocked(binding, 'displayNewMessageFormAsync', () =>
          binding.displayNewMessageForm(newMessageOf(parameters)),
        ),
    }),
    displayMessageForm: (itemId: string): void => {
      const id = itemIdOf(itemId);
      fire('displayMessageForm', () => binding.displayMessageForm(id));
    },
    displayMessageFormAsync: officeAsync<Office.Mailbox['displayMessageFormAsync']>(gate, {
      method: 'mailbox.displayMessageFormAsync',
      fixed: 1,
      callbackRequired: false,
      validate: ([itemId]) => void itemIdOf(itemId),
      run: ([itemId]) =>
        unlessBlocked(binding, 'displayMessageFormAsync', () => binding.displayMessageForm(itemIdOf(itemId))),
    }),
  };
}
