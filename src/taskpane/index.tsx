/**
 * Composition root of the task pane: the only task pane file that touches the Office global. It builds
 * the services (store over roaming settings, this device's journal and sent-copy cache, adapters for
 * the open item) and renders the app.
 */
import { createRoot } from 'react-dom/client';
import { settingsDefault } from '../shared/app/settingsDefault';
import { userTimeZoneFromWindows } from '../shared/app/userTimeZoneWindows';
import { officeCapabilities } from '../shared/office/capabilities';
import { createComposeItem } from '../shared/office/composeItem';
import { createItemContent } from '../shared/office/itemContent';
import { createItemForms } from '../shared/office/itemForms';
import { createItemNotifier } from '../shared/office/itemNotifier';
import { createLocalStorageJournal } from '../shared/office/localStorageJournal';
import { createOfficeItemProperties } from '../shared/office/officeItemProperties';
import { createOfficeMailbox } from '../shared/office/officeMailbox';
import { createOfficeRoamingSettings } from '../shared/office/officeRoamingSettings';
import { createPaneEvents } from '../shared/office/paneEvents';
import { createSentCopyCache } from '../shared/office/sentCopyCache';
import { createStore } from '../shared/storage/store';
import { App } from './app/App';
import type { ItemServices, PaneServices } from './services/paneServices';

function isCompose(item: unknown): boolean {
  return typeof (item as { subject?: unknown } | null)?.subject === 'object';
}

function paneServices(): PaneServices {
  const mailbox = Office.context.mailbox;
  const profile = mailbox.userProfile;
  const email = (profile?.emailAddress ?? '').toLowerCase();
  const runtimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const clock = { now: () => Date.now() };
  const store = createStore(
    {
      roaming: createOfficeRoamingSettings(),
      journal: createLocalStorageJournal(`reachplan.journal.${email}`),
      clock,
      timers: {
        setTimeout: (callback, ms) => window.setTimeout(callback, ms),
        clearTimeout: (handle) => window.clearTimeout(handle as number),
      },
    },
    { defaultSettings: settingsDefault(userTimeZoneFromWindows(profile?.timeZone, runtimeZone)) },
  );
  const loadReport = store.load();
  const itemServices = (): ItemServices => ({
    props: createOfficeItemProperties(),
    content: createItemContent(),
    notifier: createItemNotifier(),
    ...(isCompose(mailbox.item) ? { compose: createComposeItem() } : {}),
  });
  return {
    store,
    loadReport,
    clock,
    mailbox: createOfficeMailbox(),
    forms: createItemForms(),
    capabilities: officeCapabilities(),
    sentCopies: createSentCopyCache(`reachplan.sent.${email}`, clock.now),
    user: {
      email,
      name: profile?.displayName ?? '',
      locale: Office.context.displayLanguage || navigator.language || 'en-US',
      ...(profile?.accountType ? { accountType: profile.accountType } : {}),
    },
    events: createPaneEvents(),
    itemServices,
  };
}

void Office.onReady(() => {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  createRoot(container).render(<App services={paneServices()} />);
});
