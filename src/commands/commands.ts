/**
 * Composition root of the commands bundle: the "Remind me if no reply" function command and the
 * OnNewMessageCompose / OnMessageSend handlers. It runs in the web runtime (commands.html) and, on
 * classic Outlook for Windows, alone in the JavaScript-only runtime, where Office.onReady does not
 * run and there is no localStorage: everything is registered at the top level, and every adapter
 * copes with missing storage.
 * Every handler completes its event, also on failure; sending is never blocked by a fault of ours.
 */
import { appStrings } from '../shared/app/appStrings';
import { composeOpen } from '../shared/app/composeOpen';
import { FLAG_NOTICE_KEY, flagToggle } from '../shared/app/flagToggle';
import { sendCommit, type SendDecision } from '../shared/app/sendCommit';
import { settingsDefault } from '../shared/app/settingsDefault';
import { userTimeZone } from '../shared/app/userTimeZone';
import { officeCapabilities } from '../shared/office/capabilities';
import { createComposeItem } from '../shared/office/composeItem';
import { createItemNotifier } from '../shared/office/itemNotifier';
import { createLocalStorageJournal } from '../shared/office/localStorageJournal';
import { createOfficeItemProperties } from '../shared/office/officeItemProperties';
import { createOfficeRoamingSettings } from '../shared/office/officeRoamingSettings';
import { createRandomSource } from '../shared/office/randomSource';
import { createSentCopyCache } from '../shared/office/sentCopyCache';
import { createStore, type Store } from '../shared/storage/store';

/** Smart Alerts shows "taking longer than expected" after 5 s: decide well before (platform.md). */
export const SEND_BUDGET_MS = 4000;
/** Of that, the longest we wait for roaming settings to save before letting the message go. */
const SAVE_WAIT_MS = 1500;

type CompletableEvent = { completed: (options?: Record<string, unknown>) => void };

const clock = { now: () => Date.now() };

function userEmail(): string {
  return (Office.context.mailbox.userProfile?.emailAddress ?? '').toLowerCase();
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function supported(version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported('Mailbox', version);
  } catch {
    return false;
  }
}

function openStore(): Store {
  let runtimeZone: string | undefined;
  try {
    runtimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    runtimeZone = undefined;
  }
  const store = createStore(
    {
      roaming: createOfficeRoamingSettings(),
      journal: createLocalStorageJournal(`reachplan.journal.${userEmail()}`),
      clock,
      timers: {
        setTimeout: (callback, ms) => setTimeout(callback, ms),
        clearTimeout: (handle) => clearTimeout(handle as number),
      },
    },
    {
      defaultSettings: settingsDefault(
        userTimeZone(Office.context.mailbox.userProfile?.timeZone, runtimeZone),
      ),
    },
  );
  store.load();
  return store;
}

const completedEvents = new WeakSet<CompletableEvent>();

/** Completes `event` once; later calls (a timer racing the handler, the guard) are ignored. */
function completer(event: CompletableEvent): (options?: Record<string, unknown>) => void {
  return (options) => {
    if (completedEvents.has(event)) return;
    completedEvents.add(event);
    try {
      event.completed(options);
    } catch {
      // Office already considers the event finished.
    }
  };
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function sendOptions(decision: SendDecision): Record<string, unknown> {
  if (decision.allow) return { allowEvent: true };
  const { alert } = decision;
  return {
    allowEvent: false,
    errorMessage: alert.errorMessage,
    // The button only where this client supports it (sendCommit decides); contextData rides with it.
    ...(alert.cancelLabel ? { cancelLabel: alert.cancelLabel } : {}),
    ...(alert.commandId ? { commandId: alert.commandId } : {}),
    ...(alert.commandId && alert.contextData && supported('1.14') ? { contextData: alert.contextData } : {}),
  };
}

async function onMessageSend(event: CompletableEvent): Promise<void> {
  const complete = completer(event);
  const budget = setTimeout(() => complete({ allowEvent: true }), SEND_BUDGET_MS);
  try {
    const store = openStore();
    const decision = await sendCommit(
      {
        props: createOfficeItemProperties(),
        compose: createComposeItem(),
        store,
        userEmail: userEmail(),
        sentCopies: createSentCopyCache(`reachplan.sent.${userEmail()}`, clock.now),
        // Smart Alerts' button runs a task pane from Mailbox 1.14, a function command from 1.15.
        alertButtons: { pane: supported('1.14'), command: supported('1.15') },
      },
      clock.now(),
    );
    // The journal (where the runtime has storage) and the message's own record keep the follow-up
    // if this save does not finish in time; the next start replays or repairs it.
    if (decision.allow) await Promise.race([store.flush(), wait(SAVE_WAIT_MS)]);
    complete(sendOptions(decision));
  } catch {
    complete({ allowEvent: true });
  } finally {
    clearTimeout(budget);
  }
}

async function remindIfNoReply(event: CompletableEvent): Promise<void> {
  const complete = completer(event);
  try {
    // flagToggle reports its own failures on the message; this catches what happens before it runs.
    const store = openStore();
    await flagToggle(
      {
        props: createOfficeItemProperties(),
        compose: createComposeItem(),
        store,
        notifier: createItemNotifier(),
        random: createRandomSource(),
        userEmail: userEmail(),
      },
      clock.now(),
    );
  } catch (error: unknown) {
    await createItemNotifier()
      .show(FLAG_NOTICE_KEY, { kind: 'error', message: appStrings.flagFailed(describe(error)) })
      .catch(() => undefined);
  } finally {
    complete();
  }
}

async function onNewMessageCompose(event: CompletableEvent): Promise<void> {
  const complete = completer(event);
  try {
    await composeOpen(
      { store: openStore(), notifier: createItemNotifier(), capabilities: officeCapabilities() },
      clock.now(),
    );
  } catch {
    // Nothing to show: the hint is optional and a new message must open untouched.
  } finally {
    complete();
  }
}

/** Runs a handler; whatever escapes it (it should be nothing) still completes the event. */
function guarded(
  handler: (event: CompletableEvent) => Promise<void>,
  fallback?: Record<string, unknown>,
): (event: CompletableEvent) => void {
  return (event) => {
    handler(event).catch(() => completer(event)(fallback));
  };
}

// Registered at the top level: the JavaScript-only runtime never runs Office.onReady.
Office.actions.associate('remindIfNoReply', guarded(remindIfNoReply));
Office.actions.associate('onNewMessageCompose', guarded(onNewMessageCompose));
Office.actions.associate('onMessageSend', guarded(onMessageSend, { allowEvent: true }));
