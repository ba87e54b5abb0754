/**
 * The workbench Office runtime: served in place of office.js inside the task pane and command frames
 * of a workbench device. It implements the Office.js members ReachPlan uses (see docs/workbench.md)
 * with Outlook's limits, error codes and asynchrony, against the device it runs in. Dev and test only.
 */
import { WORKBENCH_HOST_KEY, type FrameBinding, type WorkbenchHost } from '../shared/hostApi';
import { versionAtLeast } from '../shared/requirementVersion';
import { Actions } from './actions';
import { installShiftedDate } from './clockDate';
import { AsyncResultStatus, CoercionType, EventType, HostType, MailboxEnums, PlatformType } from './enums';
import { EventHandlers } from './eventHandlers';
import { graphRoutingInstall } from './graphFetch';
import { createMailbox } from './mailbox';
import { nestedAppAuthInstall, withNestedAppAuth } from './nestedAppAuthBridge';
import type { CallGate } from './officeAsync';
import { officeTheme, themeChangedArgs } from './officeTheme';
import { createRequirements } from './requirements';
import { createRoamingSettings } from './roamingSettings';

type ReadyInfo = { host: Office.HostType | null; platform: Office.PlatformType | null };

/** The Outlook on the web build this runtime stands in for (diagnostics.hostVersion). */
const HOST_VERSION = '20261101001.05';

function attach(): FrameBinding | null {
  try {
    const host = (window.parent as unknown as Record<string, WorkbenchHost | undefined>)[WORKBENCH_HOST_KEY];
    return host && window.parent !== window ? host.attach(window) : null;
  } catch {
    return null; // a cross-origin parent: not a workbench device
  }
}

const binding = attach();
if (binding) {
  installShiftedDate(window, () => binding.clockOffsetMs());
  graphRoutingInstall(window);
}

const actions = new Actions(window as unknown as Record<string, unknown>);
const context: Record<string, unknown> = {};
const office = {
  AsyncResultStatus,
  CoercionType,
  EventType,
  HostType,
  PlatformType,
  MailboxEnums,
  actions: actions.office,
  context,
  initialize: undefined as ((reason: unknown) => void) | undefined,
  onReady(callback?: (info: ReadyInfo) => unknown): Promise<ReadyInfo> {
    return ready.then((info) => {
      callback?.(info);
      return info;
    });
  },
};
(window as unknown as { Office: unknown }).Office = office;

async function start(b: FrameBinding): Promise<ReadyInfo> {
  const gate: CallGate = (method) => b.callGate(method);
  const level = () => b.client().requirementLevel;
  const events = new EventHandlers(level);
  const [roaming, nestedAppAuth] = await Promise.all([b.roamingLoad(), nestedAppAuthInstall(window, b)]);
  const mailbox = createMailbox(b, gate, events, HOST_VERSION);
  Object.assign(context, {
    host: HostType.Outlook,
    platform: PlatformType.OfficeOnline,
    diagnostics: { host: HostType.Outlook, platform: PlatformType.OfficeOnline, version: HOST_VERSION },
    contentLanguage: b.client().displayLanguage,
    displayLanguage: b.client().displayLanguage,
    touchEnabled: false,
    commerceAllowed: true,
    partitionKey: `workbench-${b.client().device}`,
    requirements: withNestedAppAuth(createRequirements(level), nestedAppAuth),
    mailbox: mailbox.mailbox,
    roamingSettings: createRoamingSettings(roaming, gate, {
      quota: () => b.client().roamingQuota,
      setThrows: () => b.client().roamingSetThrows,
      save: (values) => b.roamingSave(values),
    }),
  });
  Object.defineProperty(context, 'officeTheme', {
    enumerable: true,
    get: () => (versionAtLeast(level(), '1.14') ? officeTheme(b.client().theme) : undefined),
  });
  b.onItemChanged(() => mailbox.itemChanged());
  b.onThemeChanged(() => events.raise(EventType.OfficeThemeChanged, themeChangedArgs(b.client().theme)));
  b.setDispatcher((request, complete) => actions.dispatch(request, complete));
  return {
    host: HostType.Outlook as unknown as Office.HostType,
    platform: PlatformType.OfficeOnline as unknown as Office.PlatformType,
  };
}

const ready: Promise<ReadyInfo> = binding
  ? start(binding)
  : Promise.resolve<ReadyInfo>({ host: null, platform: null });

void ready.then(
  () => {
    office.initialize?.('');
    binding?.ready();
  },
  (error: unknown) => {
    binding?.warn(
      `The workbench runtime could not start: ${error instanceof Error ? error.message : String(error)}`,
    );
  },
);
if (!binding) {
  console.warn(
    'ReachPlan workbench runtime: this page is not inside a workbench device; Office.onReady reports no host.',
  );
}
