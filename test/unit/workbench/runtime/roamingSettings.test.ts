import {
  createRoamingSettings,
  ROAMING_QUOTA_CHARACTERS,
  roamingCharacters,
} from '../../../../workbench/runtime/roamingSettings';

function save(settings: Office.RoamingSettings): Promise<Office.AsyncResult<void>> {
  return new Promise((resolve) => settings.saveAsync(resolve));
}

/** A value whose serialized collection {"k":"\"xxx…\""} is exactly `total` characters long. */
function valueForTotal(total: number): string {
  const overhead = JSON.stringify({ k: JSON.stringify('') }).length;
  return 'x'.repeat(total - overhead);
}

describe('workbench roamingSettings', () => {
  it('counts quotes inside values twice, as the web runtime does', () => {
    // 'a"b' → "a\"b" (6) → {"k":"\"a\\\"b\""} (18): a quote inside a value costs 4 characters, a letter 1 (abc → 15).
    expect(roamingCharacters({ k: JSON.stringify('a"b') })).toBe(18);
    expect(roamingCharacters({ k: JSON.stringify('abc') })).toBe(15);
  });

  it('saves a collection of exactly 32 KB and refuses one character more with 9019', async () => {
    const saved: Record<string, string>[] = [];
    const settings = createRoamingSettings({}, (values) => {
      saved.push(values);
      return Promise.resolve();
    });
    settings.set('k', valueForTotal(ROAMING_QUOTA_CHARACTERS));
    expect((await save(settings)).status).toBe('succeeded');

    settings.set('k', valueForTotal(ROAMING_QUOTA_CHARACTERS + 1));
    const refused = await save(settings);
    expect(refused.status).toBe('failed');
    expect(refused.error.code).toBe(9019);
    expect(saved).toHaveLength(1);
  });

  it('loads values once: later server changes are not seen until reload', () => {
    const server = { k: JSON.stringify({ n: 1 }) };
    const settings = createRoamingSettings(server, () => Promise.resolve());
    server.k = JSON.stringify({ n: 2 });
    expect(settings.get('k')).toEqual({ n: 1 });
  });

  it('reports a failed server write as 9019', async () => {
    const settings = createRoamingSettings({}, () => Promise.reject(new Error('offline')));
    settings.set('a', 1);
    const result = await save(settings);
    expect(result.status).toBe('failed');
    expect(result.error).toMatchObject({ code: 9019, message: 'offline' });
  });
});
