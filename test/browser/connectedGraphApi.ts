/**
 * The Graph side of the workbench state API (/api/s/<session>/graph, workbench/server/graph/) for
 * connected mode's browser tests: the simulated Microsoft 365 settings, faults, the request log, To Do
 * as stored, and contacts' automatic replies.
 */
import type { APIRequestContext } from '@playwright/test';
import type {
  GraphFault,
  GraphLogEntry,
  GraphSimSettings,
  SimAutomaticReplies,
} from '../../workbench/shared/graphContract';

export interface StoredTodoTask {
  readonly id: string;
  readonly title: string;
  readonly status: string;
  readonly isReminderOn: boolean;
  readonly reminderDateTime: { readonly dateTime: string; readonly timeZone: string } | null;
  readonly linkedResources: readonly { readonly externalId?: string; readonly webUrl?: string }[];
}

export interface GraphSideState {
  readonly settings: GraphSimSettings;
  readonly consented: boolean;
  readonly tokensIssued: { readonly silent: number; readonly popup: number };
  readonly faults: readonly GraphFault[];
  readonly lists: readonly { readonly displayName: string; readonly tasks: readonly StoredTodoTask[] }[];
}

export class GraphStateApi {
  private readonly base: string;

  constructor(
    private readonly request: APIRequestContext,
    session: string,
  ) {
    this.base = `/api/s/${encodeURIComponent(session)}/graph`;
  }

  private async json<T>(response: Awaited<ReturnType<APIRequestContext['get']>>): Promise<T> {
    if (!response.ok()) throw new Error(`${response.url()}: ${response.status()} ${await response.text()}`);
    return (await response.json()) as T;
  }

  state(): Promise<GraphSideState> {
    return this.request.get(this.base).then((r) => this.json<GraphSideState>(r));
  }

  settings(patch: Partial<GraphSimSettings>): Promise<GraphSimSettings> {
    return this.request.put(`${this.base}/settings`, { data: patch }).then((r) => this.json(r));
  }

  addFault(fault: GraphFault): Promise<GraphFault[]> {
    return this.request.post(`${this.base}/faults`, { data: fault }).then((r) => this.json(r));
  }

  log(since = 0): Promise<GraphLogEntry[]> {
    return this.request.get(`${this.base}/log?since=${since}`).then((r) => this.json(r));
  }

  automaticReplies(replies: Record<string, SimAutomaticReplies | null>): Promise<void> {
    return this.request
      .put(`${this.base}/automatic-replies`, { data: replies })
      .then((r) => this.json(r).then(() => undefined));
  }

  /** The tasks of the ReachPlan list in To Do (none when the list does not exist). */
  async reachPlanTasks(): Promise<StoredTodoTask[]> {
    const list = (await this.state()).lists.find((l) => l.displayName === 'ReachPlan');
    return list ? [...list.tasks] : [];
  }
}
