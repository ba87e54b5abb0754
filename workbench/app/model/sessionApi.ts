/**
 * The device's client for its session's HTTP API (server/sessionRouter.ts). Office refusals come back
 * as SessionApiError with Office's error code, which the runtime reports in its AsyncResult.
 */
import type { DraftFields, DraftRequest } from '../../shared/draftTypes';
import type { HostFailure } from '../../shared/hostApi';
import type { MailMessage, StoredNotification } from '../../shared/mailMessage';
import type { Fault, LogEntry, SessionSnapshot, WorkbenchSettings } from '../../shared/sessionState';

export class SessionApiError extends Error implements HostFailure {
  constructor(
    message: string,
    readonly code: number,
    readonly status: number,
  ) {
    super(message);
  }
}

async function json<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => ({}))) as {
    error?: string;
    officeError?: { code: number; message: string };
  };
  if (body.officeError)
    throw new SessionApiError(body.officeError.message, body.officeError.code, response.status);
  // 9002 InternalFormatError stands for "the host failed" when the server gave no Office code.
  if (!response.ok)
    throw new SessionApiError(
      body.error ?? `${response.status} ${response.statusText}`,
      9002,
      response.status,
    );
  return body as T;
}

export function createSessionApi(session: string, device: string) {
  const base = `/api/s/${encodeURIComponent(session)}`;
  const item = (id: string) => `${base}/messages/${encodeURIComponent(id)}`;
  const send = <T>(method: string, path: string, body?: unknown) =>
    fetch(path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
    }).then((r) => json<T>(r));
  return {
    eventsUrl: `${base}/events`,
    state: () => send<SessionSnapshot>('GET', `${base}/state`),
    reset: (fixture: string) => send<{ ok: true }>('POST', `${base}/reset`, { fixture }),
    clockAdvance: (advance: { days?: number; hours?: number; minutes?: number }) =>
      send<{ nowMs: number }>('POST', `${base}/clock`, { advance, device }),
    settingsPatch: (patch: Partial<WorkbenchSettings>) =>
      send<WorkbenchSettings>('PUT', `${base}/settings`, patch),
    faultAdd: (fault: Fault) => send<Fault[]>('POST', `${base}/faults`, fault),
    faultsClear: () => send<Fault[]>('DELETE', `${base}/faults`),
    faultTake: (method: string) =>
      send<{ fault: Fault | null }>('POST', `${base}/faults/take`, { method, device }),
    roamingLoad: () =>
      send<{ values: Record<string, string> }>('GET', `${base}/roaming`).then((r) => r.values),
    roamingSave: (values: Readonly<Record<string, string>>) =>
      send<{ ok: true }>('POST', `${base}/roaming/save`, { values, device }).then(() => undefined),
    message: (id: string) => send<MailMessage>('GET', item(id)),
    headers: (id: string) =>
      fetch(`${item(id)}/headers`).then(async (r) =>
        r.headers.get('content-type')?.startsWith('text/plain') ? r.text() : json<string>(r),
      ),
    markRead: (id: string) => send<{ ok: true }>('POST', `${item(id)}/read`),
    answer: (id: string, kind: string, options: { recipient?: string; returnDate?: string } = {}) =>
      send<MailMessage>('POST', `${item(id)}/answers`, { kind, ...options, device }),
    notifications: (id: string, change: { op: string; notification?: StoredNotification; key?: string }) =>
      send<StoredNotification[]>('POST', `${item(id)}/notifications`, change),
    notificationsGet: (id: string) => send<StoredNotification[]>('GET', `${item(id)}/notifications`),
    customPropertiesSave: (id: string, properties: Readonly<Record<string, unknown>>) =>
      send<{ ok: true }>('PUT', `${item(id)}/custom-properties`, { properties }).then(() => undefined),
    draftCreate: (request: DraftRequest) => send<MailMessage>('POST', `${base}/drafts`, request),
    draftUpdate: (id: string, fields: DraftFields, save: boolean) =>
      send<MailMessage>('PUT', `${base}/drafts/${encodeURIComponent(id)}`, { fields, save }),
    draftSend: (id: string, fields: DraftFields) =>
      send<MailMessage>('POST', `${base}/drafts/${encodeURIComponent(id)}/send`, { fields, device }),
    draftDiscard: (id: string) => send<{ ok: true }>('DELETE', `${base}/drafts/${encodeURIComponent(id)}`),
    log: (kind: string, detail: Record<string, unknown>) =>
      send<LogEntry>('POST', `${base}/log`, { kind, detail, device }).catch(() => undefined),
    logGet: () => send<LogEntry[]>('GET', `${base}/log`),
  };
}

export type SessionApi = ReturnType<typeof createSessionApi>;
