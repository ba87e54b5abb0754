/**
 * AsyncResult objects shaped as office.js builds them (OSF.DDA.AsyncResult in
 * outlook-web-16.01.debug.js): enumerable read-only `value` and `status`; `asyncContext` only when the
 * caller gave a truthy one; `error` ({ name, message, code }) only on failure.
 */
import { AsyncResultStatus } from './enums';
import { officeErrorInfo } from './officeErrors';

function build<T>(
  value: T | undefined,
  asyncContext: unknown,
  error?: { name: string; message: string; code: number },
): Office.AsyncResult<T> {
  const result = {};
  Object.defineProperties(result, {
    value: { value, enumerable: true },
    status: { value: error ? AsyncResultStatus.Failed : AsyncResultStatus.Succeeded, enumerable: true },
  });
  if (asyncContext) Object.defineProperty(result, 'asyncContext', { value: asyncContext, enumerable: true });
  if (error) {
    const officeError = {};
    Object.defineProperties(officeError, {
      name: { value: error.name, enumerable: true },
      message: { value: error.message, enumerable: true },
      code: { value: error.code, enumerable: true },
    });
    Object.defineProperty(result, 'error', { value: officeError, enumerable: true });
  }
  return result as Office.AsyncResult<T>;
}

export function succeeded<T>(value: T, asyncContext?: unknown): Office.AsyncResult<T> {
  return build(value, asyncContext);
}

/** A failed result with Office's name for `code`, and its message unless one is given. */
export function failed<T>(code: number, asyncContext?: unknown, message?: string): Office.AsyncResult<T> {
  const info = officeErrorInfo(code);
  return build<T>(undefined, asyncContext, { code, name: info.name, message: message || info.message });
}
