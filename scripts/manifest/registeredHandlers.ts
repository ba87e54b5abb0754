/**
 * The names the commands bundle really registers: bundles src/commands/commands.ts as Outlook loads
 * it (one classic script) and runs it in a sandbox whose Office global records
 * Office.actions.associate calls and ignores everything else.
 */
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';

function inert(): unknown {
  const target = function () {
    /* inert */
  };
  const proxy: unknown = new Proxy(target, {
    get: (_t, property) =>
      property === 'then' ? undefined : property === Symbol.toPrimitive ? () => '' : proxy,
    apply: () => proxy,
    construct: () => proxy as object,
  });
  return proxy;
}

/** Bundles and evaluates the commands entry, returning the associated handler names. */
export async function registeredHandlers(entry: string): Promise<Set<string>> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2017',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  const names = new Set<string>();
  const rest = inert();
  const office = new Proxy(
    {},
    {
      get: (_t, property) =>
        property === 'actions'
          ? { associate: (name: unknown) => typeof name === 'string' && names.add(name) }
          : (rest as Record<string | symbol, unknown>)[property],
    },
  );
  runInNewContext(code, {
    Office: office,
    window: {},
    self: {},
    console: { log() {}, warn() {}, error() {} },
    setTimeout,
    clearTimeout,
  });
  return names;
}
