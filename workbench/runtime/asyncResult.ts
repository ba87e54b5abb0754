/** AsyncResult objects shaped as Office.js returns them. */
import { AsyncResultStatus } from './enums';

export function succeeded<T>(value: T, asyncContext?: unknown): Office.AsyncResult<T> {
  return {
    status: AsyncResultStatus.Succeeded as unknown as Office.AsyncResultStatus,
    value,
    asyncContext,
    error: undefined as unknown as Office.Error,
    diagnostics: undefined,
  };
}

export function failed<T>(
  code: number,
  name: string,
  message: string,
  asyncContext?: unknown,
): Office.AsyncResult<T> {
  return {
    status: AsyncResultStatus.Failed as unknown as Office.AsyncResultStatus,
    value: undefined as unknown as T,
    asyncContext,
    error: { code, name, message },
    diagnostics: undefined,
  };
}
