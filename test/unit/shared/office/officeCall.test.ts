import { officeCall } from '../../../../src/shared/office/officeCall';
import { OfficeCallError } from '../../../../src/shared/office/officeCallError';
import { failed, installOfficeGlobal, succeeded } from '../../officeGlobal';

beforeAll(() => installOfficeGlobal());

describe('officeCall', () => {
  it('resolves with the value of a succeeded AsyncResult', async () => {
    await expect(officeCall<string>('subject.getAsync', (cb) => cb(succeeded('Hello')))).resolves.toBe(
      'Hello',
    );
  });

  it('rejects with the operation, Office error code and message of a failed AsyncResult', async () => {
    const error = await officeCall('roamingSettings.saveAsync', (cb) => cb(failed(9019, 'quota'))).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(OfficeCallError);
    expect(error).toMatchObject({ operation: 'roamingSettings.saveAsync', code: 9019 });
    expect((error as Error).message).toBe('roamingSettings.saveAsync failed (Office error 9019): quota');
  });

  it('rejects (never throws) when the Office API throws synchronously', async () => {
    const promise = officeCall('roamingSettings.set', () => {
      throw Object.assign(new Error('too big'), { code: 9057 });
    });
    await expect(promise).rejects.toMatchObject({ operation: 'roamingSettings.set', code: 9057 });
  });

  it('settles once even if Office calls back twice', async () => {
    const values: string[] = [];
    await officeCall<string>('twice', (cb) => {
      cb(succeeded('first'));
      cb(failed(1, 'second'));
    }).then((v) => values.push(v));
    expect(values).toEqual(['first']);
  });

  it('names a missing message instead of printing undefined', async () => {
    const promise = officeCall<void>('x', (cb) =>
      cb({ status: 'failed', error: {} } as unknown as Office.AsyncResult<void>),
    );
    await expect(promise).rejects.toThrow('x failed: no message from Office');
  });
});
