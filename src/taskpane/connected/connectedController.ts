/**
 * Connected mode in the pane, without React: whether it can run here (Outlook's nested app
 * authentication, the account type, the build's configuration), loading its chunk only when switched
 * on, signing in (silently when the pane opens, with a popup when the user presses Sign in), the
 * sweep when the pane opens, on a timer while it is open and when it comes back into view, and
 * Rebuild from mailbox. Views are immutable snapshots for useSyncExternalStore.
 */
import type { ConnectedSweepReport } from '../../shared/graph/connectedSweep';
import type { ConnectedRuntime } from '../../shared/graph/connectedRuntime';
import { authStrings } from '../../shared/graph/graphStrings';
import type { AwayRecipient } from '../../shared/graph/recipientsAway';
import type { RebuildOutcome } from '../../shared/graph/mailboxRebuild';
import type { TrackedRecipient } from '../../shared/domain/types';
import type {
  ClockPort,
  ConnectedAccount,
  DeviceMemoryPort,
  GraphFailure,
  SentCopyCachePort,
  TimerPort,
} from '../../shared/ports';
import type { Store } from '../../shared/storage/store';
import type { ConnectedModuleType } from './connectedLoader';

/** How often the pane sweeps while it stays open. */
export const SWEEP_INTERVAL_MS = 10 * 60_000;
/** Coming back into view sweeps when the last sweep is older than this. */
export const WAKE_GAP_MS = 2 * 60_000;
const SIGNED_OUT_KEY = 'signedOut';

export type ConnectedStatus =
  | { readonly kind: 'off' }
  | { readonly kind: 'unavailable'; readonly message: string }
  | { readonly kind: 'starting' }
  | { readonly kind: 'signedOut'; readonly message?: string }
  | { readonly kind: 'signingIn' }
  | { readonly kind: 'ready'; readonly account: ConnectedAccount };

export interface ConnectedView {
  readonly status: ConnectedStatus;
  readonly sweep: {
    readonly running: boolean;
    readonly last?: ConnectedSweepReport;
    readonly error?: string;
  };
  readonly rebuild: { readonly running: boolean; readonly last?: RebuildOutcome; readonly error?: string };
}

export interface ConnectedEnvironment {
  readonly store: Store;
  readonly sentCopies: SentCopyCachePort;
  readonly memory: DeviceMemoryPort;
  readonly clock: ClockPort;
  readonly timers: TimerPort;
  readonly userEmail: string;
  /** Office's userProfile.accountType ('enterprise', 'office365', 'outlookCom', 'gmail'). */
  readonly accountType?: string;
  /** isSetSupported('NestedAppAuth', '1.1'). */
  readonly nestedAppAuth: boolean;
  readonly clientId: string;
  readonly addinId: string;
  readonly fetch: (input: string, init: RequestInit) => Promise<Response>;
  readonly load: () => Promise<ConnectedModuleType>;
}

/** Why connected mode cannot run here, or null when it can. */
export function connectedUnavailable(
  env: Pick<ConnectedEnvironment, 'clientId' | 'addinId' | 'accountType' | 'nestedAppAuth'>,
): string | null {
  if (!env.clientId || !env.addinId) return authStrings.notConfigured;
  if (env.accountType === 'outlookCom' || env.accountType === 'gmail') return authStrings.personalAccount;
  if (!env.nestedAppAuth) return authStrings.unsupported;
  return null;
}

function messageOf(error: unknown): string {
  const failure = (error as { failure?: GraphFailure } | null)?.failure;
  if (failure) return failure.message;
  return error instanceof Error ? error.message : String(error);
}

export class ConnectedController {
  private view: ConnectedView = {
    status: { kind: 'off' },
    sweep: { running: false },
    rebuild: { running: false },
  };
  private readonly listeners = new Set<() => void>();
  private runtime: ConnectedRuntime | null = null;
  private timer: unknown = null;
  private generation = 0;
  private throttledUntil = 0;

  constructor(private readonly env: ConnectedEnvironment) {}

  getView = (): ConnectedView => this.view;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(change: Partial<ConnectedView>): void {
    this.view = { ...this.view, ...change };
    this.listeners.forEach((l) => l());
  }

  /** Follows the roaming setting: starts connected mode when it is on, stops it when off. */
  sync(enabled: boolean): void {
    if (!enabled) {
      this.generation += 1;
      this.stopTimer();
      if (this.view.status.kind !== 'off') this.set({ status: { kind: 'off' } });
      return;
    }
    const why = connectedUnavailable(this.env);
    if (why) {
      this.set({ status: { kind: 'unavailable', message: why } });
      return;
    }
    if (this.view.status.kind === 'off' || this.view.status.kind === 'unavailable') void this.start();
  }

  /** Switches connected mode on or off for the mailbox (roaming settings); returns why not, or null. */
  setEnabled(on: boolean): string | null {
    const settings = this.env.store.settings();
    if (on) this.env.memory.set(SIGNED_OUT_KEY, null);
    const stored = this.env.store.updateSettings({ ...settings, connected: on });
    if (!stored.ok) return stored.reason.message;
    this.sync(on);
    return null;
  }

