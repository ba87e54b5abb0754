/**
 * Serves a built add-in in the workbench.
 *   tsx workbench/server/serve.ts [--addin dist] [--workbench build/workbench] [--host 127.0.0.1]
 *                                 [--port 0] [--https]
 * Prints "ReachPlan workbench: <url>" once listening (the tests and the benchmark read that line).
 */
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { devCertificate } from './devCertificate';
import { createWorkbenchApp } from './workbenchApp';

const root = path.resolve(__dirname, '../..');

export interface ServeOptions {
  readonly addinDir: string;
  readonly workbenchDir: string;
  readonly host: string;
  readonly port: number;
  readonly https: boolean;
}

/** Starts the workbench server and resolves with its base URL. */
export async function serveWorkbench(options: ServeOptions): Promise<{ server: Server; url: string }> {
  const app = createWorkbenchApp({
    addinDir: options.addinDir,
    workbenchDir: options.workbenchDir,
    fixturesDir: path.join(root, 'workbench/fixtures'),
  });
  const server = options.https ? createHttpsServer(await devCertificate(root), app) : createHttpServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `${options.https ? 'https' : 'http'}://${options.host}:${port}`;
  return { server, url };
}

if (require.main === module) {
  const { values } = parseArgs({
    options: {
      addin: { type: 'string', default: 'dist' },
      workbench: { type: 'string', default: 'build/workbench' },
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '0' },
      https: { type: 'boolean', default: false },
    },
  });
  serveWorkbench({
    addinDir: path.resolve(root, values.addin),
    workbenchDir: path.resolve(root, values.workbench),
    host: values.host,
    port: Number(values.port),
    https: values.https,
  }).then(
    ({ url }) => console.log(`ReachPlan workbench: ${url}/workbench/`),
    (error: unknown) => {
      console.error(
        `workbench server failed to start: ${error instanceof Error ? error.message : String(error)}`,
      );
      process.exit(1);
    },
  );
}
