import { EN_COACH } from '../../../../../../src/shared/domain/coach/lang/en';
import { EN_SEND } from '../../../../../../src/shared/domain/coach/lang/enSend';
import * as conventions from '../../../../../../src/shared/domain/coach/lang/mailConventions';

/** Every string in a data structure, with its path. */
function sources(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => sources(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => sources(v, `${path}.${k}`));
  }
  return [];
}

const ES2018_ONLY = /\(\?<[=!]|\(\?<[a-z]|\\k<|\\[pP]\{/i;

describe('language data', () => {
  const all = [...sources(EN_COACH, 'en'), ...sources(conventions, 'mailConventions')].filter(
    ([path]) => !path.startsWith('en.plainWords') && !path.startsWith('en.language'),
  );

  it('every phrase and pattern compiles as a regular expression', () => {
    const broken = all.filter(([, source]) => {
      try {
        new RegExp(
          source.replace(/\{([a-zA-Z]+)\}/g, (_m, name: string) => EN_SEND.macros[name] ?? 'x'),
          'i',
        );
        return false;
      } catch {
        return true;
      }
    });
    expect(all.length).toBeGreaterThan(300);
    expect(broken).toEqual([]);
  });

  it('uses no ES2018-only syntax in what the send path runs (the JavaScript-only runtime is ES2017)', () => {
    const offending = [...sources(EN_SEND, 'enSend'), ...sources(conventions, 'mailConventions')].filter(
      ([, s]) => ES2018_ONLY.test(s),
    );
    expect(offending).toEqual([]);
  });

  it('every macro a phrase uses exists', () => {
    const missing = sources(EN_COACH, 'en')
      .flatMap(([path, s]) => [...s.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => [path, m[1]] as const))
      .filter(([, name]) => name !== undefined && !(name in EN_SEND.macros));
    expect(missing).toEqual([]);
  });
});
