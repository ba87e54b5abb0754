/**
 * The entry point of connected mode's lazily loaded chunk: MSAL (nested app authentication), the Graph
 * client and everything that uses Graph. The task pane imports it with import() only when the user
 * has switched connected mode on, so the pane's first load and the commands bundle never carry it.
 */
import type { TrackedRecipient } from '../domain/types';
import type {
  ClockPort,
  DeviceMemoryPort,
  GraphAuthPort,
  GraphPort,
  SentCopyCachePort,
  TimerPort,
} from '../ports';
import type { Store } from '../storage/store';
import { connectedSweep, type ConnectedSweepReport } from './connectedSweep';
import { createGraphClient } from './graphClient';
import { mailboxRebuild, type RebuildOutcome } from './mailboxRebuild';
import { createNaaAuth } from './naaAuth';
import { recipientsAway, type AwayRecipient } from './recipientsAway';

export interface ConnectedConfig {
  readonly clientId: string;
  readonly addinId: string;
  readonly userEmail: string;
  readonly store: Store;
  readonly sentCopies: SentCopyCachePort;
  readonly memory: DeviceMemoryPort;
  readonly clock: ClockPort;
  readonly timers: TimerPort;
  readonly fetch: (input: string, init: RequestInit) => Promise<Response>;
  /** Tests and other hosts may bring their own sign-in; the default is MSAL's NAA. */
  readonly auth?: GraphAuthPort;
}

export interface ConnectedRuntime {
  readonly auth: GraphAuthPort;
  readonly graph: GraphPort;
  sweep(): Promise<ConnectedSweepReport>;
  rebuild(): Promise<RebuildOutcome>;
  recipientsAway(recipients: readonly TrackedRecipient[]): Promise<AwayRecipient[]>;
}

export function createConnectedRuntime(config: ConnectedConfig): ConnectedRuntime {
  const auth = config.auth ?? createNaaAuth({ clientId: config.clientId });
  const graph = createGraphClient({
    fetch: config.fetch,
    tokens: auth,
    timers: config.timers,
    clock: config.clock,
  });
  const deps = {
    store: config.store,
    graph,
    sentCopies: config.sentCopies,
    memory: config.memory,
    userEmail: config.userEmail,
    addinId: config.addinId,
  };
  return {
    auth,
    graph,
    sweep: () => connectedSweep(deps, config.clock.now()),
    rebuild: () => mailboxRebuild(deps, config.clock.now()),
    recipientsAway: (recipients) => recipientsAway(deps, recipients, config.clock.now()),
  };
}
