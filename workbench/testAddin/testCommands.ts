/**
 * The workbench's scripted function file (settings.addinPages = "test"): each function the device
 * dispatches behaves as PUT /api/s/:session/test-handlers says (complete with options after a delay,
 * never complete, throw), optionally adding a notification to the item first. Unlisted functions
 * complete at once. Lets the browser tests check completed() semantics without the real add-in.
 */
import type { TestHandlerSpec } from '../shared/sessionState';

const session = new URLSearchParams(window.location.search).get('session') ?? 'demo';

async function specs(): Promise<Record<string, TestHandlerSpec>> {
  const response = await fetch(`/api/s/${encodeURIComponent(session)}/test-handlers`);
  return (await response.json()) as Record<string, TestHandlerSpec>;
}

function addNotification(key: string, message: string): Promise<void> {
  return new Promise((resolve) => {
    Office.context.mailbox.item?.notificationMessages.addAsync(
      key,
      {
        type: Office.MailboxEnums.ItemNotificationMessageType.InformationalMessage,
        message,
        icon: 'Icon.16',
        persistent: false,
      },
      () => resolve(),
    );
  });
}

function handler(name: string, spec: TestHandlerSpec) {
  return (event: { completed: (options?: unknown) => void }) => {
    void (async () => {
      if (spec.notification) await addNotification(spec.notification.key, spec.notification.message);
      (window as unknown as { __ran?: string[] }).__ran = [
        ...((window as unknown as { __ran?: string[] }).__ran ?? []),
        name,
      ];
      if (spec.action === 'never') return;
      if (spec.action === 'throw') throw new Error(`test handler ${name} throws, as asked`);
      setTimeout(() => event.completed(spec.options), spec.delayMs ?? 0);
    })();
  };
}

void specs().then((all) => {
  for (const name of ['remindIfNoReply', 'onNewMessageCompose', 'onMessageSend', ...Object.keys(all)]) {
    Office.actions.associate(name, handler(name, all[name] ?? { action: 'complete' }));
  }
});
