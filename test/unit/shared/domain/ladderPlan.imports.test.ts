import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The planner and the follow-up transitions run in the commands bundle (40 KB gzip budget with luxon):
 * their import graph must stay luxon + our own modules. Validation-only dependencies
 * (libphonenumber-js, countries-and-timezones) belong to contactValidate and friends.
 */
const domain = path.resolve(__dirname, '../../../../src/shared/domain');

function packagesReachable(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)) {
      const spec = match[1] as string;
      if (/^import\s+type\s/.test(match[0])) continue;
      if (!spec.startsWith('.')) {
        packages.add(spec);
        continue;
      }
      const resolved = path.resolve(path.dirname(file), `${spec}.ts`);
      if (existsSync(resolved)) visit(resolved);
    }
  };
  visit(path.join(domain, `${entry}.ts`));
  return packages;
}

describe('the planner import graph', () => {
  it.each([
    'ladderPlan',
    'followUpCreate',
    'followUpStepAction',
    'followUpLifecycle',
    'recipientsTrack',
    'stepExplain',
    'stepExplainText',
    'followUpStepExplain',
    'contactDefault',
    'settingsPlanValidate',
  ])('%s needs nothing but luxon', (entry) => {
    expect([...packagesReachable(entry)].filter((p) => p !== 'luxon')).toEqual([]);
  });

  it('validation of contact profiles is where libphonenumber-js lives', () => {
    expect([...packagesReachable('contactValidate')].sort()).toEqual([
      'countries-and-timezones',
      'libphonenumber-js/min',
      'luxon',
    ]);
  });
});
