import { OfficeFailure, officeAsync, type CallGate } from '../../../../workbench/runtime/officeAsync';
import { thrownLike } from './thrownLike';

type GetAsync = Office.Subject['getAsync'];
const open: CallGate = () => Promise.resolve(null);

function call(method: GetAsync, ...args: unknown[]): Promise<Office.AsyncResult<string>> {
  return new Promise((resolve) => (method as (...a: unknown[]) => void)(...args, resolve));
}

describe('officeAsync', () => {
  it('builds AsyncResults shaped as office.js does: value and status; asyncContext only when given; no error on success', async () => {
    const get = officeAsync<GetAsync>(open, {
      method: 'x.getAsync',
      fixed: 0,
      callbackRequired: true,
      run: () => Promise.resolve('Quote'),
    });
    const plain = await call(get);
    expect(Object.keys(plain)).toEqual(['value', 'status']);
    expect(plain).toEqual({ value: 'Quote', status: 'succeeded' });
    const withContext = await call(get, { asyncContext: { n: 1 } });
    expect(withContext.asyncContext).toEqual({ n: 1 });
  });

  it('reports an injected fault without running, with Office name and message for the code', async () => {
    let ran = false;
    const gate: CallGate = (method) =>
      Promise.resolve(method === 'x.getAsync' ? { code: 9041, message: '' } : null);
    const get = officeAsync<GetAsync>(gate, {
      method: 'x.getAsync',
      fixed: 0,
      callbackRequired: true,
      run: () => {
        ran = true;
        return Promise.resolve('');
      },
    });
    const result = await call(get);
    expect(ran).toBe(false);
    expect(result.status).toBe('failed');
    expect(result.error).toEqual({
      name: 'NetworkError',
      code: 9041,
      message:
        'The user is no longer connected to the network. Please check your network connection and try again.',
    });
    expect(result.value).toBeUndefined();
  });

  it('turns a host failure into its code, and anything else into 9002', async () => {
    const failing = (error: Error) =>
      officeAsync<GetAsync>(open, {
        method: 'x',
        fixed: 0,
        callbackRequired: true,
        run: () => Promise.reject(error),
      });
    expect((await call(failing(new OfficeFailure(9046, 'not saved')))).error).toMatchObject({
      code: 9046,
      name: 'ItemNotSaved',
      message: 'not saved',
    });
    expect((await call(failing(new Error('boom')))).error).toMatchObject({ code: 9002, message: 'boom' });
  });

  it('throws argument errors synchronously, before any callback', () => {
    const get = officeAsync<GetAsync>(open, {
      method: 'x',
      fixed: 0,
      callbackRequired: true,
      run: () => Promise.resolve(''),
    });
    expect(() => (get as () => void)()).toThrow(thrownLike({ name: 'Sys.ArgumentNullException' }));
  });
});
