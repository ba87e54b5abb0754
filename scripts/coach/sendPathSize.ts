/**
 * Bundles what the commands bundle will import from the coach (sendAsks, sendCallDecision) the way
 * the commands build targets it (ES2017, one minified script) and measures it. Used by the
 * benchmark and by a test that keeps the send path small and free of the pane-only modules.
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

export interface SendPathSize {
  readonly rawBytes: number;
  readonly gzipBytes: number;
  /** Source files in the bundle, relative to the repository root (esbuild's working directory). */
  readonly inputs: readonly string[];
  /** Library methods newer than ES2017 that the bundle calls (esbuild lowers syntax, not APIs). */
  readonly laterApis: readonly string[];
}

const LATER_APIS = [
  'flatMap',
  'flat',
  'trimEnd',
  'trimStart',
  'fromEntries',
  'matchAll',
  'replaceAll',
  'at',
  'findLast',
  'findLastIndex',
  'hasOwn',
  'allSettled',
  'any',
];

/** The send-path coach modules bundled and gzipped (level 9, as the build's size report). */
export async function sendPathSize(root: string): Promise<SendPathSize> {
  const coach = join(root, 'src/shared/domain/coach');
  const result = await build({
    stdin: {
      contents: `export { sendAsks } from './sendAsks';\nexport { sendCallDecision } from './sendCallDecision';\n`,
      resolveDir: coach,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    globalName: 'coachSend',
    target: 'es2017',
    metafile: true,
    absWorkingDir: root,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const text = result.outputFiles[0]?.text ?? '';
  return {
    rawBytes: code.length,
    gzipBytes: gzipSync(code, { level: 9 }).length,
    inputs: Object.keys(result.metafile.inputs)
      .filter((input) => input !== '<stdin>')
      .map((input) => input.split('\\').join('/'))
      .sort(),
    laterApis: LATER_APIS.filter((api) => new RegExp(`\\.${api}\\(`).test(text)),
  };
}
