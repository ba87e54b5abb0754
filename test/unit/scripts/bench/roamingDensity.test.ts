import { roamingDensityRows } from '../../../../scripts/bench/roamingDensity';

describe('roamingDensity bench', () => {
  it('reports the capacity figures, meeting the targets of issue 4', () => {
    const rows = new Map(roamingDensityRows().map((row) => [row.metric, row.value]));
    expect(rows.get('follow-ups that fit beside 200 profiles (dense)')).toBeGreaterThanOrEqual(300);
    expect(rows.get('dense vs naive JSON (follow-ups that fit)')).toBeGreaterThanOrEqual(8);
    expect(rows.get('item record (custom property) of one follow-up with its long ids')).toBeLessThanOrEqual(
      2491,
    );
  });
});
