/**
 * The add-in as the workbench serves it: manifest.xml from the add-in directory (dist/ or build/dev/),
 * parsed again whenever the file changes (npm start rebuilds it).
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { AddinManifest } from '../shared/addinManifest';
import { manifestParse } from './manifestParse';

export type AddinState = { readonly manifest: AddinManifest } | { readonly error: string };

/** Returns a reader of the add-in's parsed manifest, cached on the file's modification time. */
export function addinSource(addinDir: string): () => AddinState {
  const file = path.join(addinDir, 'manifest.xml');
  let cached: { mtimeMs: number; state: AddinState } | undefined;
  return () => {
    let mtimeMs: number;
    try {
      mtimeMs = statSync(file).mtimeMs;
    } catch {
      return { error: `${file} does not exist: build the add-in first (npm run build:test or npm start)` };
    }
    if (cached?.mtimeMs !== mtimeMs) {
      const parsed = manifestParse(readFileSync(file, 'utf8'));
      cached = {
        mtimeMs,
        state: parsed.ok ? { manifest: parsed.value } : { error: `manifest.xml: ${parsed.reason}` },
      };
    }
    return cached.state;
  };
}
