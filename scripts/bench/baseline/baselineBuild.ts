/**
 * The same-run baseline for bundle size and load time: a plain React + Fluent UI page that imports the
 * same Fluent components and icons the task pane imports (found by scanning src/taskpane), plus luxon,
 * and no ReachPlan code. Ratios against it stay meaningful on a noisy machine.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import webpack from 'webpack';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

/** Named imports from a package across the task pane's source. */
export function importedNames(root: string, packageName: string): string[] {
  const names = new Set<string>();
  const pattern = new RegExp(
    `import\\s*(?:type\\s*)?\\{([^}]*)\\}\\s*from\\s*['"]${packageName.replace('/', '\\/')}['"]`,
    'g',
  );
  for (const file of sourceFiles(path.join(root, 'src/taskpane'))) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(pattern)) {
      if (match[0].startsWith('import type')) continue;
      for (const part of (match[1] ?? '').split(',')) {
        const name = part
          .trim()
          .replace(/^type\s+/, '')
          .split(/\s+as\s+/)[0]
          ?.trim();
        if (name && /^[A-Z]/.test(name)) names.add(name);
      }
    }
  }
  return [...names].sort();
}

function entrySource(fluent: string[], icons: string[]): string {
  const all = ['FluentProvider', 'webLightTheme', 'Button', ...fluent].filter(
    (n, i, a) => a.indexOf(n) === i,
  );
  return `import { ${all.join(', ')} } from '@fluentui/react-components';
${icons.length ? `import { ${icons.join(', ')} } from '@fluentui/react-icons';` : ''}
import { DateTime } from 'luxon';
import { createRoot } from 'react-dom/client';
// Every imported component is referenced, so the bundle carries the same Fluent code as the pane.
(window as unknown as { keep: unknown }).keep = [${[...all, ...icons].join(', ')}];
createRoot(document.getElementById('root')!).render(
  <FluentProvider theme={webLightTheme}>
    <main data-first-useful>Baseline {DateTime.now().toISODate()}</main>
    <Button>OK</Button>
  </FluentProvider>,
);
`;
}

/** Builds the baseline into outDir (index.html + baseline.js) and returns the imported component names. */
export async function buildBaseline(
  root: string,
  outDir: string,
): Promise<{ fluent: string[]; icons: string[] }> {
  const fluent = importedNames(root, '@fluentui/react-components');
  const icons = importedNames(root, '@fluentui/react-icons');
  mkdirSync(outDir, { recursive: true });
  const entry = path.join(outDir, 'entry.tsx');
  writeFileSync(entry, entrySource(fluent, icons));
  writeFileSync(
    path.join(outDir, 'index.html'),
    '<!doctype html><html><head><meta charset="utf-8"><script defer src="baseline.js"></script></head><body><div id="root"></div></body></html>',
  );
  const compiler = webpack({
    mode: 'production',
    context: root,
    entry,
    output: { path: outDir, filename: 'baseline.js' },
    resolve: { extensions: ['.ts', '.tsx', '.js'], modules: [path.join(root, 'node_modules')] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, compilerOptions: { noEmit: false, jsx: 'react-jsx' } },
          },
        },
      ],
    },
    performance: { hints: false },
    stats: 'errors-only',
  });
  await new Promise<void>((resolve, reject) =>
    compiler.run((error, stats) => {
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString('errors-only')));
      else compiler.close(() => resolve());
    }),
  );
  return { fluent, icons };
}
