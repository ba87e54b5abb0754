/**
 * How the session API answers: 200 with the value; 400 { error } for a refused request body;
 * 200 { officeError: { code, message } } when the simulated Exchange refuses an operation.
 */
import type { Response } from 'express';
import type { Result } from '../../src/shared/result';
import type { OpFailure } from './mailboxOps';

export function replyBadRequest(res: Response, reason: string): void {
  res.status(400).json({ error: reason });
}

export function replyOp<T>(
  res: Response,
  result: Result<T, OpFailure>,
  map: (value: T) => unknown = (v) => v,
): void {
  if (result.ok) {
    res.json(map(result.value) ?? { ok: true });
    return;
  }
  replyOfficeError(res, result.reason.code, result.reason.message);
}

/**
 * The simulated Exchange refused the operation: 200 with { officeError: { code, message } }. Not an
 * HTTP error status, because these are expected outcomes (the add-in gets a failed AsyncResult), and
 * browsers log every 4xx/5xx response in the console, where the tests look for real problems.
 */
export function replyOfficeError(res: Response, code: number, message: string): void {
  res.json({ officeError: { code, message } });
}

/** Reads a body with `parse`; answers 400 and returns undefined when it is refused. */
export function parsedBody<T>(res: Response, parsed: Result<T>): T | undefined {
  if (parsed.ok) return parsed.value;
  replyBadRequest(res, parsed.reason);
  return undefined;
}
