/**
 * Graph collections come in pages: `value` plus an @odata.nextLink (an absolute URL) while more
 * follow. The client follows the link as given (never rebuilds it) up to a page limit, so a huge
 * mailbox cannot keep the pane busy for ever; `complete` says whether the end was reached.
 */
import type { GraphPort } from '../ports';

export interface GraphPage<T> {
  readonly value?: readonly T[];
  readonly '@odata.nextLink'?: string;
}

export interface GraphItems<T> {
  readonly items: T[];
  readonly complete: boolean;
}

/** The items of `first` and of the pages after it. */
export async function graphRest<T>(
  graph: GraphPort,
  first: GraphPage<T>,
  maxPages: number,
): Promise<GraphItems<T>> {
  const items: T[] = [...(first.value ?? [])];
  let next = first['@odata.nextLink'];
  for (let pages = 1; next !== undefined; pages += 1) {
    if (pages >= maxPages) return { items, complete: false };
    const page: GraphPage<T> = await graph.send<GraphPage<T>>({ method: 'GET', url: next });
    items.push(...(page.value ?? []));
    next = page['@odata.nextLink'];
  }
  return { items, complete: true };
}

/** Every item of the collection at `url`. */
export async function graphAll<T>(graph: GraphPort, url: string, maxPages = 50): Promise<GraphItems<T>> {
  const first = await graph.send<GraphPage<T>>({ method: 'GET', url });
  return graphRest(graph, first, maxPages);
}
