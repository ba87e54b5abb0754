/**
 * Office.context.mailbox.item for a message in compose mode (Office.MessageCompose). Everything is
 * asynchronous and goes to the device's compose form: subject (≤255), to/cc/bcc, body, from (1.7),
 * internetHeaders (1.8; name + value ≤ 998 characters), saveAsync (1.3; gives the item id),
 * getItemIdAsync (1.8; 9046 until saved), getComposeTypeAsync (1.10). conversationId is null for a
 * new message until it has a subject and is saved.
 */
import type { FrameBinding } from '../shared/hostApi';
import { createBody } from './body';
import { createItemShared, since } from './itemShared';
import { argumentError, argumentNullError, argumentOutOfRangeError, argumentTypeError } from './officeErrors';
import { EventType } from './enums';
import { OfficeFailure, officeAsync, type CallGate } from './officeAsync';
import { createComposeRecipients, emailDetails } from './recipients';

const SUBJECT_MAX = 255;
const HEADER_MAX = 998;

function headerNamesValidate(names: unknown): string[] {
  if (names === undefined || names === null) throw argumentError('internetHeaders');
  if (!Array.isArray(names)) throw argumentTypeError('internetHeaders', typeof names, 'Array');
  if (names.length === 0) throw argumentError('internetHeaders');
  for (const name of names) {
    if (name === undefined || name === null || name === '') throw argumentNullError('internetHeaders');
    if (typeof name !== 'string') throw argumentTypeError('internetHeaders', typeof name, 'string');
  }
  return names as string[];
}

function headersValidate(headers: unknown): Record<string, string> {
  if (headers === undefined || headers === null) throw argumentNullError('internetHeaders');
  const entries = Object.entries(headers as Record<string, unknown>);
  if (entries.length === 0) throw argumentError('internetHeaders');
  for (const [name, value] of entries) {
    if (name === '') throw argumentNullError('internetHeaders');
    if (typeof value !== 'string') throw argumentTypeError('internetHeaders', typeof value, 'string');
    if (name.length + value.length > HEADER_MAX) throw argumentOutOfRangeError(name);
  }
  return Object.fromEntries(entries) as Record<string, string>;
}

/**
 * item.addHandlerAsync / removeHandlerAsync (Mailbox 1.7) for RecipientsChanged: handlers run on a later
 * task with { type, changedRecipientFields } as office.js passes them. Other item events: 9032 here.
 */
function itemEvents(
  binding: FrameBinding,
  gate: CallGate,
): Pick<Office.MessageCompose, 'addHandlerAsync' | 'removeHandlerAsync'> {
  let handlers: ((args: unknown) => void)[] = [];
  binding.onRecipientsChanged((fields) => {
    for (const handler of handlers)
      setTimeout(
        () => handler({ type: EventType.RecipientsChanged, changedRecipientFields: { ...fields } }),
        0,
      );
  });
  const supported = (type: unknown) => {
    if (String(type) !== EventType.RecipientsChanged) throw new OfficeFailure(9032);
  };
  return {
    addHandlerAsync: officeAsync<Office.MessageCompose['addHandlerAsync']>(gate, {
      method: 'mailbox.item.addHandlerAsync',
      fixed: 2,
      callbackRequired: false,
      run: async ([type, handler]) => {
        supported(type);
        if (typeof handler !== 'function') throw new OfficeFailure(9031);
        handlers = [...handlers, handler as (args: unknown) => void];
        await Promise.resolve();
      },
    }),
    removeHandlerAsync: officeAsync<Office.MessageCompose['removeHandlerAsync']>(gate, {
      method: 'mailbox.item.removeHandlerAsync',
      fixed: 1,
      callbackRequired: false,
      run: async ([type]) => {
        supported(type);
        handlers = [];
        await Promise.resolve();
      },
    }),
  };
}

type ComposeMembers = Pick<
  Office.MessageCompose,
  'itemType' | 'subject' | 'to' | 'cc' | 'bcc' | 'body' | 'loadCustomPropertiesAsync'
> &
  Partial<
    Pick<
      Office.MessageCompose,
      | 'notificationMessages'
      | 'from'
      | 'internetHeaders'
      | 'saveAsync'
      | 'getItemIdAsync'
      | 'getComposeTypeAsync'
      | 'close'
      | 'addHandlerAsync'
      | 'removeHandlerAsync'
    >
  >;

