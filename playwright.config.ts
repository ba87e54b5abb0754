/**
 * Browser tests: real Chromium (the machine's, see scripts/chromiumPath.ts) against the production
 * build served in the workbench on loopback. `npm test` builds first (npm run build:test).
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromiumPath';

const port = Number(process.env['WORKBENCH_PORT'] ?? 3917);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'test/browser',
  fullyParallel: true,
  workers: process.env['CI'] ? 2 : undefined,
  // CI (a shared 2-core machine) retries a failed test once; the list reporter marks it flaky, and a
  // test that fails twice fails the run. Locally a failure is a failure.
  retries: process.env['CI'] ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [...CHROMIUM_ARGS],
    },
  },
  webServer: {
    command: `npx tsx workbench/server/serve.ts --addin dist --workbench build/workbench --host 127.0.0.1 --port ${port}`,
    url: `${baseURL}/workbench/`,
    reuseExistingServer: !process.env['CI'],
    stdout: 'pipe',
    timeout: 60_000,
  },
});
