/**
 * How the session API answers: 200 with the value; 400 { error } for a refused request body;
 * 404/409 { error, officeCode } when the simulated Exchange refuses an operation.
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
  res.status(result.reason.code === 9049 ? 404 : 409).json({
    error: result.reason.message,
    officeCode: result.reason.code,
  });
}

/** Reads a body with `parse`; answers 400 and returns undefined when it is refused. */
export function parsedBody<T>(res: Response, parsed: Result<T>): T | undefined {
  if (parsed.ok) return parsed.value;
  replyBadRequest(res, parsed.reason);
  return undefined;
}
