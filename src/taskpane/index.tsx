/**
 * Composition root of the task pane: the only task pane file that touches the Office global. It builds
 * the services (store over roaming settings, this device's journal and sent-copy cache, adapters for
 * the open item) and renders the app.
 *
 * Outlook reports the user's zone as a Windows name; mapping it (windows-iana, ~15 KB gzip) is only
 * needed when that name is not an IANA one, so the table is a separate chunk, fetched while Office.js
 * starts and awaited only then. Nothing here imports luxon: it loads with the plan's chunk.
 */
import { createRoot } from 'react-dom/client';
import { settingsDefault } from '../shared/app/settingsDefault';
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
import { createRandomSource } from '../shared/office/randomSource';
import { createSentCopyCache } from '../shared/office/sentCopyCache';
import { createStore } from '../shared/storage/store';
import { App } from './app/App';
import type { ItemServices, PaneServices } from './services/paneServices';

function isCompose(item: unknown): boolean {
  return typeof (item as { subject?: unknown } | null)?.subject === 'object';
}

const windowsZones = import('../shared/app/userTimeZoneWindows');
// Awaited only when needed; a failed load is handled there, never an unhandled rejection.
windowsZones.catch(() => undefined);

/** Whether Intl knows an IANA zone (what luxon's IANAZone.isValidZone asks; luxon loads later). */
function zoneKnown(zone: string | undefined): zone is string {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The user's IANA zone: Outlook's, mapped from its Windows name when needed; else the runtime's; else UTC. */
async function userZone(fromOutlook: string | undefined, runtimeZone: string | undefined): Promise<string> {
  if (zoneKnown(fromOutlook)) return fromOutlook;
  if (fromOutlook) {
    try {
      return (await windowsZones).userTimeZoneFromWindows(fromOutlook, runtimeZone);
    } catch {
      // The mapping chunk did not load: the runtime's own zone is the next best guess.
    }
  }
  return zoneKnown(runtimeZone) ? runtimeZone : 'UTC';
}

function paneServices(zone: string): PaneServices {
  const mailbox = Office.context.mailbox;
  const profile = mailbox.userProfile;
  const email = (profile?.emailAddress ?? '').toLowerCase();
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
    { defaultSettings: settingsDefault(zone) },
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
    random: createRandomSource(),
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

void Office.onReady(async () => {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  const runtimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const zone = await userZone(Office.context.mailbox.userProfile?.timeZone, runtimeZone);
  createRoot(container).render(<App services={paneServices(zone)} />);
});
