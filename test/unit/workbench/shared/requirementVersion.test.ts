import {
  versionAtLeast,
  versionCompare,
  versionFromArgument,
} from '../../../../workbench/shared/requirementVersion';

describe('requirementVersion', () => {
  it('compares part by part as numbers', () => {
    expect(versionCompare('1.10', '1.9')).toBeGreaterThan(0);
    expect(versionCompare('1.8', '1.8.0')).toBe(0);
    expect(versionCompare('1.1', '1.12')).toBeLessThan(0);
  });

  it('treats an absent minimum as 1.1', () => {
    expect(versionAtLeast('1.1', undefined)).toBe(true);
    expect(versionAtLeast('1.8', '1.10')).toBe(false);
  });

  it('reads string and number arguments, refuses others', () => {
    expect(versionFromArgument('1.12')).toBe('1.12');
    expect(versionFromArgument(1.8)).toBe('1.8');
    expect(versionFromArgument('latest')).toBeUndefined();
    expect(versionFromArgument(null)).toBeUndefined();
  });
});
