/** Part of `npm test` (after the production build): the bundle budgets. Sizes are deterministic. */
import path from 'node:path';
import { budgetProblems, bundleSizes } from './bench/bundleSizes';

const dist = path.resolve(__dirname, '../dist');
const sizes = bundleSizes(dist);
const problems = budgetProblems(sizes);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `bundle budgets: commands.js ${kb(sizes.commands.gzip)} gzip (≤ 40 KB), task pane initial ${kb(sizes.taskpaneInitial.gzip)} gzip (≤ 150 KB)`,
);
if (problems.length > 0) {
  for (const problem of problems) console.error(`  over budget: ${problem}`);
  process.exit(1);
}
