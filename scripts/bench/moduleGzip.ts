/** The minified, gzipped size of a module graph as a bundle would carry it (esbuild), in KB. */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export type ModuleGraphEntry =
  | { readonly file: string }
  /** Re-exports written as a module, resolved from `resolveDir`. */
  | { readonly contents: string; readonly resolveDir: string };

/** KB (one decimal) of the entry's graph, leaving `external` packages out. */
export async function moduleGzipKilobytes(
  entry: ModuleGraphEntry,
  external: readonly string[] = [],
): Promise<number> {
  const result = await build({
    ...('file' in entry
      ? { entryPoints: [entry.file] }
      : { stdin: { contents: entry.contents, resolveDir: entry.resolveDir, loader: 'ts' as const } }),
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    external: [...external],
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return Math.round((gzipSync(code).length / 1024) * 10) / 10;
}
