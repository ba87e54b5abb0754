import { createOfficeRoamingSettings } from '../../../../src/shared/office/officeRoamingSettings';
import { OfficeCallError } from '../../../../src/shared/office/officeCallError';
import { failed, installOfficeGlobal, succeeded } from '../../officeGlobal';

beforeAll(() => installOfficeGlobal());

/** A typed fake of Office.RoamingSettings: a map plus a scripted saveAsync outcome. */
function fakeSettings(options: { saveResult?: Office.AsyncResult<void>; setThrows?: Error } = {}) {
  const values = new Map<string, unknown>([['rp', 'R1a~x']]);
  const saves: Record<string, unknown>[] = [];
  const settings: Office.RoamingSettings = {
    get: (name: string): unknown => values.get(name),
    set(name: string, value: unknown) {
      if (options.setThrows !== undefined) throw options.setThrows;
      values.set(name, value);
    },
    remove: (name: string) => void values.delete(name),
    saveAsync(callback?: (result: Office.AsyncResult<void>) => void) {
      saves.push(Object.fromEntries(values));
      callback?.(options.saveResult ?? succeeded(undefined));
    },
  };
  return { settings, values, saves };
}

describe('createOfficeRoamingSettings', () => {
  it('reads loaded values and writes by setting, removing, then saving the whole collection', async () => {
    const fake = fakeSettings();
    const port = createOfficeRoamingSettings(fake.settings);
    expect(port.get('rp')).toBe('R1a~x');
    expect(port.get('missing')).toBeUndefined();
    await port.write({ rpf: 'R1a~y', rp: null });
    expect(fake.saves).toEqual([{ rpf: 'R1a~y' }]);
  });

  it('rejects with code 9019 when saveAsync fails', async () => {
    const fake = fakeSettings({ saveResult: failed(9019, 'GenericSettingsError') });
    const error = await createOfficeRoamingSettings(fake.settings)
      .write({ rp: 'R1a~z' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeCallError);
    expect(error).toMatchObject({ operation: 'roamingSettings.saveAsync', code: 9019 });
  });

  it('rejects with code 9057 when set throws past the limit, without saving', async () => {
    const fake = fakeSettings({ setThrows: Object.assign(new Error('too large'), { code: 9057 }) });
    await expect(createOfficeRoamingSettings(fake.settings).write({ rp: 'big' })).rejects.toMatchObject({
      operation: 'roamingSettings.set',
      code: 9057,
    });
    expect(fake.saves).toHaveLength(0);
  });
});
