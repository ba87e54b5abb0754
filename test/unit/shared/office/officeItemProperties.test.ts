import { createOfficeItemProperties } from '../../../../src/shared/office/officeItemProperties';
import { ItemPropertiesFullError } from '../../../../src/shared/ports';
import { failed, installOfficeGlobal, succeeded } from '../../officeGlobal';

beforeAll(() => installOfficeGlobal());

type LoadCallback = (result: Office.AsyncResult<Office.CustomProperties>) => void;

/** A typed fake item whose custom properties live in `stored`; each step's outcome is scripted. */
function fakeItem(options: { load?: 'fail'; save?: 'fail'; initial?: Record<string, unknown> } = {}) {
  const stored: Record<string, unknown> = { ...options.initial };
  const item: Pick<Office.MessageRead, 'loadCustomPropertiesAsync'> = {
    loadCustomPropertiesAsync(callback: LoadCallback) {
      if (options.load === 'fail') {
        callback(failed(9017, 'Internal protocol error'));
        return;
      }
      const draft: Record<string, unknown> = { ...stored };
      const properties: Office.CustomProperties = {
        get: (name: string): unknown => draft[name],
        set: (name: string, value: unknown) => void (draft[name] = value),
        remove: (name: string) => void delete draft[name],
        getAll: () => ({ ...draft }),
        saveAsync(callback?: (result: Office.AsyncResult<void>) => void) {
          if (options.save === 'fail') {
            callback?.(failed(9020, 'save failed'));
            return;
          }
          for (const key of Object.keys(stored)) delete stored[key];
          Object.assign(stored, draft);
          callback?.(succeeded(undefined));
        },
      };
      callback(succeeded(properties));
    },
  };
  return { item, stored };
}

describe('createOfficeItemProperties', () => {
  it('gets, sets and removes a property, saving each change', async () => {
    const fake = fakeItem({ initial: { other: 1 } });
    const port = createOfficeItemProperties(fake.item);
    await port.set('rp', 'I1a~abc');
    expect(fake.stored).toEqual({ other: 1, rp: 'I1a~abc' });
    await expect(port.get('rp')).resolves.toBe('I1a~abc');
    await port.remove('rp');
    expect(fake.stored).toEqual({ other: 1 });
  });

  it('rejects when the properties cannot be loaded', async () => {
    await expect(createOfficeItemProperties(fakeItem({ load: 'fail' }).item).get('rp')).rejects.toMatchObject(
      {
        operation: 'item.loadCustomPropertiesAsync',
        code: 9017,
      },
    );
  });

  it('rejects when saving fails and leaves the stored properties unchanged', async () => {
    const fake = fakeItem({ save: 'fail', initial: { rp: 'old' } });
    await expect(createOfficeItemProperties(fake.item).set('rp', 'new')).rejects.toMatchObject({
      operation: 'customProperties.saveAsync',
      code: 9020,
    });
    expect(fake.stored).toEqual({ rp: 'old' });
  });

  it('refuses, with the figures, a value that would take all properties past 2,500 characters', async () => {
    const fake = fakeItem({ initial: { other: 'x'.repeat(100) } });
    const port = createOfficeItemProperties(fake.item);
    const fits = 'a'.repeat(2500 - JSON.stringify({ other: 'x'.repeat(100), rp: '' }).length);
    await port.set('rp', fits);
    await expect(port.set('rp', `${fits}a`)).rejects.toThrow('would need 2501 of the 2500 characters');
    await expect(port.set('rp', `${fits}a`)).rejects.toBeInstanceOf(ItemPropertiesFullError);
    expect(fake.stored.rp).toBe(fits);
  });
});
