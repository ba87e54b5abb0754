/**
 * `npm run validate`: the manifest against Microsoft's schemas (xmllint, offline), then the checks the
 * XSD cannot do: every resid resolves, every FunctionName / LaunchEvent handler is registered.
 *   tsx scripts/validate-manifest.ts [manifest.xml ...]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { handlerProblems, residProblems } from './manifest/manifestProblems';
import { manifestReferences } from './manifest/manifestReferences';
import { registeredHandlers } from './manifest/registeredHandlers';

const root = path.resolve(__dirname, '..');
const schema = path.resolve(root, '../shared/schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd');

function lineOf(text: string, needle: string, occurrence: number): number | undefined {
  let index = -1;
  for (let i = 0; i <= occurrence; i += 1) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) return undefined;
  }
  return text.slice(0, index).split('\n').length;
}

function xmllint(file: string): string[] {
  if (!existsSync(schema)) {
    return [`schema not found at ${schema}: the project expects ../shared beside it`];
  }
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, file], { encoding: 'utf8' });
  if (run.error) {
    return [
      `xmllint could not run (${run.error.message}). Install it: sudo apt-get install -y libxml2-utils (macOS: it ships with Xcode tools)`,
    ];
  }
  if (run.status === 0) return [];
  return run.stderr
    .split('\n')
    .filter((line) => line.trim() && !/ fails to validate$/.test(line))
    .map((line) => line.replace(`${file}:`, `${path.relative(root, file) || file}:`));
}

async function validate(file: string, commandsEntry: string): Promise<string[]> {
  const problems = xmllint(file);
  const xml = readFileSync(file, 'utf8');
  const refs = manifestReferences(xml);
  const registered = await registeredHandlers(commandsEntry);
  for (const problem of [...residProblems(refs), ...handlerProblems(refs, registered)]) {
    const line = problem.anchor ? lineOf(xml, problem.anchor.text, problem.anchor.occurrence) : undefined;
    problems.push(`${line === undefined ? '' : `${path.relative(root, file)}:${line}: `}${problem.message}`);
  }
  return problems;
}

async function main(): Promise<void> {
  const files = process.argv.slice(2);
  const targets = files.length > 0 ? files.map((f) => path.resolve(f)) : [path.join(root, 'manifest.xml')];
  let failed = false;
  for (const file of targets) {
    const problems = await validate(file, path.join(root, 'src/commands/commands.ts'));
    if (problems.length === 0) {
      console.log(`${path.relative(root, file)}: valid (schema, resids, handlers)`);
    } else {
      failed = true;
      console.error(`${path.relative(root, file)}: ${problems.length} problem(s)`);
      for (const problem of problems) console.error(`  ${problem}`);
    }
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
