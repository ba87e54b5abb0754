import { createRequirements } from '../../../../workbench/runtime/requirements';

describe('isSetSupported', () => {
  it('supports Mailbox up to the configured level, compared as versions', () => {
    let level = '1.15';
    const requirements = createRequirements(() => level);
    expect(requirements.isSetSupported('Mailbox', '1.12')).toBe(true);
    expect(requirements.isSetSupported('mailbox')).toBe(true);
    level = '1.8';
    expect(requirements.isSetSupported('Mailbox', '1.10')).toBe(false);
    expect(requirements.isSetSupported('Mailbox', 1.8)).toBe(true);
    expect(requirements.isSetSupported('Mailbox', '1.9')).toBe(false);
  });

  it('supports no other set', () => {
    const requirements = createRequirements(() => '1.15');
    expect(requirements.isSetSupported('NestedAppAuth', '1.1')).toBe(false);
    expect(requirements.isSetSupported('Mailbox', 'latest')).toBe(false);
  });
});
