import { parseCommonArgs } from '../../../../workbench/runtime/callArgs';
import { thrownLike } from './thrownLike';

const cb = () => undefined;

describe('parseCommonArgs (office.js argument rules)', () => {
  it('reads (callback), (options), (options, callback)', () => {
    expect(parseCommonArgs([cb], true, false)).toEqual({ callback: cb });
    expect(parseCommonArgs([{ asyncContext: 3 }], false, false)).toEqual({
      options: { asyncContext: 3 },
      asyncContext: 3,
    });
    expect(parseCommonArgs([{ coercionType: 'html' }, cb], false, false)).toEqual({
      callback: cb,
      options: { coercionType: 'html' },
    });
    expect(parseCommonArgs([], false, false)).toEqual({});
  });

  it('reads the legacy (callback, userContext) form only when asked', () => {
    expect(parseCommonArgs([cb, 'ctx'], true, true)).toEqual({ callback: cb, asyncContext: 'ctx' });
    expect(() => parseCommonArgs([cb, 'ctx'], true, false)).toThrow(
      thrownLike({ name: 'Sys.ArgumentException', paramName: 'options' }),
    );
  });

  it('throws as office.js does on a missing callback or wrong shapes', () => {
    expect(() => parseCommonArgs([], true, false)).toThrow(
      thrownLike({ name: 'Sys.ArgumentNullException', paramName: 'callback' }),
    );
    expect(() => parseCommonArgs(['x'], false, false)).toThrow(
      thrownLike({ name: 'Sys.ArgumentTypeException' }),
    );
    expect(() => parseCommonArgs([{}, 'x'], false, false)).toThrow(thrownLike({ paramName: 'callback' }));
    expect(() => parseCommonArgs([{}, cb, 3], false, false)).toThrow(
      thrownLike({ name: 'Sys.ParameterCountException' }),
    );
  });
});
