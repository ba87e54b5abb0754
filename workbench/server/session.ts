/**
 * One workbench session: the simulated Exchange mailbox, the roaming store, the clock, the client's
 * settings, injected faults and the event log. Every device of the session (Outlook window) works
 * against it; every change bumps `version` and wakes the devices' event streams.
 */
import type { Fixture, FixtureContact, FixtureUser } from '../shared/fixture';
import type { MailMessage } from '../shared/mailMessage';
import {
  DEFAULT_SETTINGS,
  type Fault,
  type LogEntry,
  type TestHandlerSpec,
  type WorkbenchSettings,
} from '../shared/sessionState';
import { isoInZone } from '../shared/zonedIso';

const LOG_LIMIT = 500;

export class Session {
  readonly user: FixtureUser;
  readonly contacts: readonly FixtureContact[];
  readonly messages = new Map<string, MailMessage>();
  /** Roaming settings as Exchange stores them: each value JSON-stringified. */
  roaming: Record<string, string>;
  roamingRevision = 0;
  roamingLastWriter: string | null = null;
  /** The session clock runs at real speed, `clockOffsetMs` ahead of real time. */
  clockOffsetMs: number;
  settings: WorkbenchSettings = DEFAULT_SETTINGS;
  faults: Fault[] = [];
  testHandlers: Record<string, TestHandlerSpec> = {};
  readonly log: LogEntry[] = [];
  version = 1;
  private logSeq = 0;

  constructor(
    readonly id: string,
    readonly fixtureName: string,
    fixture: Fixture,
    private readonly onChange: () => void = () => undefined,
    realNow: number = Date.now(),
  ) {
    this.user = fixture.user;
    this.contacts = fixture.contacts;
    for (const message of fixture.messages) this.messages.set(message.id, message);
    this.roaming = { ...fixture.roaming };
    this.clockOffsetMs = fixture.clock === null ? 0 : Date.parse(fixture.clock) - realNow;
  }

  /** Session time in epoch milliseconds. */
  nowMs(): number {
    return Date.now() + this.clockOffsetMs;
  }

  /** Session time as an ISO date-time in the user's zone. */
  nowIso(): string {
    return isoInZone(this.nowMs(), this.user.timeZone);
  }

  /** Records a change: devices refetch. */
  changed(): void {
    this.version += 1;
    this.onChange();
  }

  /** Replaces the stored roaming settings (the whole collection, as a save does). */
  roamingReplace(values: Record<string, string>, writer: string): void {
    this.roaming = { ...values };
    this.roamingRevision += 1;
    this.roamingLastWriter = writer;
    this.changed();
  }

  /** Appends to the event log (kept to the last 500 entries; read with GET log). */
  record(device: string, kind: string, detail: Record<string, unknown>): LogEntry {
    this.logSeq += 1;
    const entry: LogEntry = { seq: this.logSeq, at: this.nowIso(), device, kind, detail };
    this.log.push(entry);
    if (this.log.length > LOG_LIMIT) this.log.splice(0, this.log.length - LOG_LIMIT);
    // The log is not part of the snapshot: no change event (devices would refetch for nothing).
    return entry;
  }

  /** Takes one firing of the first fault matching `match`; returns it, or undefined. */
  takeFault<K extends Fault['kind']>(
    kind: K,
    match: (fault: Extract<Fault, { kind: K }>) => boolean = () => true,
  ): Extract<Fault, { kind: K }> | undefined {
    const index = this.faults.findIndex((f) => f.kind === kind && match(f as Extract<Fault, { kind: K }>));
    const fault = this.faults[index] as Extract<Fault, { kind: K }> | undefined;
    if (!fault || !('remaining' in fault)) return fault;
    if (fault.remaining > 0) {
      const remaining = fault.remaining - 1;
      if (remaining === 0) this.faults.splice(index, 1);
      else this.faults[index] = { ...fault, remaining };
      this.changed();
    }
    return fault;
  }
}
