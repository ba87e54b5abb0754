/**
 * The workbench HTTP app: the add-in's files (with Office.js routed to the workbench runtime), the
 * workbench pages, and the per-session mailbox/roaming API. Used by `npm start` (HTTPS, watch build),
 * the browser tests and the benchmarks (HTTP on loopback, production build).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import { routeOfficeScript } from '../shared/officeCdn';
import { fixtureLoader } from './fixtures';
import { SessionStore } from './sessions';

export interface WorkbenchAppOptions {
  /** The built add-in (dist/ or build/dev/). */
  readonly addinDir: string;
  /** The built workbench pages and runtime (build/workbench/). */
  readonly workbenchDir: string;
  /** Fixture JSON files. */
  readonly fixturesDir: string;
}

const SESSION = /^[A-Za-z0-9_-]{1,64}$/;

function sessionId(req: Request, res: Response): string | undefined {
  const id = req.params['session'];
  if (typeof id === 'string' && SESSION.test(id)) return id;
  res.status(400).json({ error: 'session id must be 1-64 letters, digits, _ or -' });
  return undefined;
}

function isStringMap(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === 'string')
  );
}

/** Creates the express app. */
export function createWorkbenchApp(options: WorkbenchAppOptions): express.Express {
  const app = express();
  const addinRoot = path.resolve(options.addinDir);
  const sessions = new SessionStore(fixtureLoader(options.fixturesDir));
  app.disable('x-powered-by');
  app.use(express.json({ limit: '2mb' }));

  app.get('/', (_req, res) => res.redirect('/workbench/'));

  app.get('/api/s/:session/state', (req, res) => {
    const id = sessionId(req, res);
    if (!id) return;
    const session = sessions.get(id);
    res.json({
      fixture: session.fixtureName,
      user: session.fixture.user,
      messages: session.fixture.messages,
    });
  });

  app.post('/api/s/:session/reset', (req, res) => {
    const id = sessionId(req, res);
    if (!id) return;
    const body: unknown = req.body;
    const fixture =
      typeof body === 'object' && body !== null && typeof (body as { fixture?: unknown }).fixture === 'string'
        ? (body as { fixture: string }).fixture
        : 'default';
    try {
      sessions.reset(id, fixture);
      res.json({ ok: true, fixture });
    } catch (error: unknown) {
      res.status(400).json({ error: error instanceof Error ? error.message : String(error) });
    }
  });

  app.get('/api/s/:session/roaming', (req, res) => {
    const id = sessionId(req, res);
    if (!id) return;
    res.json({ values: sessions.get(id).roaming });
  });

  app.put('/api/s/:session/roaming', (req, res) => {
    const id = sessionId(req, res);
    if (!id) return;
    const values: unknown = (req.body as { values?: unknown } | undefined)?.values;
    if (!isStringMap(values)) {
      res.status(400).json({ error: 'values must map setting names to JSON-stringified values' });
      return;
    }
    sessions.get(id).roaming = { ...values };
    res.json({ ok: true });
  });

  app.use('/workbench', express.static(options.workbenchDir, { index: 'index.html' }));

  // Add-in HTML: Office.js from the CDN becomes the workbench runtime.
  app.get(/\.html$/, (req: Request, res: Response, next: NextFunction) => {
    const file = path.resolve(addinRoot, '.' + path.posix.normalize(req.path));
    if (!file.startsWith(addinRoot + path.sep)) {
      next();
      return;
    }
    readFile(file, 'utf8').then(
      (html) => res.type('html').send(routeOfficeScript(html)),
      () => next(),
    );
  });
  app.use(express.static(addinRoot, { index: false }));

  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    res.status(500).json({ error: err instanceof Error ? err.message : String(err) });
  });
  return app;
}
