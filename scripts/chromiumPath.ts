/** Finds a Chromium/Chrome executable: CHROME_PATH first, then the standard install paths. */
import { existsSync } from 'node:fs';

export const chromiumCandidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** The path of a usable Chromium, or undefined when none is found. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env['CHROME_PATH'];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return chromiumCandidates.find((candidate) => existsSync(candidate));
}

/** Like findChromium, but throws a message that says how to install one. */
export function chromiumPath(): string {
  const found = findChromium();
  if (found) return found;
  throw new Error(
    'No Chromium found. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`; macOS/Windows: install Google Chrome) ' +
      'or set CHROME_PATH to a Chromium/Chrome executable.',
  );
}

/**
 * Headless Chromium flags that work on this machine kind (platform.md): no sandbox as root, and no
 * background networking (this workplace refuses every non-loopback connection).
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
