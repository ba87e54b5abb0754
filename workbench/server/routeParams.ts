/** Reading route parameters and the calling device from a session API request. */
import type { Request } from 'express';
import { isRecord } from '../shared/fixtureFields';

const DEVICE = /^[A-Za-z0-9_-]{1,32}$/;

/** The device named in a request body ("A", "B"…), or "api" for the state API's own callers. */
export function deviceOf(value: unknown): string {
  const device = isRecord(value) ? value['device'] : undefined;
  return typeof device === 'string' && DEVICE.test(device) ? device : 'api';
}

export function param(req: Request, name: string): string {
  const value = req.params[name];
  return typeof value === 'string' ? value : '';
}
