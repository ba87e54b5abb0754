/**
 * The workbench's "Exchange": one in-memory mailbox and roaming store per session id, so parallel
 * browser tests never share state. A session starts from a fixture.
 */
import type { Fixture } from '../shared/fixture';

export interface Session {
  readonly id: string;
  fixtureName: string;
  fixture: Fixture;
  /** Roaming settings as the server stores them: each value already JSON-stringified. */
  roaming: Record<string, string>;
}

export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly loadFixture: (name: string) => Fixture) {}

  /** The session with this id, created from the default fixture on first use. */
  get(id: string): Session {
    let session = this.sessions.get(id);
    if (!session) {
      session = { id, fixtureName: 'default', fixture: this.loadFixture('default'), roaming: {} };
      this.sessions.set(id, session);
    }
    return session;
  }

  /** Resets a session to a fixture (mailbox and roaming store both start over). */
  reset(id: string, fixtureName: string): Session {
    const session: Session = { id, fixtureName, fixture: this.loadFixture(fixtureName), roaming: {} };
    this.sessions.set(id, session);
    return session;
  }
}
