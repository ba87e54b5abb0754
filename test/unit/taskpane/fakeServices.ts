/**
 * PaneServices for component tests: the real store (over the workbench's roaming rules, in memory) and
 * small fakes for the item, forms and events. Override any part per test.
 */
import type { ComposeItemPort, ItemSummary, MailboxPort } from '../../../src/shared/ports';
import type { PaneTheme } from '../../../src/shared/office/paneEvents';
import type { Store } from '../../../src/shared/storage/store';
import type { PaneServices } from '../../../src/taskpane/services/paneServices';
import { Mailbox, openDevice } from '../../fixtures/storeHarness';
import {
  fakeContent,
  fakeForms,
  fakeNotifier,
  fakeProps,
  fakeSentCopies,
  seededRandom,
  USER,
} from '../shared/app/appFakes';

export interface FakeOptions extends Partial<PaneServices> {
  readonly item?: ItemSummary | null;
  /** The compose adapter (compose mode). */
  readonly compose?: ComposeItemPort;
  /** What getInitializationContextAsync gives. */
  readonly context?: string;
  readonly theme?: PaneTheme;
  /** Custom properties of the open item. */
  readonly properties?: Record<string, string>;
  readonly formsFail?: Error;
  readonly mailboxServer?: Mailbox;
  /** Runs on the fresh store before the fakes are made: store follow-ups, return the item to open. */
  readonly setup?: (store: Store) => Partial<FakeOptions> | void;
}

export function fakeServices(options: FakeOptions = {}) {
  const mailboxData = options.mailboxServer ?? new Mailbox();
  const device = openDevice(mailboxData);
  const overrides: FakeOptions = { ...options, ...(options.setup?.(device.store) ?? {}) };
  const {
    item,
    compose,
    context,
    theme,
    properties,
    formsFail,
    mailboxServer: _mailboxServer,
    setup: _setup,
    ...parts
  } = overrides;
  const notifier = fakeNotifier();
  const forms = fakeForms(formsFail);
  const props = fakeProps(properties);
  const sentCopies = fakeSentCopies();
  const itemListeners = new Set<() => void>();
  const themeListeners = new Set<(theme: PaneTheme) => void>();
  const recipientListeners = new Set<() => void>();
  const mailbox: MailboxPort = { currentItem: () => Promise.resolve(item ?? null) };
  const services: PaneServices = {
    store: device.store,
    loadReport: device.report,
    clock: device.clock,
    mailbox,
    forms: forms.port,
    capabilities: {
      onSendEvent: true,
      insightNotices: true,
      pinning: true,
      internetHeaders: true,
      nestedAppAuth: false,
    },
    sentCopies,
    random: seededRandom(),
    user: { email: USER, name: 'Dana Whitfield', locale: 'en-GB' },
    events: {
      onItemChanged: (listener) => {
        itemListeners.add(listener);
        return Promise.resolve(() => itemListeners.delete(listener));
      },
      onThemeChanged: (listener) => {
        themeListeners.add(listener);
        return Promise.resolve(() => themeListeners.delete(listener));
      },
      onRecipientsChanged: (listener) => {
        recipientListeners.add(listener);
        return Promise.resolve(() => recipientListeners.delete(listener));
      },
      theme: () => theme ?? 'light',
      initializationContext: () => Promise.resolve(context),
    },
    itemServices: () => ({
      props: props.port,
      content: fakeContent({}, ''),
      notifier: notifier.port,
      ...(compose ? { compose } : {}),
    }),
    ...parts,
  };
  return {
    services,
    device,
    mailbox: mailboxData,
    notifier,
    forms,
    props,
    sentCopies,
    itemChanged: () => itemListeners.forEach((l) => l()),
    themeChanged: (next: PaneTheme) => themeListeners.forEach((l) => l(next)),
    recipientsChanged: () => recipientListeners.forEach((l) => l()),
  };
}
