/**
 * What the simulated Microsoft 365 side keeps for one workbench session besides the mailbox: the
 * Graph settings and faults, the consent, Microsoft To Do's lists and tasks, contacts' automatic
 * replies for MailTips, and the request log. Kept beside the Session (a WeakMap), so resetting a
 * session starts its Graph side over too.
 */
import {
  DEFAULT_GRAPH_SETTINGS,
  type GraphFault,
  type GraphLogEntry,
  type GraphSimSettings,
  type SimAutomaticReplies,
} from '../../shared/graphContract';
import type { Session } from '../session';

/** A Microsoft To Do task as the endpoint stores it (Graph's todoTask JSON without the list). */
export interface StoredTask {
  readonly id: string;
  readonly json: Readonly<Record<string, unknown>>;
  readonly linkedResources: readonly Readonly<Record<string, unknown>>[];
}

export interface StoredList {
  readonly id: string;
  displayName: string;
  readonly wellknownListName: 'defaultList' | 'none';
  readonly tasks: Map<string, StoredTask>;
}

const LOG_LIMIT = 2000;

export class GraphState {
  settings: GraphSimSettings = DEFAULT_GRAPH_SETTINGS;
  faults: GraphFault[] = [];
  consentGranted: boolean | null = null;
  /** Tokens the nested app authentication bridge handed out (silent and popup). */
  readonly tokensIssued = { silent: 0, popup: 0 };
  readonly lists = new Map<string, StoredList>();
  readonly automaticReplies = new Map<string, SimAutomaticReplies>();
  readonly log: GraphLogEntry[] = [];
  private seq = 0;
  private ids = 0;
  private batches = 0;

  constructor() {
    const id = this.newId('list');
    this.lists.set(id, { id, displayName: 'Tasks', wellknownListName: 'defaultList', tasks: new Map() });
  }

  /** Whether the user has consented (the setting, unless a popup changed it since). */
  consented(): boolean {
    return this.consentGranted ?? this.settings.consented;
  }

  /** A new Graph-shaped id (base64url, as To Do's are). */
  newId(kind: string): string {
    this.ids += 1;
    const raw = `${kind}:${this.ids}:${Math.random().toString(36).slice(2, 10)}`;
    return `AQMkAD${Buffer.from(raw).toString('base64url')}AAA=`;
  }

  /** Takes one firing of the first fault whose path matches; returns it, or undefined. */
  takeFault(url: string, kinds: readonly GraphFault['kind'][]): GraphFault | undefined {
    const index = this.faults.findIndex(
      (f) => kinds.includes(f.kind) && (f.path === undefined || url.includes(f.path)),
    );
    const fault = this.faults[index];
    if (!fault) return undefined;
    if (fault.remaining > 0) {
      if (fault.remaining === 1) this.faults.splice(index, 1);
      else this.faults[index] = { ...fault, remaining: fault.remaining - 1 };
    }
    return fault;
  }

  /** A number for the next $batch (its requests carry it in the log). */
  nextBatch(): number {
    this.batches += 1;
    return this.batches;
  }

  /** Records an answered request; returns its sequence number. */
  record(entry: Omit<GraphLogEntry, 'seq'>): number {
    this.seq += 1;
    this.log.push({ seq: this.seq, ...entry });
    if (this.log.length > LOG_LIMIT) this.log.splice(0, this.log.length - LOG_LIMIT);
    return this.seq;
  }
}

const states = new WeakMap<Session, GraphState>();

/** The Graph side of a session (created on first use). */
export function graphStateOf(session: Session): GraphState {
  let state = states.get(session);
  if (!state) {
    state = new GraphState();
    states.set(session, state);
  }
  return state;
}