  private async ensureRuntime(): Promise<ConnectedRuntime> {
    if (this.runtime) return this.runtime;
    const module = await this.env.load();
    this.runtime = module.createConnectedRuntime({
      clientId: this.env.clientId,
      addinId: this.env.addinId,
      userEmail: this.env.userEmail,
      store: this.env.store,
      sentCopies: this.env.sentCopies,
      memory: this.env.memory,
      clock: this.env.clock,
      timers: this.env.timers,
      fetch: this.env.fetch,
    });
    return this.runtime;
  }

  private async start(): Promise<void> {
    const generation = ++this.generation;
    this.set({ status: { kind: 'starting' } });
    try {
      const runtime = await this.ensureRuntime();
      if (generation !== this.generation) return;
      if (this.env.memory.get(SIGNED_OUT_KEY) === '1') {
        this.set({ status: { kind: 'signedOut' } });
        return;
      }
      const account = await runtime.auth.signIn(false);
      if (generation !== this.generation) return;
      this.set({ status: { kind: 'ready', account } });
      await this.sweepNow();
    } catch (error: unknown) {
      if (generation === this.generation)
        this.set({ status: { kind: 'signedOut', message: messageOf(error) } });
    }
  }

  /** Signs in with a popup if needed (call from the user's click). */
  async signIn(): Promise<void> {
    const generation = ++this.generation;
    this.set({ status: { kind: 'signingIn' } });
    this.env.memory.set(SIGNED_OUT_KEY, null);
    try {
      const runtime = await this.ensureRuntime();
      const account = await runtime.auth.signIn(true);
      if (generation !== this.generation) return;
      this.set({ status: { kind: 'ready', account } });
      await this.sweepNow();
    } catch (error: unknown) {
      if (generation === this.generation)
        this.set({ status: { kind: 'signedOut', message: messageOf(error) } });
    }
  }

  /** Forgets this device's tokens; connected mode stays on for the mailbox. */
  signOut(): void {
    this.generation += 1;
    this.stopTimer();
    this.runtime?.auth.signOut();
    this.env.memory.set(SIGNED_OUT_KEY, '1');
    this.set({ status: { kind: 'signedOut' } });
  }

  private stopTimer(): void {
    if (this.timer !== null) this.env.timers.clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(delay: number): void {
    this.stopTimer();
    this.timer = this.env.timers.setTimeout(() => {
      this.timer = null;
      void this.sweepNow();
    }, delay);
  }

  /** Sweeps now (when signed in and not already sweeping). */
  async sweepNow(): Promise<void> {
    const runtime = this.runtime;
    if (!runtime || this.view.status.kind !== 'ready' || this.view.sweep.running) return;
    const generation = this.generation;
    this.set({ sweep: { ...this.view.sweep, running: true } });
    try {
      const report = await runtime.sweep();
      if (generation !== this.generation) return;
      this.set({ sweep: { running: false, last: report } });
      if (report.problem?.kind === 'signIn') {
        this.set({ status: { kind: 'signedOut', message: report.problem.message } });
        return;
      }
      const wait = report.problem?.kind === 'throttled' ? (report.problem.retryAfterMs ?? 0) : 0;
      this.throttledUntil = report.at + wait;
      this.schedule(Math.max(SWEEP_INTERVAL_MS, wait));
    } catch (error: unknown) {
      if (generation !== this.generation) return;
      this.set({ sweep: { ...this.view.sweep, running: false, error: messageOf(error) } });
      this.schedule(SWEEP_INTERVAL_MS);
    }
  }

  /** The pane came back into view: sweep if the last one is a while ago (and Graph did not ask to wait). */
  wake(): void {
    const last = this.view.sweep.last?.at ?? 0;
    const now = this.env.clock.now();
    if (now - last >= WAKE_GAP_MS && now >= this.throttledUntil) void this.sweepNow();
  }

  /** Rebuilds the index from Sent Items, then sweeps (answers applied before a loss are found again). */
  async rebuild(): Promise<void> {
    const runtime = this.runtime;
    if (!runtime || this.view.status.kind !== 'ready' || this.view.rebuild.running) return;
    this.set({ rebuild: { running: true } });
    try {
      const outcome = await runtime.rebuild();
      this.set({ rebuild: { running: false, last: outcome } });
    } catch (error: unknown) {
      this.set({ rebuild: { running: false, error: messageOf(error) } });
      return;
    }
    await this.sweepNow();
  }

  /** MailTips for recipients while composing (empty when not signed in, or on failure). */
  async recipientsAway(recipients: readonly TrackedRecipient[]): Promise<AwayRecipient[]> {
    if (!this.runtime || this.view.status.kind !== 'ready') return [];
    try {
      return await this.runtime.recipientsAway(recipients);
    } catch {
      return [];
    }
  }

  dispose(): void {
    this.generation += 1;
    this.stopTimer();
    this.listeners.clear();
  }
}
