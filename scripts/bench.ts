/**
 * `npm run bench` (`-- --json` for machines, `-- --no-record` to leave docs/benchmarks.md alone):
 * builds the production add-in, serves it in the workbench on loopback, runs every section and prints
 * a table. Figures that features not landed yet will provide print as "n/a". Times are measured here,
 * never asserted in tests.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromiumPath } from './chromiumPath';
import { serveWorkbench } from '../workbench/server/serve';
import { notAvailable, type BenchSection, type Measure } from './bench/benchSection';

const root = path.resolve(__dirname, '..');

interface SectionEntry {
  readonly title: string;
  readonly load?: () => Promise<{ measure: Measure }>;
  /** For sections whose feature has not landed: the figures it will report. */
  readonly pending?: readonly string[];
  readonly pendingNote?: string;
}

const sections: readonly SectionEntry[] = [
  { title: 'Bundles', load: () => import('./bench/bundles') },
  { title: 'Pane load', load: () => import('./bench/paneLoad') },
  { title: 'Workbench', load: () => import('./bench/workbench') },
  { title: 'Send path', load: () => import('./bench/sendPath') },
  { title: 'Planner', load: () => import('./bench/planner') },
  { title: 'Roaming density', load: () => import('./bench/roamingDensity') },
  { title: 'Classifier', load: () => import('./bench/classifier') },
  { title: 'Coach', load: () => import('./bench/coach') },
  { title: 'Connected mode', load: () => import('./bench/connected') },
];

function machine(chromium: string): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  let browser = 'unknown';
  try {
    browser = execFileSync(chromium, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    // reported as unknown
  }
  return `${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}, ${browser}`;
}

function table(results: readonly BenchSection[]): string {
  const lines: string[] = [];
  for (const section of results) {
    lines.push(`\n${section.title}`);
    const width = Math.max(...section.rows.map((r) => r.metric.length), 10);
    for (const row of section.rows) {
      const value = `${row.value}${row.unit ? ` ${row.unit}` : ''}`;
      lines.push(`  ${row.metric.padEnd(width)}  ${value.padEnd(18)}${row.note ? `  ${row.note}` : ''}`);
    }
  }
  return lines.join('\n');
}

function markdown(results: readonly BenchSection[], when: string, host: string, seconds: number): string {
  const out = [`## ${when}`, '', `Machine: ${host}. Run time ${seconds} s.`, ''];
  for (const section of results) {
    out.push(`**${section.title}**`, '', '| metric | value | note |', '| --- | --- | --- |');
    for (const row of section.rows) {
      out.push(`| ${row.metric} | ${row.value}${row.unit ? ` ${row.unit}` : ''} | ${row.note ?? ''} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

function record(entry: string): void {
  const file = path.join(root, 'docs/benchmarks.md');
  const header = '# Benchmarks\n\nEach `npm run bench` run, newest first (recorded by the bench itself).\n\n';
  const previous = existsSync(file) ? readFileSync(file, 'utf8').replace(header, '') : '';
  writeFileSync(file, `${header}${entry}\n${previous}`);
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const log = (message: string) => (json ? process.stderr.write(`${message}\n`) : console.log(message));
  const started = Date.now();
  const chromium = chromiumPath();
  log('building the production add-in and the workbench…');
  execFileSync(
    process.execPath,
    [path.join(root, 'node_modules/webpack/bin/webpack.js'), '--mode', 'production'],
    {
      cwd: root,
      stdio: json ? ['ignore', 'ignore', 'inherit'] : 'inherit',
      env: { ...process.env, ADDIN_BASE_URL: '' },
    },
  );
  const { server, url } = await serveWorkbench({
    addinDir: path.join(root, 'dist'),
    workbenchDir: path.join(root, 'build/workbench'),
    host: '127.0.0.1',
    port: 0,
    https: false,
  });
  const results: BenchSection[] = [];
  try {
    for (const entry of sections) {
      if (!entry.load) {
        results.push({
          title: entry.title,
          rows: (entry.pending ?? []).map((metric) =>
            notAvailable(metric, entry.pendingNote ?? 'not landed yet'),
          ),
        });
        continue;
      }
      log(`measuring: ${entry.title}…`);
      try {
        const { measure } = await entry.load();
        results.push(await measure({ root, workbenchUrl: url, chromium }));
      } catch (error: unknown) {
        results.push({
          title: entry.title,
          rows: [
            {
              metric: 'failed',
              value: 'error',
              note: error instanceof Error ? error.message.split('\n')[0] : String(error),
            },
          ],
        });
      }
    }
  } finally {
    server.close();
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  const when = new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
  const host = machine(chromium);
  if (json) {
    process.stdout.write(`${JSON.stringify({ when, machine: host, seconds, sections: results }, null, 2)}\n`);
  } else {
    console.log(`\nReachPlan benchmarks — ${when}\n${host}${table(results)}\n\n(${seconds} s)`);
  }
  if (!process.argv.includes('--no-record')) record(markdown(results, when, host, seconds));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
