/** Reads the coach's labelled set (test/fixtures/coach/*.json) for the benchmark and the tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { labelledEmailsDecode, type LabelledEmail } from '../../src/shared/domain/coach/labelledEmail';

/** Every labelled email under `dir` (sorted by file name); throws naming the file and field when one is invalid. */
export function labelledSetRead(dir: string): LabelledEmail[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  return files.flatMap((file) => {
    const decoded = labelledEmailsDecode(JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown, file);
    if (!decoded.ok) throw new Error(decoded.reason);
    return decoded.value;
  });
}
