import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Connected mode stays out of the bundles that must stay small: the commands bundle (runs on every
 * send) reaches no Graph code at all, and the task pane's first load reaches only the few small
 * modules it needs to decide whether to load connected mode; MSAL and the Graph client come with
 * import() when the user switches it on.
 */
const src = path.resolve(__dirname, '../../../../src');

function reachable(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)) {
      const spec = match[1] as string;
      if (/^(?:import|export)\s+type\s/.test(match[0])) continue;
      if (!spec.startsWith('.')) {
        packages.add(spec);
        continue;
      }
      const base = path.resolve(path.dirname(file), spec);
      const resolved = [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((f) => existsSync(f));
      if (resolved) visit(resolved);
    }
  };
  visit(path.join(src, entry));
  return { files, packages };
}

const graphFiles = (files: Set<string>) =>
  [...files]
    .filter((f) => f.includes(`${path.sep}shared${path.sep}graph${path.sep}`))
    .map((f) => path.basename(f))
    .sort();

describe('connected mode in the bundles', () => {
  it('the commands bundle reaches no Graph code and no MSAL', () => {
    const { files, packages } = reachable('commands/commands.ts');
    expect(graphFiles(files)).toEqual([]);
    expect([...packages].filter((p) => p.startsWith('@azure') || p.startsWith('@microsoft'))).toEqual([]);
  });

  it('the task pane reaches MSAL and the Graph client only through import()', () => {
    const { files, packages } = reachable('taskpane/index.tsx');
    expect(graphFiles(files)).toEqual(['deviceMemory.ts', 'graphConfig.ts', 'graphStrings.ts']);
    expect([...packages].filter((p) => p.startsWith('@azure'))).toEqual([]);
    const loader = readFileSync(path.join(src, 'taskpane/connected/connectedLoader.ts'), 'utf8');
    expect(loader).toMatch(/import\(\s*\/\*[^*]*\*\/\s*'\.\.\/\.\.\/shared\/graph\/connectedRuntime'\)/);
  });
});
