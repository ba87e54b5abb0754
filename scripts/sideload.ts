/**
 * `npm run sideload` / `npm run unsideload`: sideloads the dev manifest into desktop Outlook on
 * Windows or macOS with Microsoft's office-addin-debugging (fetched on demand, so that `npm ci` on
 * Linux never installs it: it does not install cleanly there, see platform.md).
 */
import { spawnSync } from 'node:child_process';

const action = process.argv[2] === 'stop' ? 'stop' : 'start';

if (process.platform !== 'win32' && process.platform !== 'darwin') {
  console.log(
    [
      'Desktop Outlook runs on Windows and macOS only, so there is nothing to sideload into here.',
      '- Try ReachPlan in the workbench: npm start',
      '- Or sideload into Outlook on the web: run `npm start`, then in Outlook on the web open',
      '  Get Add-ins > My add-ins > Add a custom add-in > Add from file, and pick manifest.xml.',
    ].join('\n'),
  );
  process.exit(0);
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const run = (args: string[]) =>
  spawnSync(npx, ['--yes', ...args], { stdio: 'inherit', shell: process.platform === 'win32' });

if (action === 'start') {
  // Outlook only loads add-ins from a trusted https origin: install Microsoft's dev CA once.
  const certs = run(['office-addin-dev-certs@3.0.0', 'install']);
  if (certs.status !== 0) process.exit(certs.status ?? 1);
}
const result = run([
  'office-addin-debugging@7.0.0',
  action,
  'manifest.xml',
  'desktop',
  '--app',
  'outlook',
  ...(action === 'start' ? ['--dev-server', 'npm start', '--dev-server-port', '3000'] : []),
]);
process.exit(result.status ?? 1);
