/**
 * Serialized saves: one in flight; changes made meanwhile coalesce into one follow-up save; failures
 * that may pass (Office 9019, network) are retried after growing delays on injected timers, never in
 * a loop; the state is published for the UI. Unsaved changes stay in memory (and the journal).
 */
import type { TimerPort } from '../ports';

export type SaveStatus = 'saved' | 'saving' | 'retrying' | 'failed';

export interface SaveState {
  readonly status: SaveStatus;
  /** Changes not yet in roaming settings. */
  readonly pending: boolean;
  /** Attempts made for the current changes (0 when saved). */
  readonly attempt: number;
  /** Why the last attempt failed (retrying, failed). */
  readonly reason?: string;
  /** Delay before the next attempt (retrying). */
  readonly retryInMs?: number;
}

export interface SaveQueueOptions {
  /** Saves the current state; called with nothing else in flight. */
  readonly write: () => Promise<void>;
  readonly timers: TimerPort;
  readonly retryable: (error: unknown) => boolean;
  readonly describe: (error: unknown) => string;
  readonly onChange: (state: SaveState) => void;
  /** Delay before retry n (ms); its length is the number of retries. */
  readonly delaysMs?: readonly number[];
}

/** Retries after 2 s, 5 s, 15 s, 1 min and 5 min, then reports the failure. */
export const DEFAULT_RETRY_DELAYS_MS = [2_000, 5_000, 15_000, 60_000, 300_000] as const;

export class SaveQueue {
  private current: SaveState = { status: 'saved', pending: false, attempt: 0 };
  private dirty = false;
  private inFlight = false;
  private timer: unknown = null;
  private waiters: ((state: SaveState) => void)[] = [];

  constructor(private readonly options: SaveQueueOptions) {}

  get state(): SaveState {
    return this.current;
  }

  /** Asks for a save of the current state (coalesced with any save in flight or scheduled). */
  request(): void {
    this.dirty = true;
    if (this.inFlight || this.timer !== null) {
      this.publish({ ...this.current, pending: true });
      return;
    }
    this.start(this.current.status === 'failed' ? 0 : this.current.attempt);
  }

  /** Retries now instead of waiting for the scheduled attempt (e.g. a "retry" button). */
  retryNow(): void {
    if (this.inFlight || !this.dirty) return;
    this.cancelTimer();
    this.start(0);
  }

  /** Resolves with the outcome once nothing is in flight or scheduled: saved or failed. */
  flush(): Promise<SaveState> {
    if (!this.inFlight && this.timer === null) return Promise.resolve(this.current);
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private start(previousAttempts: number): void {
    this.dirty = false;
    this.inFlight = true;
    const attempt = previousAttempts + 1;
    this.publish({ status: 'saving', pending: true, attempt });
    let written: Promise<void>;
    try {
      written = this.options.write();
    } catch (error: unknown) {
      written = Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    written.then(
      () => this.succeeded(),
      (error: unknown) => this.failed(error, attempt),
    );
  }

  private succeeded(): void {
    this.inFlight = false;
    if (this.dirty) {
      this.start(0);
      return;
    }
    this.settle({ status: 'saved', pending: false, attempt: 0 });
  }

  private failed(error: unknown, attempt: number): void {
    this.inFlight = false;
    this.dirty = true;
    const reason = this.options.describe(error);
    const delays = this.options.delaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    const delay = delays[attempt - 1];
    if (this.options.retryable(error) && delay !== undefined) {
      this.publish({ status: 'retrying', pending: true, attempt, reason, retryInMs: delay });
      this.timer = this.options.timers.setTimeout(() => {
        this.timer = null;
        if (!this.inFlight) this.start(attempt);
      }, delay);
      return;
    }
    this.settle({ status: 'failed', pending: true, attempt, reason });
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.options.timers.clearTimeout(this.timer);
    this.timer = null;
  }

  private settle(state: SaveState): void {
    this.publish(state);
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve(state);
  }

  private publish(state: SaveState): void {
    this.current = state;
    this.options.onChange(state);
  }
}
