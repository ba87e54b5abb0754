/** A fake connected-mode chunk for the pane's tests: scripted sign-in, sweep and rebuild results. */
import type { ConnectedSweepReport } from '../../../../src/shared/graph/connectedSweep';
import type { ConnectedRuntime } from '../../../../src/shared/graph/connectedRuntime';
import { GraphError } from '../../../../src/shared/graph/graphError';
import type { RebuildOutcome } from '../../../../src/shared/graph/mailboxRebuild';
import type { ConnectedAccount, DeviceMemoryPort, GraphFailure } from '../../../../src/shared/ports';
import type { ConnectedModuleType } from '../../../../src/taskpane/connected/connectedLoader';

export const DANA: ConnectedAccount = { username: 'dana@northwind.example', name: 'Dana Whitfield' };

/** This device's memory, fresh for each test (localStorage would carry a sign-out into the next). */
export function memoryFake(): DeviceMemoryPort {
  const values = new Map<string, string>();
  return {
    get: (key) => values.get(key) ?? null,
    set: (key, value) => {
      if (value === null) values.delete(key);
      else values.set(key, value);
      return true;
    },
  };
}

export function sweepReport(at: number, parts: Partial<ConnectedSweepReport> = {}): ConnectedSweepReport {
  return {
    at,
    sentCopies: { found: [], failures: [] },
    replies: { checked: 0, findings: [], failures: [] },
    todo: { created: 0, updated: 0, completed: 0, deleted: 0, failures: [] },
    problem: null,
    ...parts,
  };
}

export function rebuildOutcome(parts: Partial<RebuildOutcome> = {}): RebuildOutcome {
  return {
    scanned: 0,
    records: 0,
    restored: 0,
    current: 0,
    newer: 0,
    skipped: 0,
    problems: [],
    complete: true,
    save: { status: 'saved', pending: false, attempt: 0 },
    ...parts,
  };
}

export function fakeChunk(now: () => number) {
  const calls = { load: 0, signIn: [] as boolean[], signOut: 0, sweeps: 0, rebuilds: 0 };
  const script = {
    /** Silent sign-in fails with this (popup still works) when set. */
    silentFailure: null as GraphFailure | null,
    popupFailure: null as GraphFailure | null,
    sweep: (at: number): ConnectedSweepReport => sweepReport(at),
    rebuild: (): Promise<RebuildOutcome> => Promise.resolve(rebuildOutcome()),
  };
  const runtime: ConnectedRuntime = {
    auth: {
      signIn: (interactive) => {
        calls.signIn.push(interactive);
        const failure = interactive ? script.popupFailure : script.silentFailure;
        return failure ? Promise.reject(new GraphError(failure)) : Promise.resolve(DANA);
      },
      signOut: () => {
        calls.signOut += 1;
      },
      account: () => DANA,
      token: () => Promise.resolve('token'),
    },
    graph: { send: () => Promise.reject(new Error('not used')), batch: () => Promise.resolve([]) },
    sweep: () => {
      calls.sweeps += 1;
      return Promise.resolve(script.sweep(now()));
    },
    rebuild: () => {
      calls.rebuilds += 1;
      return script.rebuild();
    },
    recipientsAway: () => Promise.resolve([]),
  };
  const load = () => {
    calls.load += 1;
    return Promise.resolve({ createConnectedRuntime: () => runtime } as unknown as ConnectedModuleType);
  };
  return { load, calls, script, runtime };
}

/** A client with nested app authentication (NestedAppAuth 1.1) and every other capability. */
export const NAA_CAPABLE = {
  onSendEvent: true,
  insightNotices: true,
  pinning: true,
  internetHeaders: true,
  nestedAppAuth: true,
} as const;

/** The build-time configuration connected mode needs (a client id and the add-in's id). */
export const CONFIGURED = { clientId: '00000000-0000-4000-8000-00000000c0de', addinId: 'addin-id' };
