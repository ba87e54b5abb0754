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

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/**
 * Starts the workbench server and resolves with its base URL. On a loopback host it also answers on
 * the other loopback name (127.0.0.1 and ::1, so both localhost and 127.0.0.1 reach it): the second
 * device is served from the other name so that its localStorage is separate.
 */
export async function serveWorkbench(options: ServeOptions): Promise<{ server: Server; url: string }> {
  const app = createWorkbenchApp({
    addinDir: options.addinDir,
    workbenchDir: options.workbenchDir,
    fixturesDir: path.join(root, 'workbench/fixtures'),
  });
  const certificate = options.https ? await devCertificate(root) : undefined;
  const create = () => (certificate ? createHttpsServer(certificate, app) : createHttpServer(app));
  const server = create();
  const loopback = ['localhost', '127.0.0.1', '::1'].includes(options.host);
  await listen(server, options.port, loopback ? '127.0.0.1' : options.host);
  const { port } = server.address() as AddressInfo;
  if (loopback) {
    // Best effort: a machine without IPv6 loopback still has 127.0.0.1.
    const ipv6 = create();
    await listen(ipv6, port, '::1').catch(() => undefined);
    server.on('close', () => ipv6.close());
  }
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
