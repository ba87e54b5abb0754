/** An Office call that failed: which operation, Office's error code (when it gave one) and message. */
export class OfficeCallError extends Error {
  override readonly name = 'OfficeCallError';

  constructor(
    readonly operation: string,
    readonly code: number | undefined,
    message: string,
  ) {
    super(`${operation} failed${code === undefined ? '' : ` (Office error ${code})`}: ${message}`);
  }

  /** From the `error` of a failed AsyncResult. */
  static fromAsyncError(
    operation: string,
    error: { code?: unknown; message?: unknown } | undefined,
  ): OfficeCallError {
    const code = typeof error?.code === 'number' ? error.code : undefined;
    const message =
      typeof error?.message === 'string' && error.message ? error.message : 'no message from Office';
    return new OfficeCallError(operation, code, message);
  }

  /** From an exception thrown synchronously by an Office API (e.g. invalid arguments, 9057 on set). */
  static fromThrown(operation: string, thrown: unknown): OfficeCallError {
    if (thrown instanceof OfficeCallError) return thrown;
    const record = (typeof thrown === 'object' && thrown !== null ? thrown : {}) as {
      code?: unknown;
      message?: unknown;
    };
    const code = typeof record.code === 'number' ? record.code : undefined;
    const message =
      typeof record.message === 'string'
        ? record.message
        : typeof thrown === 'string'
          ? thrown
          : String(thrown);
    return new OfficeCallError(operation, code, message);
  }
}
