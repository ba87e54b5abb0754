/**
 * The developer CLI over the pure core, for inspection and black-box tests:
 *   npm run --silent cli -- <command> <input.json>
 * Each command reads one JSON file (or "-" for stdin), prints JSON on stdout and exits 0; invalid
 * input prints a message naming the field on stderr and exits 1; usage errors exit 2.
 * Commands live in scripts/cli/<name>.ts and export `command: CliCommand`.
 */
import { readFileSync } from 'node:fs';
import type { CliCommand } from './cli/cliCommand';

const commands: Record<string, () => Promise<{ command: CliCommand }>> = {
  classify: () => import('./cli/classify'),
  coach: () => import('./cli/coach'),
  plan: () => import('./cli/plan'),
};

function usage(): string {
  const names = Object.keys(commands).sort();
  return `usage: npm run --silent cli -- <${names.join('|') || 'command'}> <input.json | ->`;
}

function readInput(file: string): unknown {
  const text = readFileSync(file === '-' ? 0 : file, 'utf8');
  return JSON.parse(text) as unknown;
}

async function main(argv: string[]): Promise<number> {
  const [name, file, ...rest] = argv;
  const load = name ? commands[name] : undefined;
  if (!load || !file || rest.length > 0) {
    process.stderr.write(`${usage()}\n`);
    return 2;
  }
  let input: unknown;
  try {
    input = readInput(file);
  } catch (error: unknown) {
    process.stderr.write(
      `${file}: not readable JSON: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
  const { command } = await load();
  const outcome = command(input);
  if (!outcome.ok) {
    process.stderr.write(`${file}: ${outcome.reason}\n`);
    return 1;
  }
  process.stdout.write(`${JSON.stringify(outcome.value, null, 2)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `cli failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
