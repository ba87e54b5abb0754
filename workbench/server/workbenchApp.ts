/**
 * The workbench HTTP app: the add-in's files (with Office.js routed to the workbench runtime), the
 * workbench pages, the add-in's parsed manifest and the per-session API. Used by `npm start` (HTTPS,
 * watch build), the browser tests and the benchmarks (HTTP on loopback, production build).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import { GRAPH_LOOPBACK_PATH } from '../shared/graphContract';
import { routeOfficeScript } from '../shared/officeCdn';
import { addinSource } from './addinSource';
import { fixtureLoader } from './fixtures';
import { graphRouter } from './graph/graphRouter';
import { graphStateRouter } from './graph/graphStateRoutes';
import { sessionRouter } from './sessionRouter';
import { SessionStore } from './sessions';

export interface WorkbenchAppOptions {
  /** The built add-in (dist/ or build/dev/). */
  readonly addinDir: string;
  /** The built workbench pages and runtime (build/workbench/). */
  readonly workbenchDir: string;
  /** Fixture JSON files. */
  readonly fixturesDir: string;
}

/** Serves add-in HTML from `root` with the Office.js CDN script replaced by the workbench runtime. */
function officeRoutedHtml(root: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    const file = path.resolve(root, '.' + path.posix.normalize(req.path));
    if (!file.startsWith(root + path.sep)) {
      next();
      return;
    }
    readFile(file, 'utf8').then(
      (html) => res.type('html').set('cache-control', 'no-store').send(routeOfficeScript(html)),
      () => next(),
    );
  };
}

/** Creates the express app; `sessions` is exposed for in-process callers (benchmarks). */
export function createWorkbenchApp(
  options: WorkbenchAppOptions,
): express.Express & { sessions: SessionStore } {
  const app = express();
  const addinRoot = path.resolve(options.addinDir);
  const sessions = new SessionStore(fixtureLoader(options.fixturesDir));
  const addin = addinSource(addinRoot);
  app.disable('x-powered-by');
  app.use(express.json({ limit: '2mb' }));

  app.get('/', (_req, res) => res.redirect('/workbench/'));

  app.get('/api/addin', (_req, res) => res.json(addin()));
  // Connected mode: the Graph side's state API and token bridge, then Microsoft Graph v1.0 on loopback.
  app.use('/api/s/:session/graph', graphStateRouter(sessions));
  app.use('/api/s/:session', sessionRouter(sessions, addin));
  app.use(GRAPH_LOOPBACK_PATH, graphRouter(sessions, addin));
  app.use('/api', (_req, res) => res.status(404).json({ error: 'no such workbench API' }));

  app.use('/workbench', express.static(options.workbenchDir, { index: 'index.html' }));

  // Add-in HTML: Office.js from the CDN becomes the workbench runtime.
  app.get(/\.html$/, officeRoutedHtml(addinRoot));
  app.use(express.static(addinRoot, { index: false }));

  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = (err as { status?: unknown }).status;
    res
      .status(typeof status === 'number' && status >= 400 && status < 500 ? status : 500)
      .json({ error: err instanceof Error ? err.message : String(err) });
  });
  return Object.assign(app, { sessions });
}
