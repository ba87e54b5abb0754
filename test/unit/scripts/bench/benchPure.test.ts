import { budgetProblems, localScripts, type BundleSizes } from '../../../../scripts/bench/bundleSizes';
import { spread } from '../../../../scripts/bench/stats';

describe('spread', () => {
  it('gives median, min, max and p90 of unsorted samples', () => {
    expect(spread([5, 1, 4, 2, 3])).toEqual({ median: 3, min: 1, max: 5, p90: 4.6, n: 5 });
  });

  it('interpolates the median of an even count', () => {
    expect(spread([10, 20]).median).toBe(15);
  });
});

describe('localScripts', () => {
  it("lists the page's own scripts, not Office.js from the CDN", () => {
    const html =
      '<script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script>' +
      '<script defer="defer" src="taskpane.1a2b3c4d.js"></script><script src=./vendor.js></script>';
    expect(localScripts(html)).toEqual(['taskpane.1a2b3c4d.js', 'vendor.js']);
  });
});

describe('budgetProblems', () => {
  const sizes = (commandsGzip: number, initialGzip: number): BundleSizes => ({
    taskpaneInitial: { raw: initialGzip * 3, gzip: initialGzip, files: [] },
    taskpaneLazy: [],
    commands: { file: 'commands.js', raw: commandsGzip * 3, gzip: commandsGzip },
  });

  it('accepts bundles exactly at the budgets', () => {
    expect(budgetProblems(sizes(40 * 1024, 150 * 1024))).toEqual([]);
  });

  it('names each bundle one byte over its budget and says what to do', () => {
    const problems = budgetProblems(sizes(40 * 1024 + 1, 150 * 1024 + 1));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /^commands\.js is 40\.0 KB gzip, over the 40\.0 KB budget: it loads on every send/,
    );
    expect(problems[1]).toMatch(/task pane's initial JS .* lazy-load views/);
  });
});
