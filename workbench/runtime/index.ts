/**
 * The workbench Office runtime: served in place of office.js inside the task pane and command
 * frames of a workbench device. Implements the subset of Office.js ReachPlan uses, with Outlook's
 * limits and failure modes. Dev and test only.
 */
import { WORKBENCH_HOST_KEY, type WorkbenchHost } from '../shared/hostApi';
import { AsyncResultStatus, HostType, PlatformType } from './enums';
import { createReadItem } from './mailboxItem';
import { createRoamingSettings } from './roamingSettings';

type ReadyInfo = { host: Office.HostType; platform: Office.PlatformType };

function findHost(): WorkbenchHost {
  const host = (window.parent as unknown as Record<string, WorkbenchHost | undefined>)[WORKBENCH_HOST_KEY];
  if (!host) {
    throw new Error(
      'ReachPlan workbench runtime: no workbench device around this frame. Open /workbench/ instead.',
    );
  }
  return host;
}

const handlers = new Map<string, (event: unknown) => void>();

const office = {
  AsyncResultStatus,
  HostType,
  PlatformType,
  context: {
    displayLanguage: navigator.language || 'en-US',
    requirements: {
      isSetSupported(name: string, minVersion?: string): boolean {
        return name.toLowerCase() === 'mailbox' && Number(minVersion ?? '1.1') <= 1.5;
      },
    },
  } as Record<string, unknown>,
  actions: {
    associate(name: string, handler: (event: unknown) => void): void {
      handlers.set(name, handler);
    },
  },
  onReady(callback?: (info: ReadyInfo) => unknown): Promise<ReadyInfo> {
    return ready.then((info) => {
      callback?.(info);
      return info;
    });
  },
};

const ready: Promise<ReadyInfo> = (async () => {
  const host = findHost();
  const roamingSettings = createRoamingSettings(await host.loadRoaming(), (values) =>
    host.saveRoaming(values),
  );
  const open = host.currentItem();
  const mailbox = {
    item: open ? createReadItem(open) : null,
    userProfile: {
      displayName: host.user.displayName,
      emailAddress: host.user.emailAddress,
      timeZone: host.user.timeZone,
      accountType: 'enterprise',
    },
  };
  Object.assign(office.context, { mailbox, roamingSettings });
  return {
    host: HostType.Outlook as unknown as Office.HostType,
    platform: PlatformType.OfficeOnline as unknown as Office.PlatformType,
  };
})();

ready.catch((error: unknown) => console.error(error));
(window as unknown as { Office: unknown }).Office = office;
