/**
 * Runs add-in functions as Outlook on the web does: the function file (commands.html) loads in a
 * hidden frame bound to the item, the runtime starts, and the function associated with the name gets
 * an event object; the run ends with event.completed(options), the time limit, or "unavailable" when
 * the page never starts the runtime or registers no such function.
 */
import type { FrameBinding, HostDispatch } from '../../shared/hostApi';
import { createFrameBinding, type DeviceCore, type FrameRecord } from './frameBinding';
import type { ItemRef } from './itemRef';

export type RunOutcome =
  /** handlerMs: from handing the event to the function until it called completed() (for the benchmarks). */
  | { readonly kind: 'completed'; readonly options: unknown; readonly handlerMs: number }
  | { readonly kind: 'timedOut' }
  | { readonly kind: 'unavailable'; readonly reason: string }
  | { readonly kind: 'cancelled' };

export interface RunRequest {
  readonly dispatch: HostDispatch;
  readonly ref: ItemRef;
  /** The function file's path on this origin. */
  readonly url: string;
  readonly timeoutMs: number;
  readonly launchEvent: boolean;
}

export interface Run {
  readonly id: number;
  readonly request: RunRequest;
  readonly done: Promise<RunOutcome>;
  /** Stops waiting (the user sent anyway or gave up): the frame is removed. */
  cancel(): void;
}

/** How long the function file may take to start the runtime and register the function. */
const START_LIMIT_MS = 15_000;
/** …and once its page has loaded, how long the runtime may still take (it fetches the roaming settings). */
const AFTER_LOAD_LIMIT_MS = 3_000;
const REGISTER_RETRY_MS = 100;
const REGISTER_LIMIT_MS = 2_000;
/** A completed run's frame stays a moment for the handler's last callbacks. */
const LINGER_MS = 1_000;

/** The frames of a device (task pane and command runs) and their bindings. */
export class FrameRegistry {
  private readonly records = new Map<number, FrameRecord>();
  private readonly bindings = new Map<number, FrameBinding>();
  private nextId = 1;

  constructor(private readonly core: DeviceCore) {}

  add(fields: Omit<FrameRecord, 'id' | 'isReady'>): FrameRecord {
    const record: FrameRecord = { ...fields, id: this.nextId, isReady: false };
    this.nextId += 1;
    this.records.set(record.id, record);
    return record;
  }

  remove(record: FrameRecord): void {
    this.records.delete(record.id);
    this.bindings.delete(record.id);
  }

  all(): FrameRecord[] {
    return [...this.records.values()];
  }

  /** The binding for the frame whose window is `frame` (created on first attach). */
  attach(frame: Window): FrameBinding | null {
    const record = this.all().find((r) => r.element.contentWindow === frame);
    if (!record) return null;
    let binding = this.bindings.get(record.id);
    if (!binding) {
      binding = createFrameBinding(record, this.core);
      this.bindings.set(record.id, binding);
    }
    return binding;
  }
}

export class CommandRunner {
  private nextId = 1;

  constructor(
    private readonly frames: FrameRegistry,
    private readonly container: () => HTMLElement,
  ) {}

  run(request: RunRequest): Run {
    const id = this.nextId;
    this.nextId += 1;
    const element = document.createElement('iframe');
    element.title = `Add-in function ${request.dispatch.functionName}`;
    element.dataset['workbenchRun'] = String(id);
    element.setAttribute('aria-hidden', 'true');
    element.tabIndex = -1;
    Object.assign(element.style, {
      position: 'absolute',
      width: '0',
      height: '0',
      border: '0',
      visibility: 'hidden',
    });
    const record = this.frames.add({
      kind: 'commands',
      launchEvent: request.launchEvent,
      element,
      fixedRef: request.ref,
    });
    let finish: (outcome: RunOutcome) => void = () => undefined;
    const done = new Promise<RunOutcome>((resolve) => (finish = resolve));
    const timers: ReturnType<typeof setTimeout>[] = [];
    let settled = false;
    const settle = (outcome: RunOutcome) => {
      if (settled) return;
      settled = true;
      for (const timer of timers) clearTimeout(timer);
      finish(outcome);
      const removeFrame = () => {
        this.frames.remove(record);
        element.remove();
      };
      if (outcome.kind === 'completed') setTimeout(removeFrame, LINGER_MS);
      else removeFrame();
    };

    const dispatch = (startedAt: number) => {
      if (settled) return;
      const dispatchedAt = performance.now();
      const registered = record.dispatcher?.(request.dispatch, (options) =>
        settle({ kind: 'completed', options, handlerMs: performance.now() - dispatchedAt }),
      );
      if (registered) {
        timers.push(setTimeout(() => settle({ kind: 'timedOut' }), request.timeoutMs));
      } else if (Date.now() - startedAt < REGISTER_LIMIT_MS) {
        timers.push(setTimeout(() => dispatch(startedAt), REGISTER_RETRY_MS));
      } else {
        settle({
          kind: 'unavailable',
          reason: `${request.url} registered no function "${request.dispatch.functionName}" (Office.actions.associate).`,
        });
      }
    };
    const notStarted = () =>
      settle({ kind: 'unavailable', reason: `${request.url} did not start the Office runtime.` });
    const startLimit = setTimeout(notStarted, START_LIMIT_MS);
    let afterLoad: ReturnType<typeof setTimeout> | undefined;
    timers.push(startLimit);
    // A page that loaded without the runtime (a 404 page, a broken bundle) will not start it later.
    element.addEventListener('load', () => {
      if (!record.isReady) {
        afterLoad = setTimeout(notStarted, AFTER_LOAD_LIMIT_MS);
        timers.push(afterLoad);
      }
    });
    record.whenReady = () => {
      clearTimeout(startLimit);
      clearTimeout(afterLoad);
      timers.push(setTimeout(() => dispatch(Date.now()), 0));
    };
    element.src = request.url;
    this.container().appendChild(element);
    return { id, request, done, cancel: () => settle({ kind: 'cancelled' }) };
  }
}
