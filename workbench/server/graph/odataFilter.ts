/**
 * The OData `$filter` subset Microsoft Graph accepts on mail and To Do, parsed and evaluated over the
 * JSON a resource is returned as: comparisons (eq ne gt ge lt le) of a property path with a string,
 * number, boolean, null or date-time literal; `and`, `or`, `not`, parentheses; lambdas
 * `collection/any(v: …)`; and `contains`/`startswith(path, 'text')`. String comparisons ignore case,
 * as Exchange does, except on identifiers (properties named id or …Id), which must match exactly.
 * A refused filter is a Result failure whose reason is Graph's message for it.
 */
import { fail, ok, type Result } from '../../../src/shared/result';

export type Literal =
  | { readonly t: 'string'; readonly v: string }
  | { readonly t: 'number'; readonly v: number }
  | { readonly t: 'bool'; readonly v: boolean }
  | { readonly t: 'null' }
  | { readonly t: 'datetime'; readonly v: number; readonly text: string };

export type CompareOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export type FilterExpr =
  | { readonly k: 'and' | 'or'; readonly a: FilterExpr; readonly b: FilterExpr }
  | { readonly k: 'not'; readonly a: FilterExpr }
  | { readonly k: 'cmp'; readonly op: CompareOp; readonly path: readonly string[]; readonly value: Literal }
  | {
      readonly k: 'lambda';
      readonly all: boolean;
      readonly path: readonly string[];
      readonly variable: string;
      readonly body: FilterExpr;
    }
  | {
      readonly k: 'fn';
      readonly name: 'contains' | 'startswith' | 'endswith';
      readonly path: readonly string[];
      readonly value: string;
    };

type Token =
  | { readonly t: 'punct'; readonly v: '(' | ')' | ',' | ':' | '/' }
  | { readonly t: 'word'; readonly v: string }
  | { readonly t: 'lit'; readonly v: Literal };

const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})/;

function tokenize(text: string): Result<Token[]> {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (/\s/.test(c)) {
      i += 1;
    } else if ('(),:/'.includes(c)) {
      tokens.push({ t: 'punct', v: c as '(' | ')' | ',' | ':' | '/' });
      i += 1;
    } else if (c === "'") {
      let value = '';
      let j = i + 1;
      for (;;) {
        if (j >= text.length)
          return fail(`Invalid filter clause: unterminated string literal at position ${i}.`);
        if (text[j] === "'") {
          if (text[j + 1] === "'") {
            value += "'";
            j += 2;
            continue;
          }
          break;
        }
        value += text[j];
        j += 1;
      }
      tokens.push({ t: 'lit', v: { t: 'string', v: value } });
      i = j + 1;
    } else {
      const rest = text.slice(i);
      const datetime = DATETIME.exec(rest);
      if (datetime) {
        const ms = Date.parse(datetime[0]);
        if (Number.isNaN(ms)) return fail(`Invalid filter clause: bad date-time '${datetime[0]}'.`);
        tokens.push({ t: 'lit', v: { t: 'datetime', v: ms, text: datetime[0] } });
        i += datetime[0].length;
        continue;
      }
      const number = /^-?\d+(\.\d+)?/.exec(rest);
      if (number) {
        tokens.push({ t: 'lit', v: { t: 'number', v: Number(number[0]) } });
        i += number[0].length;
        continue;
      }
      const word = /^[A-Za-z_][\w.@-]*/.exec(rest);
      if (!word) return fail(`Invalid filter clause: unexpected '${c}' at position ${i}.`);
      const w = word[0];
      if (w === 'true' || w === 'false') tokens.push({ t: 'lit', v: { t: 'bool', v: w === 'true' } });
      else if (w === 'null') tokens.push({ t: 'lit', v: { t: 'null' } });
      else tokens.push({ t: 'word', v: w });
      i += w.length;
    }
  }
  return ok(tokens);
}

const OPS: readonly CompareOp[] = ['eq', 'ne', 'gt', 'ge', 'lt', 'le'];

