import {
  createCustomProperties,
  CUSTOM_PROPERTIES_MAX_CHARACTERS,
} from '../../../../workbench/runtime/customProperties';
import { thrownLike } from './thrownLike';

const open = () => Promise.resolve(null);

describe('workbench customProperties', () => {
  it('stores Dates as Date(ms) and gives them back as Date', () => {
    const props = createCustomProperties({}, open, () => Promise.resolve());
    const at = new Date(Date.UTC(2026, 10, 20, 8));
    props.set('due', at as unknown as string);
    expect(props.get('due')).toEqual(at);
    expect(props.getAll()).toEqual({ due: at });
  });

  it('saves at exactly 2,500 characters and throws ArgumentOutOfRange one character beyond', async () => {
    const saved: Record<string, unknown>[] = [];
    const props = createCustomProperties({}, open, (p) => {
      saved.push(p);
      return Promise.resolve();
    });
    const overhead = JSON.stringify({ k: '' }).length;
    props.set('k', 'x'.repeat(CUSTOM_PROPERTIES_MAX_CHARACTERS - overhead));
    const result = await new Promise<Office.AsyncResult<void>>((resolve) => props.saveAsync(resolve));
    expect(result.status).toBe('succeeded');
    props.set('k', 'x'.repeat(CUSTOM_PROPERTIES_MAX_CHARACTERS - overhead + 1));
    expect(() => props.saveAsync(() => undefined)).toThrow(
      thrownLike({ name: 'Sys.ArgumentOutOfRangeException', paramName: 'customProperties' }),
    );
    expect(saved).toHaveLength(1);
  });

  it('accepts the legacy (callback, asyncContext) form', async () => {
    const props = createCustomProperties({ a: 1 }, open, () => Promise.resolve());
    const result = await new Promise<Office.AsyncResult<void>>((resolve) =>
      props.saveAsync(resolve, { tag: 7 }),
    );
    expect(result.asyncContext).toEqual({ tag: 7 });
  });
});
