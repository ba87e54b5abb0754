/** Small fakes of the Office-facing ports for the application layer's tests (the store is the real one). */
import { flagToggle } from '../../../../src/shared/app/flagToggle';
import { sendCommit } from '../../../../src/shared/app/sendCommit';
import { Mailbox, openDevice } from '../../../fixtures/storeHarness';
import type {
  ComposeItemPort,
  FormsPort,
  ItemContentPort,
  ItemPropertiesPort,
  NewAppointment,
  NewMessage,
  Notice,
  NotifierPort,
  RandomPort,
  Recipient,
  SentCopyCachePort,
  SentCopyEntry,
} from '../../../../src/shared/ports';

export const USER = 'dana@northwind.example';
export const PRIYA: Recipient = {
  displayName: 'Priya Raman',
  emailAddress: 'priya.raman@contoso.example',
  recipientType: 'externalUser',
};

export function fakeProps(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  const calls: string[] = [];
  let failSet: Error | undefined;
  const port: ItemPropertiesPort = {
    get: (name) => Promise.resolve(values.get(name)),
    set: (name, value) => {
      calls.push(`set ${name}`);
      if (failSet) return Promise.reject(failSet);
      values.set(name, value);
      return Promise.resolve();
    },
    remove: (name) => {
      values.delete(name);
      return Promise.resolve();
    },
  };
  return { port, values, calls, failNextSets: (error: Error) => (failSet = error) };
}

export function fakeCompose(options: {
  to?: Recipient[];
  cc?: Recipient[];
  subject?: string;
  body?: string;
  format?: 'text' | 'html';
  conversationId?: string | null;
  composeType?: 'new' | 'reply' | 'forward';
  failRecipients?: Error;
}) {
  const saves: number[] = [];
  const port: ComposeItemPort = {
    subject: () => Promise.resolve(options.subject ?? 'Proposal for Contoso'),
    recipients: () =>
      options.failRecipients
        ? Promise.reject(options.failRecipients)
        : Promise.resolve({ to: options.to ?? [PRIYA], cc: options.cc ?? [] }),
    body: () =>
      Promise.resolve({
        text: options.body ?? 'Hi Priya, could you confirm the start date?',
        format: options.format ?? 'text',
      }),
    conversationId: () => Promise.resolve(options.conversationId ?? null),
    composeType: () => Promise.resolve(options.composeType ?? 'new'),
    save: () => {
      saves.push(1);
      return Promise.resolve();
    },
  };
  return { port, saves };
}

export function fakeNotifier(fail?: Error) {
  const shown: { key: string; notice: Notice }[] = [];
  const port: NotifierPort = {
    show: (key, notice) => {
      if (fail) return Promise.reject(fail);
      shown.push({ key, notice });
      return Promise.resolve();
    },
    clear: () => Promise.resolve(),
  };
  return { port, shown };
}

export function fakeContent(headers: Record<string, string>, body: string): ItemContentPort {
  return { headers: () => Promise.resolve(headers), bodyText: () => Promise.resolve(body) };
}

export function fakeForms(fail?: Error) {
  const opened: (
    | { kind: 'replyAll'; html: string }
    | { kind: 'new'; message: NewMessage }
    | { kind: 'item'; id: string }
    | { kind: 'appointment'; appointment: NewAppointment }
  )[] = [];
  const port: FormsPort = {
    replyAll: (html) => {
      if (fail) throw fail;
      opened.push({ kind: 'replyAll', html });
    },
    newMessage: (message) => {
      if (fail) throw fail;
      opened.push({ kind: 'new', message });
    },
    openItem: (id) => {
      if (fail) throw fail;
      opened.push({ kind: 'item', id });
    },
    newAppointment: (appointment) => {
      if (fail) throw fail;
      opened.push({ kind: 'appointment', appointment });
    },
  };
  return { port, opened };
}

export function fakeSentCopies(): SentCopyCachePort & { entries: Map<string, SentCopyEntry> } {
  const entries = new Map<string, SentCopyEntry>();
  return {
    entries,
    get: (token) => entries.get(token),
    put: (token, entry) => {
      entries.set(token, { ...entries.get(token), ...entry, at: 0 });
      return true;
    },
  };
}

/** A deterministic random source. */
export function seededRandom(seed = 7): RandomPort {
  let state = seed;
  return {
    next: () => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state / 2 ** 31;
    },
  };
}

/** The tracked follow-up of a proposal Dana flagged at `flaggedAt` and sent at `sentAt` to Priya. */
export async function trackedProposal(options: {
  subject?: string;
  conversationId?: string;
  body?: string;
  flaggedAt: number;
  sentAt: number;
}) {
  const mailbox = new Mailbox();
  const device = openDevice(mailbox);
  const props = fakeProps();
  const compose = fakeCompose({
    subject: options.subject ?? 'Proposal for Contoso',
    conversationId: options.conversationId ?? null,
    ...(options.body !== undefined ? { body: options.body } : {}),
  });
  const sentCopies = fakeSentCopies();
  await flagToggle(
    {
      props: props.port,
      compose: compose.port,
      store: device.store,
      notifier: fakeNotifier().port,
      random: seededRandom(),
      userEmail: USER,
    },
    options.flaggedAt,
  );
  await sendCommit(
    { props: props.port, compose: compose.port, store: device.store, userEmail: USER, sentCopies },
    options.sentAt,
  );
  return { mailbox, device, props, sentCopies, followUp: device.store.followUps()[0]! };
}
