/**
 * A typed stand-in for the parts of the Office global that adapters read at run time (enum values as
 * office.js defines them). Tests that exercise adapters install it; anything else comes from the test.
 */
export function installOfficeGlobal(extra: Record<string, unknown> = {}): void {
  (globalThis as unknown as { Office: unknown }).Office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    ...extra,
  };
}

export function succeeded<T>(value: T): Office.AsyncResult<T> {
  return { status: 'succeeded', value } as unknown as Office.AsyncResult<T>;
}

export function failed<T>(code: number, message: string): Office.AsyncResult<T> {
  return { status: 'failed', error: { code, message, name: 'Error' } } as unknown as Office.AsyncResult<T>;
}