export function createComposeItem(binding: FrameBinding, gate: CallGate): Office.MessageCompose {
  const user = () => binding.client().user.emailAddress;
  const compose: ComposeMembers = {
    itemType: 'message',
    subject: {
      getAsync: officeAsync<Office.Subject['getAsync']>(gate, {
        method: 'mailbox.item.subject.getAsync',
        fixed: 0,
        callbackRequired: true,
        run: () => binding.subjectGet(),
      }),
      setAsync: officeAsync<Office.Subject['setAsync']>(gate, {
        method: 'mailbox.item.subject.setAsync',
        fixed: 1,
        callbackRequired: false,
        validate([subject]) {
          if (typeof subject !== 'string') throw argumentTypeError('subject', typeof subject, 'string');
          if (subject.length > SUBJECT_MAX) throw argumentOutOfRangeError('subject');
        },
        run: ([subject]) => binding.subjectSet(String(subject)),
      }),
    },
    to: createComposeRecipients(binding, gate, 'to'),
    cc: createComposeRecipients(binding, gate, 'cc'),
    bcc: createComposeRecipients(binding, gate, 'bcc'),
    body: createBody(binding, gate, true),
    ...createItemShared(binding, gate),
    ...since(binding, '1.3', {
      saveAsync: officeAsync<Office.MessageCompose['saveAsync']>(gate, {
        method: 'mailbox.item.saveAsync',
        fixed: 0,
        callbackRequired: false,
        run: () => binding.itemSave(),
      }),
      close: (): void => binding.warn('item.close() is not simulated: the compose form stays open.'),
    }),
    ...since(binding, '1.7', {
      from: {
        getAsync: officeAsync<Office.From['getAsync']>(gate, {
          method: 'mailbox.item.from.getAsync',
          fixed: 0,
          callbackRequired: true,
          run: async () => emailDetails(await binding.fromGet(), user()),
        }),
      },
    }),
    ...since(binding, '1.7', itemEvents(binding, gate)),
    ...since(binding, '1.8', {
      internetHeaders: {
        getAsync: officeAsync<Office.InternetHeaders['getAsync']>(gate, {
          method: 'mailbox.item.internetHeaders.getAsync',
          fixed: 1,
          callbackRequired: true,
          validate: ([names]) => void headerNamesValidate(names),
          run: ([names]) => binding.headersGet(headerNamesValidate(names)),
        }),
        setAsync: officeAsync<Office.InternetHeaders['setAsync']>(gate, {
          method: 'mailbox.item.internetHeaders.setAsync',
          fixed: 1,
          callbackRequired: false,
          validate: ([headers]) => void headersValidate(headers),
          run: ([headers]) => binding.headersSet(headersValidate(headers)),
        }),
        removeAsync: officeAsync<Office.InternetHeaders['removeAsync']>(gate, {
          method: 'mailbox.item.internetHeaders.removeAsync',
          fixed: 1,
          callbackRequired: false,
          validate: ([names]) => void headerNamesValidate(names),
          run: ([names]) => binding.headersRemove(headerNamesValidate(names)),
        }),
      },
      getItemIdAsync: officeAsync<Office.MessageCompose['getItemIdAsync']>(gate, {
        method: 'mailbox.item.getItemIdAsync',
        fixed: 0,
        callbackRequired: true,
        run: () => binding.itemIdGet(),
      }),
    }),
    ...since(binding, '1.10', {
      getComposeTypeAsync: officeAsync<Office.MessageCompose['getComposeTypeAsync']>(gate, {
        method: 'mailbox.item.getComposeTypeAsync',
        fixed: 0,
        callbackRequired: true,
        run: async () => {
          const item = binding.item();
          return {
            composeType: item?.mode === 'compose' ? item.composeType : 'newMail',
            coercionType: await binding.bodyType(),
          };
        },
      }),
    }),
  };
  const current = () => binding.item();
  Object.defineProperty(compose, 'conversationId', {
    enumerable: true,
    get: (): string | null => {
      const item = current();
      return item?.mode === 'compose' ? item.conversationId : null;
    },
  });
  if (since(binding, '1.14', { yes: true }).yes) {
    Object.defineProperty(compose, 'inReplyTo', {
      enumerable: true,
      get: (): string | null => {
        const item = current();
        return item?.mode === 'compose' ? item.inReplyTo : null;
      },
    });
  }
  return compose as Office.MessageCompose;
}