class Parser {
  private at = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }
  private isWord(v: string): boolean {
    const t = this.peek();
    return t?.t === 'word' && t.v.toLowerCase() === v;
  }
  private isPunct(v: string): boolean {
    const t = this.peek();
    return t?.t === 'punct' && t.v === v;
  }
  private expect(v: string): void {
    if (!this.isPunct(v)) throw new FilterError(`Invalid filter clause: expected '${v}'.`);
    this.at += 1;
  }

  parse(): FilterExpr {
    const expr = this.or();
    if (this.at < this.tokens.length)
      throw new FilterError('Invalid filter clause: unexpected text at the end.');
    return expr;
  }
  private or(): FilterExpr {
    let left = this.and();
    while (this.isWord('or')) {
      this.at += 1;
      left = { k: 'or', a: left, b: this.and() };
    }
    return left;
  }
  private and(): FilterExpr {
    let left = this.unary();
    while (this.isWord('and')) {
      this.at += 1;
      left = { k: 'and', a: left, b: this.unary() };
    }
    return left;
  }
  private unary(): FilterExpr {
    if (this.isWord('not')) {
      this.at += 1;
      return { k: 'not', a: this.unary() };
    }
    if (this.isPunct('(')) {
      this.at += 1;
      const inner = this.or();
      this.expect(')');
      return inner;
    }
    const first = this.peek();
    if (first?.t === 'word' && ['contains', 'startswith', 'endswith'].includes(first.v.toLowerCase())) {
      this.at += 1;
      this.expect('(');
      const path = this.path();
      this.expect(',');
      const literal = this.literal();
      this.expect(')');
      if (literal.t !== 'string') throw new FilterError(`Invalid filter clause: ${first.v} needs a string.`);
      return {
        k: 'fn',
        name: first.v.toLowerCase() as 'contains' | 'startswith' | 'endswith',
        path,
        value: literal.v,
      };
    }
    const path = this.path();
    const last = this.peek();
    if (last?.t === 'punct' && last.v === '(') {
      // path ended with /any or /all
      const name = path[path.length - 1]?.toLowerCase();
      if (name !== 'any' && name !== 'all')
        throw new FilterError(`Invalid filter clause: unknown function '${name}'.`);
      this.at += 1;
      const variable = this.peek();
      if (variable?.t !== 'word') throw new FilterError('Invalid filter clause: a lambda needs a variable.');
      this.at += 1;
      this.expect(':');
      const body = this.or();
      this.expect(')');
      return { k: 'lambda', all: name === 'all', path: path.slice(0, -1), variable: variable.v, body };
    }
    const op = this.peek();
    if (op?.t !== 'word' || !OPS.includes(op.v.toLowerCase() as CompareOp))
      throw new FilterError(`Invalid filter clause: expected an operator after '${path.join('/')}'.`);
    this.at += 1;
    return { k: 'cmp', op: op.v.toLowerCase() as CompareOp, path, value: this.literal() };
  }
  private path(): string[] {
    const parts: string[] = [];
    for (;;) {
      const t = this.peek();
      if (t?.t !== 'word') throw new FilterError('Invalid filter clause: expected a property.');
      parts.push(t.v);
      this.at += 1;
      if (!this.isPunct('/')) return parts;
      this.at += 1;
    }
  }
  private literal(): Literal {
    const t = this.peek();
    if (t?.t !== 'lit') throw new FilterError('Invalid filter clause: expected a value.');
    this.at += 1;
    return t.v;
  }
}

class FilterError extends Error {}

/** Parses a `$filter` value. */
export function filterParse(text: string): Result<FilterExpr> {
  const tokens = tokenize(text);
  if (!tokens.ok) return tokens;
  try {
    return ok(new Parser(tokens.value).parse());
  } catch (error: unknown) {
    if (error instanceof FilterError) return fail(error.message);
    throw error;
  }
}

