/**
 * The workbench's "Exchange": one Session per session id, so parallel browser tests never share
 * state, and two devices of one session share everything. A session starts from a fixture; resetting
 * it replaces it while its devices' event streams stay subscribed.
 */
import type { Fixture } from '../shared/fixture';
import { Session } from './session';

export class SessionStore {
  private readonly sessions = new Map<string, Session>();
  private readonly listeners = new Map<string, Set<() => void>>();

  constructor(private readonly loadFixture: (name: string) => Fixture) {}

  /** The session with this id, created from the default fixture on first use. */
  get(id: string): Session {
    return this.sessions.get(id) ?? this.reset(id, 'default');
  }

  /** Starts the session over from a fixture (mailbox, roaming, clock, settings, faults, log). Throws on a bad fixture. */
  reset(id: string, fixtureName: string): Session {
    const session = new Session(id, fixtureName, this.loadFixture(fixtureName), () => this.notify(id));
    const previous = this.sessions.get(id);
    if (previous) session.version = previous.version + 1;
    this.sessions.set(id, session);
    this.notify(id);
    return session;
  }

  /** Calls `listener` after every change of the session; returns the unsubscribe function. */
  subscribe(id: string, listener: () => void): () => void {
    let set = this.listeners.get(id);
    if (!set) {
      set = new Set();
      this.listeners.set(id, set);
    }
    set.add(listener);
    return () => set.delete(listener);
  }

  private notify(id: string): void {
    for (const listener of this.listeners.get(id) ?? []) listener();
  }
}
