/**
 * A typed client for the workbench state API (workbench/server/sessionRouter.ts), for browser tests
 * that set up or inspect a session without clicking through the UI: load a fixture, read or write the
 * roaming blob, set or move the clock, change the client's settings, inject faults, read messages,
 * notifications and the event log, deliver simulated answers, script the test add-in's handlers.
 */
import type { APIRequestContext, APIResponse } from '@playwright/test';
import type { MailMessage, StoredNotification } from '../../workbench/shared/mailMessage';
import type {
  Fault,
  LogEntry,
  SessionSnapshot,
  TestHandlerSpec,
  WorkbenchSettings,
} from '../../workbench/shared/sessionState';

export interface RoamingState {
  readonly values: Record<string, string>;
  readonly characters: number;
  readonly revision: number;
  readonly lastWriter: string | null;
}

export type AnswerKind = 'reply' | 'replyFromColleague' | 'outOfOffice' | 'bounce' | 'leftCompany';

/** The response's JSON; throws on an HTTP error or an Office refusal ({ officeError }). */
async function ok<T>(response: APIResponse): Promise<T> {
  if (!response.ok()) throw new Error(`${response.url()}: ${response.status()} ${await response.text()}`);
  const body = (await response.json()) as T & { officeError?: { code: number; message: string } };
  if (body.officeError)
    throw new Error(`${response.url()}: Office error ${body.officeError.code} ${body.officeError.message}`);
  return body;
}

export class WorkbenchApi {
  private readonly base: string;

  constructor(
    private readonly request: APIRequestContext,
    readonly session: string,
  ) {
    this.base = `/api/s/${encodeURIComponent(session)}`;
  }

  private item(id: string): string {
    return `${this.base}/messages/${encodeURIComponent(id)}`;
  }

  state(): Promise<SessionSnapshot> {
    return this.request.get(`${this.base}/state`).then((r) => ok<SessionSnapshot>(r));
  }

  /** Starts the session over from workbench/fixtures/<name>.json. */
  loadFixture(name: string): Promise<void> {
    return this.request
      .post(`${this.base}/reset`, { data: { fixture: name } })
      .then((r) => ok(r).then(() => undefined));
  }

  roaming(): Promise<RoamingState> {
    return this.request.get(`${this.base}/roaming`).then((r) => ok<RoamingState>(r));
  }

  /** Replaces the stored roaming settings; each value is JSON-stringified as Office stores it. */
  setRoaming(values: Record<string, unknown>): Promise<void> {
    const serialized = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, JSON.stringify(v)]));
    return this.request
      .put(`${this.base}/roaming`, { data: { values: serialized } })
      .then((r) => ok(r).then(() => undefined));
  }

  clock(): Promise<{ nowMs: number; now: string; offsetMs: number }> {
    return this.request.get(`${this.base}/clock`).then((r) => ok(r));
  }

  setClock(iso: string): Promise<{ nowMs: number }> {
    return this.request.post(`${this.base}/clock`, { data: { set: iso } }).then((r) => ok(r));
  }

  advanceClock(advance: { days?: number; hours?: number; minutes?: number }): Promise<{ nowMs: number }> {
    return this.request.post(`${this.base}/clock`, { data: { advance } }).then((r) => ok(r));
  }

  settings(patch: Partial<WorkbenchSettings>): Promise<WorkbenchSettings> {
    return this.request.put(`${this.base}/settings`, { data: patch }).then((r) => ok(r));
  }

  addFault(fault: Fault): Promise<Fault[]> {
    return this.request.post(`${this.base}/faults`, { data: fault }).then((r) => ok(r));
  }

  clearFaults(): Promise<Fault[]> {
    return this.request.delete(`${this.base}/faults`).then((r) => ok(r));
  }

  messages(folder?: 'inbox' | 'sent' | 'drafts'): Promise<MailMessage[]> {
    const query = folder ? `?folder=${folder}` : '';
    return this.request.get(`${this.base}/messages${query}`).then((r) => ok(r));
  }

  message(id: string): Promise<MailMessage> {
    return this.request.get(this.item(id)).then((r) => ok(r));
  }

  /** The message's internet header block, as getAllInternetHeadersAsync returns it. */
  headers(id: string): Promise<string> {
    return this.request.get(`${this.item(id)}/headers`).then(async (r) => {
      if (!r.ok()) throw new Error(await r.text());
      return r.text();
    });
  }

  notifications(id: string): Promise<StoredNotification[]> {
    return this.request.get(`${this.item(id)}/notifications`).then((r) => ok(r));
  }

  answer(
    id: string,
    kind: AnswerKind,
    options: { recipient?: string; returnDate?: string; subject?: string } = {},
  ): Promise<MailMessage> {
    return this.request.post(`${this.item(id)}/answers`, { data: { kind, ...options } }).then((r) => ok(r));
  }

  log(): Promise<LogEntry[]> {
    return this.request.get(`${this.base}/log`).then((r) => ok(r));
  }

  /** The log entries of one kind (e.g. "command.completed", "smartAlert.shown"). */
  async logOf(kind: string): Promise<LogEntry[]> {
    return (await this.log()).filter((e) => e.kind === kind);
  }

  /** Scripts the test add-in's functions (with settings({ addinPages: 'test' })). */
  testHandlers(handlers: Record<string, TestHandlerSpec>): Promise<void> {
    return this.request
      .put(`${this.base}/test-handlers`, { data: handlers })
      .then((r) => ok(r).then(() => undefined));
  }
}
