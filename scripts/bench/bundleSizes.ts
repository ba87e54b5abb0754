/**
 * Bundle sizes of a built add-in, read from its files (deterministic): the task pane's initial JS
 * (the scripts taskpane.html loads), its lazily loaded chunks, and the commands bundle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  readonly file: string;
  readonly raw: number;
  readonly gzip: number;
}

export interface BundleSizes {
  /** Scripts taskpane.html loads at start (excluding Office.js). */
  readonly taskpaneInitial: {
    readonly raw: number;
    readonly gzip: number;
    readonly files: readonly FileSize[];
  };
  /** Other task pane chunks (loaded on demand). */
  readonly taskpaneLazy: readonly FileSize[];
  readonly commands: FileSize;
}

/** Raw and gzip (level 9) size of one file. */
export function fileSize(dir: string, file: string): FileSize {
  const content = readFileSync(path.join(dir, file));
  return { file, raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
}

/** The local script files an HTML page loads (src attributes that are not absolute URLs). */
export function localScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)["']?[^>]*>/gi)) {
    const src = match[1] ?? '';
    if (!/^[a-z]+:\/\//i.test(src)) scripts.push(src.replace(/^\.?\//, ''));
  }
  return scripts;
}

/** Reads the sizes from a build directory (dist/). */
export function bundleSizes(distDir: string): BundleSizes {
  const initialFiles = localScripts(readFileSync(path.join(distDir, 'taskpane.html'), 'utf8')).map((file) =>
    fileSize(distDir, file),
  );
  const initialNames = new Set(initialFiles.map((f) => f.file));
  const lazy = readdirSync(distDir)
    .filter((file) => file.endsWith('.js') && file !== 'commands.js' && !initialNames.has(file))
    .sort()
    .map((file) => fileSize(distDir, file));
  return {
    taskpaneInitial: {
      raw: initialFiles.reduce((sum, f) => sum + f.raw, 0),
      gzip: initialFiles.reduce((sum, f) => sum + f.gzip, 0),
      files: initialFiles,
    },
    taskpaneLazy: lazy,
    commands: fileSize(distDir, 'commands.js'),
  };
}

/** The budgets asserted by `npm test` (issue "Benchmarks and budgets"). */
export const BUDGETS = {
  commandsGzip: 40 * 1024,
  taskpaneInitialGzip: 150 * 1024,
} as const;

/** Budget violations, as messages that say what to do. */
export function budgetProblems(sizes: BundleSizes): string[] {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const problems: string[] = [];
  if (sizes.commands.gzip > BUDGETS.commandsGzip) {
    problems.push(
      `commands.js is ${kb(sizes.commands.gzip)} gzip, over the ${kb(BUDGETS.commandsGzip)} budget: it loads on every send; move code the send path does not need out of src/commands' import graph`,
    );
  }
  if (sizes.taskpaneInitial.gzip > BUDGETS.taskpaneInitialGzip) {
    problems.push(
      `the task pane's initial JS is ${kb(sizes.taskpaneInitial.gzip)} gzip, over the ${kb(BUDGETS.taskpaneInitialGzip)} budget: lazy-load views (React.lazy) and import Fluent components and icons individually`,
    );
  }
  return problems;
}
