/** Loads and validates fixture files from workbench/fixtures/. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFixture, type Fixture } from '../shared/fixture';

const NAME = /^[a-z0-9][a-z0-9-]*$/;

/** Returns a loader that throws a message naming the file and the bad field. */
export function fixtureLoader(dir: string): (name: string) => Fixture {
  return (name) => {
    if (!NAME.test(name))
      throw new Error(`fixture name "${name}" must be lower-case letters, digits and dashes`);
    const file = path.join(dir, `${name}.json`);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error: unknown) {
      throw new Error(`fixture ${file}: ${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
      });
    }
    const parsed = parseFixture(raw);
    if (!parsed.ok) throw new Error(`fixture ${file}: ${parsed.reason}`);
    return parsed.value;
  };
}
