/**
 * The add-in's surfaces in a device: ribbon buttons (task pane or function), the task pane with its
 * pin, function runs with Outlook's progress and timeout notices, launch events for the open compose
 * form, and Smart Alerts' "Take Action" commands.
 */
import { ribbonControls, servedPath, type RibbonControl } from '../../shared/addinManifest';
import type { WorkbenchSettings } from '../../shared/sessionState';
import type { CommandRunner, FrameRegistry, Run } from './commandRunner';
import type { ClientNotice, DeviceView } from './deviceView';
import type { FrameRecord } from './frameBinding';
import { itemRefKey, type ItemRef } from './itemRef';

const TEST_PAGES = '/workbench/test-addin';

/** What the add-in's surfaces need from their device. */
export interface AddinContext {
  readonly session: string;
  view(): DeviceView;
  set(patch: Partial<DeviceView>): void;
  settings(): WorkbenchSettings;
  currentRef(): ItemRef | null;
  log(kind: string, detail: Record<string, unknown>): void;
  warn(message: string): void;
}

export class AddinSurfaces {
  private paneRecord: FrameRecord | null = null;
  private nextKey = 1;

  constructor(
    private readonly ctx: AddinContext,
    private readonly frames: FrameRegistry,
    private readonly runner: CommandRunner,
  ) {}

  /** The selection changed: a pinned pane gets ItemChanged, an unpinned one closes (as in Outlook). */
  selectionChanged(): void {
    const pane = this.ctx.view().pane;
    if (!pane) return;
    if (pane.pinned) this.paneRecord?.itemChanged?.();
    else this.ctx.set({ pane: null });
  }

  private addinUrl(page: 'taskpane' | 'commands', manifestUrl: string | null): string | null {
    if (this.ctx.settings().addinPages === 'test') {
      return `${TEST_PAGES}/${page}.html?session=${encodeURIComponent(this.ctx.session)}`;
    }
    return manifestUrl === null ? null : servedPath(manifestUrl);
  }

  /** A ribbon button was pressed. */
  runControl(control: RibbonControl): void {
    if (control.action.kind === 'showTaskpane') this.openPane(control);
    else void this.runFunction(control, control.action.functionName);
  }

  private openPane(control: RibbonControl): void {
    if (control.action.kind !== 'showTaskpane') return;
    if (this.ctx.view().pane?.control.id === control.id) return;
    const url = this.addinUrl('taskpane', control.action.url);
    if (!url) return;
    this.nextKey += 1;
    this.ctx.set({
      pane: {
        control,
        url,
        supportsPinning: control.action.supportsPinning,
        pinned: false,
        key: this.nextKey,
      },
    });
  }

  togglePin(): void {
    const pane = this.ctx.view().pane;
    if (pane?.supportsPinning) this.ctx.set({ pane: { ...pane, pinned: !pane.pinned } });
  }

  closePane(): void {
    this.ctx.set({ pane: null });
  }

  /** The task pane iframe mounted (element) or unmounted (null). */
  paneFrame = (element: HTMLIFrameElement | null): void => {
    if (this.paneRecord) this.frames.remove(this.paneRecord);
    this.paneRecord = element
      ? this.frames.add({ kind: 'taskpane', launchEvent: false, element, fixedRef: null })
      : null;
  };

  notice(itemKey: string, kind: ClientNotice['kind'], message: string): number {
    this.nextKey += 1;
    const id = this.nextKey;
    this.ctx.set({ notices: [...this.ctx.view().notices, { id, itemKey, kind, message }] });
    return id;
  }

  dismissNotice(id: number): void {
    this.ctx.set({ notices: this.ctx.view().notices.filter((n) => n.id !== id) });
  }

  private async runFunction(control: RibbonControl, functionName: string): Promise<void> {
    const ref = this.ctx.currentRef();
    const url = this.addinUrl('commands', this.ctx.view().addin?.functionFileUrl ?? null);
    if (!ref || !url) return;
    const key = itemRefKey(ref);
    const progress = this.notice(
      key,
      'progress',
      `${this.ctx.view().addinName} is working on your ${control.label} request.`,
    );
    this.ctx.log('command.start', { controlId: control.id, functionName });
    const run = this.runner.run({
      dispatch: { kind: 'command', functionName, controlId: control.id },
      ref,
      url,
      timeoutMs: this.ctx.settings().commandTimeoutSeconds * 1000,
      launchEvent: false,
    });
    const outcome = await run.done;
    this.dismissNotice(progress);
    this.ctx.log(`command.${outcome.kind}`, {
      controlId: control.id,
      functionName,
      ...(outcome.kind === 'completed'
        ? { options: outcome.options ?? null, handlerMs: outcome.handlerMs }
        : {}),
      ...(outcome.kind === 'unavailable' ? { reason: outcome.reason } : {}),
    });
    if (outcome.kind === 'timedOut') {
      this.notice(
        key,
        'error',
        `${this.ctx.view().addinName} didn't finish your ${control.label} request in time.`,
      );
    } else if (outcome.kind === 'unavailable') {
      this.notice(key, 'error', `${this.ctx.view().addinName} couldn't run ${control.label}.`);
      this.ctx.warn(outcome.reason);
    }
  }

  /** Starts a launch event's handler for the open compose form, when this client fires it. */
  launch(type: string, timeoutMs: number): Run | null {
    const event = this.ctx.view().addin?.launchEvents.find((e) => e.type === type);
    const ref = this.ctx.currentRef();
    const url = this.addinUrl('commands', this.ctx.view().addin?.functionFileUrl ?? null);
    if (!event || ref?.kind !== 'compose' || !url) return null;
    this.ctx.log('event.start', { type, functionName: event.functionName });
    const run = this.runner.run({
      dispatch: { kind: 'launch', functionName: event.functionName, type },
      ref,
      url,
      timeoutMs,
      launchEvent: true,
    });
    if (type !== 'OnMessageSend') {
      void run.done.then((outcome) =>
        this.ctx.log(`event.${outcome.kind}`, {
          type,
          ...(outcome.kind === 'completed'
            ? { options: outcome.options ?? null, handlerMs: outcome.handlerMs }
            : {}),
          ...(outcome.kind === 'unavailable' ? { reason: outcome.reason } : {}),
        }),
      );
    }
    return run;
  }

  /** A Smart Alerts "Take Action" command: a task pane (1.14) or a function (1.15) of the compose surface. */
  runCommandById(commandId: string): void {
    const control = ribbonControls(this.ctx.view().addin?.compose ?? []).find((c) => c.id === commandId);
    if (!control) {
      this.ctx.warn(
        `commandId "${commandId}" names no button of the compose surface; Outlook just cancels the send.`,
      );
      return;
    }
    this.runControl(control);
  }
}
