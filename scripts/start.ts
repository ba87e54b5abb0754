/**
 * `npm start`: builds the add-in and the workbench in watch mode (development), serves them over
 * HTTPS on https://localhost:3000 and opens the workbench in the default browser (BROWSER=none to skip).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import webpack from 'webpack';
import { serveWorkbench } from '../workbench/server/serve';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const configFactory = require('../webpack.config.js') as (
  env: Record<string, string>,
  argv: { mode: string },
) => webpack.Configuration[];

const root = path.resolve(__dirname, '..');
const port = Number(process.env['PORT'] ?? 3000);

function openBrowser(url: string): void {
  if (process.env['BROWSER'] === 'none' || process.env['CI']) return;
  const [command, args]: [string, string[]] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '', url]]
        : ['xdg-open', [url]];
  const child = spawn(command, args, { stdio: 'ignore', detached: true });
  child.on('error', () => undefined);
  child.unref();
}

function main(): void {
  const compiler = webpack(configFactory({}, { mode: 'development' }));
  let started = false;
  compiler.watch({ aggregateTimeout: 300 }, (error, stats) => {
    if (error) {
      console.error(error);
      return;
    }
    if (stats?.hasErrors()) {
      console.error(stats.toString('errors-only'));
      return;
    }
    console.log(`build ok ${new Date().toLocaleTimeString()}`);
    if (started) return;
    started = true;
    serveWorkbench({
      addinDir: path.join(root, 'build/dev'),
      workbenchDir: path.join(root, 'build/workbench'),
      host: 'localhost',
      port,
      https: true,
    }).then(
      ({ url }) => {
        const workbenchUrl = `${url}/workbench/`;
        console.log(`\nReachPlan workbench: ${workbenchUrl}`);
        console.log('The certificate is self-signed (in .certs/): accept the browser warning once.\n');
        openBrowser(workbenchUrl);
      },
      (failure: unknown) => {
        console.error(
          `workbench server failed: ${failure instanceof Error ? failure.message : String(failure)}`,
        );
        process.exit(1);
      },
    );
  });
}

main();
