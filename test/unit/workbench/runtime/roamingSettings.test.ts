import { ROAMING_QUOTA_CHARACTERS, roamingCharacters } from '../../../../workbench/shared/roamingQuota';
import { createRoamingSettings, type RoamingOptions } from '../../../../workbench/runtime/roamingSettings';
import { thrownLike } from './thrownLike';

const open = () => Promise.resolve(null);

function save(settings: Office.RoamingSettings): Promise<Office.AsyncResult<void>> {
  return new Promise((resolve) => settings.saveAsync(resolve));
}

/** A value whose serialized collection {"k":"\"xxx…\""} is exactly `total` characters long. */
function valueForTotal(total: number): string {
  const overhead = JSON.stringify({ k: JSON.stringify('') }).length;
  return 'x'.repeat(total - overhead);
}

function settingsWith(loaded: Record<string, string>, options: Partial<RoamingOptions> = {}) {
  const saved: Record<string, string>[] = [];
  const settings = createRoamingSettings(loaded, open, {
    quota: () => ROAMING_QUOTA_CHARACTERS,
    setThrows: () => false,
    save: (values) => {
      saved.push(values);
      return Promise.resolve();
    },
    ...options,
  });
  return { settings, saved };
}

describe('workbench roamingSettings', () => {
  it('counts quotes inside values twice, as the web runtime does', () => {
    // 'a"b' → "a\"b" (6) → {"k":"\"a\\\"b\""} (18): a quote inside a value costs 4 characters, a letter 1 (abc → 15).
    expect(roamingCharacters({ k: JSON.stringify('a"b') })).toBe(18);
    expect(roamingCharacters({ k: JSON.stringify('abc') })).toBe(15);
  });

  it('saves a collection of exactly 32 KB and refuses one character more with 9019 (empty message)', async () => {
    const { settings, saved } = settingsWith({});
    settings.set('k', valueForTotal(ROAMING_QUOTA_CHARACTERS));
    expect((await save(settings)).status).toBe('succeeded');

    settings.set('k', valueForTotal(ROAMING_QUOTA_CHARACTERS + 1));
    const refused = await save(settings);
    expect(refused.status).toBe('failed');
    expect(refused.error).toEqual({ code: 9019, name: 'GenericSettingsError', message: '' });
    expect(saved).toHaveLength(1);
  });

  it('honours a smaller quota', async () => {
    const { settings } = settingsWith({}, { quota: () => 100 });
    settings.set('k', valueForTotal(101));
    expect((await save(settings)).error.code).toBe(9019);
  });

  it('throws 9057 on set past the quota in the classic-Windows flavour, and keeps the old value', () => {
    const { settings } = settingsWith({}, { setThrows: () => true, quota: () => 100 });
    settings.set('k', valueForTotal(100));
    expect(() => settings.set('k', valueForTotal(101))).toThrow(thrownLike({ code: 9057 }));
    expect(settings.get('k')).toBe(valueForTotal(100));
  });

  it('loads values once: later server changes are not seen until the add-in restarts', () => {
    const server = { k: JSON.stringify({ n: 1 }) };
    const { settings } = settingsWith(server);
    server.k = JSON.stringify({ n: 2 });
    expect(settings.get('k')).toEqual({ n: 1 });
  });

  it('drops a stored value Office cannot parse, keeping the others', () => {
    const { settings } = settingsWith({ good: '1', bad: '{oops' });
    expect(settings.get('good')).toBe(1);
    expect(settings.get('bad')).toBeUndefined();
  });

  it('reports a failed server write as 9019 with the server message', async () => {
    const { settings } = settingsWith(
      {},
      { save: () => Promise.reject(Object.assign(new Error('offline'), { code: 9019 })) },
    );
    settings.set('a', 1);
    const result = await save(settings);
    expect(result.status).toBe('failed');
    expect(result.error).toMatchObject({ code: 9019, message: 'offline' });
  });

  it('answers asynchronously, never inside saveAsync', () => {
    const { settings } = settingsWith({});
    const calls: string[] = [];
    settings.saveAsync(() => calls.push('callback'));
    calls.push('returned');
    expect(calls).toEqual(['returned']);
  });
});
