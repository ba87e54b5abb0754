/**
 * One connected-mode pass, run when the pane opens and on a timer while it is open: learn the sent
 * copies this device does not know yet (their conversation ids make the reply query possible), sweep
 * for answers, then bring Microsoft To Do in line with the plans (after the sweep, so a plan a reply
 * just cleared loses its task in the same pass). Each part reports its own failures; one failing does
 * not stop the others.
 */
import type { Instant } from '../domain/types';
import type { DeviceMemoryPort, GraphFailure, GraphPort, SentCopyCachePort } from '../ports';
import type { Store } from '../storage/store';
import { graphFailureFrom } from './graphError';
import { replySweep, type ReplySweepOutcome } from './replySweep';
import { sentCopyFind, type SentCopyOutcome } from './sentCopyFind';
import { todoMirror, type TodoMirrorOutcome } from './todoMirror';

export interface ConnectedSweepDeps {
  readonly store: Store;
  readonly graph: GraphPort;
  readonly sentCopies: SentCopyCachePort;
  readonly memory: DeviceMemoryPort;
  readonly userEmail: string;
  readonly addinId: string;
}

export interface ConnectedSweepReport {
  readonly at: Instant;
  readonly sentCopies: SentCopyOutcome;
  readonly replies: ReplySweepOutcome;
  readonly todo: TodoMirrorOutcome;
  /** The most important failure, in words; null when every part went through. */
  readonly problem: GraphFailure | null;
}

const SEVERITY: readonly GraphFailure['kind'][] = [
  'signIn',
  'forbidden',
  'throttled',
  'offline',
  'timeout',
  'server',
  'refused',
  'notFound',
];

/** The failure the user should hear about first. */
export function mainFailure(failures: readonly GraphFailure[]): GraphFailure | null {
  const sorted = [...failures].sort((a, b) => SEVERITY.indexOf(a.kind) - SEVERITY.indexOf(b.kind));
  return sorted[0] ?? null;
}

async function guarded<T extends { readonly failures: readonly GraphFailure[] }>(
  run: () => Promise<T>,
  empty: T,
): Promise<T> {
  try {
    return await run();
  } catch (error: unknown) {
    return { ...empty, failures: [graphFailureFrom(error)] };
  }
}

export async function connectedSweep(deps: ConnectedSweepDeps, now: Instant): Promise<ConnectedSweepReport> {
  const sentCopies = await guarded(() => sentCopyFind(deps, now), { found: [], failures: [] });
  const replies = await guarded(() => replySweep(deps, now), { checked: 0, findings: [], failures: [] });
  const todo = await guarded(() => todoMirror(deps, now), {
    created: 0,
    updated: 0,
    completed: 0,
    deleted: 0,
    failures: [],
  });
  return {
    at: now,
    sentCopies,
    replies,
    todo,
    problem: mainFailure([...sentCopies.failures, ...replies.failures, ...todo.failures]),
  };
}