/** The properties a filter mentions at its top level (for Graph's $orderby rule). */
export function filterProperties(expr: FilterExpr): string[] {
  switch (expr.k) {
    case 'and':
    case 'or':
      return [...filterProperties(expr.a), ...filterProperties(expr.b)];
    case 'not':
      return filterProperties(expr.a);
    case 'cmp':
    case 'fn':
    case 'lambda':
      return [expr.path.join('/')];
  }
}

class UnknownProperty extends Error {}

function member(value: unknown, name: string): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  const key = Object.keys(record).find((k) => k.toLowerCase() === name.toLowerCase());
  if (key === undefined) throw new UnknownProperty(name);
  return record[key];
}

function resolve(path: readonly string[], root: unknown, scope: ReadonlyMap<string, unknown>): unknown {
  const [head, ...rest] = path;
  let value = head !== undefined && scope.has(head) ? scope.get(head) : member(root, head ?? '');
  for (const name of rest) value = value === null || value === undefined ? undefined : member(value, name);
  return value;
}

function isIdentifier(path: readonly string[]): boolean {
  const last = path[path.length - 1] ?? '';
  return last === 'id' || /Id$/.test(last);
}

function compare(op: CompareOp, actual: unknown, literal: Literal, exact: boolean): boolean {
  let a: number | string | boolean | null;
  let b: number | string | boolean | null;
  if (literal.t === 'null') {
    const isNull = actual === null || actual === undefined;
    return op === 'eq' ? isNull : op === 'ne' ? !isNull : false;
  }
  if (actual === null || actual === undefined) return op === 'ne';
  if (literal.t === 'datetime') {
    if (typeof actual !== 'string') return false;
    a = Date.parse(actual);
    b = literal.v;
  } else if (literal.t === 'string') {
    if (typeof actual !== 'string') return false;
    a = exact ? actual : actual.toLowerCase();
    b = exact ? literal.v : literal.v.toLowerCase();
  } else {
    a = actual as number | boolean;
    b = literal.v;
  }
  switch (op) {
    case 'eq':
      return a === b;
    case 'ne':
      return a !== b;
    case 'gt':
      return a !== null && b !== null && a > b;
    case 'ge':
      return a !== null && b !== null && a >= b;
    case 'lt':
      return a !== null && b !== null && a < b;
    case 'le':
      return a !== null && b !== null && a <= b;
  }
}

function evaluate(expr: FilterExpr, root: unknown, scope: ReadonlyMap<string, unknown>): boolean {
  switch (expr.k) {
    case 'and':
      return evaluate(expr.a, root, scope) && evaluate(expr.b, root, scope);
    case 'or':
      return evaluate(expr.a, root, scope) || evaluate(expr.b, root, scope);
    case 'not':
      return !evaluate(expr.a, root, scope);
    case 'cmp':
      return compare(expr.op, resolve(expr.path, root, scope), expr.value, isIdentifier(expr.path));
    case 'fn': {
      const value = resolve(expr.path, root, scope);
      if (typeof value !== 'string') return false;
      const haystack = value.toLowerCase();
      const needle = expr.value.toLowerCase();
      if (expr.name === 'contains') return haystack.includes(needle);
      if (expr.name === 'startswith') return haystack.startsWith(needle);
      return haystack.endsWith(needle);
    }
    case 'lambda': {
      const items = resolve(expr.path, root, scope);
      const list = Array.isArray(items) ? (items as unknown[]) : [];
      const test = (item: unknown) => evaluate(expr.body, root, new Map([...scope, [expr.variable, item]]));
      return expr.all ? list.every(test) : list.some(test);
    }
  }
}

/**
 * Whether `resource` (its full JSON) passes the filter. Fails with Graph's message when the filter
 * names a property the resource does not have.
 */
export function filterMatches(expr: FilterExpr, resource: unknown, typeName: string): Result<boolean> {
  try {
    return ok(evaluate(expr, resource, new Map()));
  } catch (error: unknown) {
    if (error instanceof UnknownProperty)
      return fail(`Could not find a property named '${error.message}' on type '${typeName}'.`);
    throw error;
  }
}
