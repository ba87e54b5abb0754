/** The workbench page's client for the workbench server's session API. */
import type { Fixture } from '../shared/fixture';

export interface SessionState {
  readonly fixture: string;
  readonly user: Fixture['user'];
  readonly messages: Fixture['messages'];
}

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: string };
    throw new Error(body.error ?? `${response.status} ${response.statusText}`);
  }
  return (await response.json()) as T;
}

export function createApi(session: string) {
  const base = `/api/s/${encodeURIComponent(session)}`;
  return {
    state: () => fetch(`${base}/state`).then((r) => json<SessionState>(r)),
    reset: (fixture: string) =>
      fetch(`${base}/reset`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ fixture }),
      }).then((r) => json<{ ok: true }>(r)),
    loadRoaming: () =>
      fetch(`${base}/roaming`)
        .then((r) => json<{ values: Record<string, string> }>(r))
        .then((b) => b.values),
    saveRoaming: (values: Record<string, string>) =>
      fetch(`${base}/roaming`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ values }),
      })
        .then((r) => json<{ ok: true }>(r))
        .then(() => undefined),
  };
}

export type WorkbenchApi = ReturnType<typeof createApi>;
