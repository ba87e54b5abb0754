/**
 * PaneServices for component tests: the real store (over the workbench's roaming rules, in memory) and
 * small fakes for the item, forms and events. Override any part per test.
 */
import type { ItemSummary, MailboxPort } from '../../../src/shared/ports';
import type { PaneServices } from '../../../src/taskpane/services/paneServices';
import { Mailbox, openDevice } from '../../fixtures/storeHarness';
import {
  fakeContent,
  fakeForms,
  fakeNotifier,
  fakeProps,
  fakeSentCopies,
  USER,
} from '../shared/app/appFakes';

export function fakeServices(overrides: Partial<PaneServices> & { item?: ItemSummary | null } = {}) {
  const device = openDevice(new Mailbox());
  const notifier = fakeNotifier();
  const forms = fakeForms();
  const props = fakeProps();
  const itemListeners = new Set<() => void>();
  const mailbox: MailboxPort = { currentItem: () => Promise.resolve(overrides.item ?? null) };
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
    sentCopies: fakeSentCopies(),
    user: { email: USER, name: 'Dana Whitfield', locale: 'en-GB' },
    events: {
      onItemChanged: (listener) => {
        itemListeners.add(listener);
        return Promise.resolve(() => itemListeners.delete(listener));
      },
      onThemeChanged: () => Promise.resolve(() => undefined),
      theme: () => 'light',
      initializationContext: () => Promise.resolve(undefined),
    },
    itemServices: () => ({ props: props.port, content: fakeContent({}, ''), notifier: notifier.port }),
    ...overrides,
  };
  return { services, device, notifier, forms, props, itemChanged: () => itemListeners.forEach((l) => l()) };
}
