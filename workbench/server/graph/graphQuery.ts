/**
 * Graph's query options over a collection: $filter (odataFilter), $orderby, $top/$skip paging with
 * an @odata.nextLink back to graph.microsoft.com (as Graph answers), $select and $expand. Only the
 * options each route documents are accepted; anything else is refused as Graph refuses it.
 */
import { fail, ok, type Result } from '../../../src/shared/result';
import { GRAPH_ORIGIN } from '../../shared/graphContract';
import { badRequest, type GraphAnswer, type GraphCall } from './graphAnswer';
import { filterMatches, filterParse, filterProperties, type FilterExpr } from './odataFilter';

export interface CollectionOptions {
  readonly typeName: string;
  /** Graph's page size when $top is absent. */
  readonly defaultTop: number;
  /** The largest $top Graph honours. */
  readonly maxTop: number;
  /** The workbench's own cap (settings.maxPageSize), to make paging happen with few items. */
  readonly pageCap: number;
  /** Properties $orderby may name, with how to read them. */
  readonly sortable: Readonly<Record<string, (item: Record<string, unknown>) => number | string>>;
  /** The order without $orderby. */
  readonly defaultOrder?: { readonly key: string; readonly desc: boolean };
  readonly allowSearch?: false;
}

const KNOWN = new Set(['$filter', '$orderby', '$top', '$skip', '$select', '$expand', '$count']);

export function queryChecked(call: GraphCall, allowed: readonly string[]): GraphAnswer | null {
  for (const key of call.query.keys()) {
    if (!KNOWN.has(key) && key.startsWith('$'))
      return badRequest(`Query option '${key}' is not supported by the workbench.`);
    if (KNOWN.has(key) && !allowed.includes(key))
      return badRequest(`Query option '${key}' is not allowed on this resource.`);
  }
  return null;
}

/** Reads $filter; null when absent. */
export function queryFilter(call: GraphCall): Result<FilterExpr | null> {
  const text = call.query.get('$filter');
  if (text === null) return ok(null);
  return filterParse(text);
}

/** Applies a parsed filter to full resources (fails on an unknown property). */
export function filtered(
  items: readonly Record<string, unknown>[],
  filter: FilterExpr | null,
  typeName: string,
): Result<Record<string, unknown>[]> {
  if (!filter) return ok([...items]);
  const kept: Record<string, unknown>[] = [];
  for (const item of items) {
    const match = filterMatches(filter, item, typeName);
    if (!match.ok) return match;
    if (match.value) kept.push(item);
  }
  return ok(kept);
}

/**
 * Sorts by $orderby. Exchange's rule (Graph docs, "InefficientFilter"): with $filter, the properties
 * in $orderby must also be in $filter, first and in the same order; a conversationId filter cannot be
 * combined with $orderby at all.
 */
export function sorted(
  items: Record<string, unknown>[],
  call: GraphCall,
  filter: FilterExpr | null,
  options: CollectionOptions,
): Result<Record<string, unknown>[]> {
  const text = call.query.get('$orderby');
  const order: { key: string; desc: boolean }[] = [];
  if (text !== null) {
    for (const part of text.split(',')) {
      const [key = '', direction = 'asc'] = part.trim().split(/\s+/);
      const name = Object.keys(options.sortable).find((k) => k.toLowerCase() === key.toLowerCase());
      if (!name || !['asc', 'desc'].includes(direction.toLowerCase()))
        return fail(`Invalid $orderby: '${part.trim()}'.`);
      order.push({ key: name, desc: direction.toLowerCase() === 'desc' });
    }
    if (filter) {
      const inFilter = filterProperties(filter).map((p) => p.toLowerCase());
      const inefficient =
        inFilter.includes('conversationid') || order.some((o, i) => inFilter[i] !== o.key.toLowerCase());
      if (inefficient) return fail('InefficientFilter');
    }
  } else if (options.defaultOrder) {
    order.push(options.defaultOrder);
  }
  const copy = [...items];
  copy.sort((a, b) => {
    for (const { key, desc } of order) {
      const read = options.sortable[key];
      if (!read) continue;
      const x = read(a);
      const y = read(b);
      if (x !== y) return (x < y ? -1 : 1) * (desc ? -1 : 1);
    }
    return 0;
  });
  return ok(copy);
}

function nonNegative(text: string | null, name: string): Result<number | null> {
  if (text === null) return ok(null);
  return /^\d{1,9}$/.test(text) ? ok(Number(text)) : fail(`Invalid value '${text}' for ${name}.`);
}

/** Projects one resource to $select (id and @odata.etag always stay). */
export function selected(
  item: Record<string, unknown>,
  select: readonly string[] | null,
  hidden: readonly string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    const wanted = select
      ? select.some((s) => s.toLowerCase() === key.toLowerCase()) || key === 'id' || key === '@odata.etag'
      : !hidden.includes(key);
    if (wanted) out[key] = value;
  }
  return out;
}

/** Reads $select against the resource's properties. */
export function querySelect(
  call: GraphCall,
  properties: readonly string[],
  typeName: string,
): Result<string[] | null> {
  const text = call.query.get('$select');
  if (text === null) return ok(null);
  const names = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const name of names) {
    if (!properties.some((p) => p.toLowerCase() === name.toLowerCase()))
      return fail(`Could not find a property named '${name}' on type '${typeName}'.`);
  }
  return ok(names);
}

/** One page of a collection, with @odata.nextLink when more items follow. */
export function page(
  items: readonly Record<string, unknown>[],
  call: GraphCall,
  options: CollectionOptions,
  project: (item: Record<string, unknown>) => Record<string, unknown>,
  context: string,
): Result<Record<string, unknown>> {
  const top = nonNegative(call.query.get('$top'), '$top');
  if (!top.ok) return top;
  const skip = nonNegative(call.query.get('$skip'), '$skip');
  if (!skip.ok) return skip;
  if (top.value === 0) return fail('Invalid value 0 for $top.');
  const size = Math.min(top.value ?? options.defaultTop, options.maxTop, options.pageCap);
  const from = skip.value ?? 0;
  const slice = items.slice(from, from + size);
  const body: Record<string, unknown> = {
    '@odata.context': `${GRAPH_ORIGIN}/v1.0/$metadata#${context}`,
    value: slice.map(project),
  };
  if (from + slice.length < items.length) {
    const next = new URLSearchParams(call.query);
    next.set('$skip', String(from + slice.length));
    if (top.value !== null) next.set('$top', String(top.value));
    body['@odata.nextLink'] = `${GRAPH_ORIGIN}/v1.0${call.path}?${next.toString().replace(/\+/g, '%20')}`;
  }
  return ok(body);
}
