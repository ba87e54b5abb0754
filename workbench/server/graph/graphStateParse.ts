/** Validation of the Graph state API's bodies: a refused body names the field. */
import { fail, ok, type Result } from '../../../src/shared/result';
import type {
  GraphFault,
  GraphSimSettings,
  GraphTokenRequest,
  SimAutomaticReplies,
} from '../../shared/graphContract';
import { isRecord } from '../../shared/fixtureFields';

function wholeNumber(value: unknown, field: string, min: number, max: number): Result<number> {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
    ? ok(value)
    : fail(`${field} must be a whole number from ${min} to ${max}`);
}

export function parseGraphSettings(value: unknown): Result<Partial<GraphSimSettings>> {
  if (!isRecord(value)) return fail('graph settings must be a JSON object');
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    const field = `graph.settings.${key}`;
    let parsed: Result<unknown>;
    switch (key) {
      case 'nestedAppAuth':
      case 'consented':
        parsed = typeof entry === 'boolean' ? ok(entry) : fail(`${field} must be true or false`);
        break;
      case 'popup':
        parsed =
          entry === 'consent' || entry === 'cancel'
            ? ok(entry)
            : fail(`${field} must be "consent" or "cancel"`);
        break;
      case 'maxPageSize':
        parsed = wholeNumber(entry, field, 1, 1000);
        break;
      case 'tokenMinutes':
        parsed = wholeNumber(entry, field, 1, 24 * 60);
        break;
      default:
        parsed = fail(`${field} is not a Graph setting`);
    }
    if (!parsed.ok) return parsed;
    out[key] = parsed.value;
  }
  return ok(out as Partial<GraphSimSettings>);
}

export function parseGraphFault(value: unknown): Result<GraphFault> {
  if (!isRecord(value)) return fail('graph fault must be a JSON object');
  const remaining =
    value['remaining'] === undefined ? ok(1) : wholeNumber(value['remaining'], 'fault.remaining', -1, 1000);
  if (!remaining.ok) return remaining;
  if (remaining.value === 0) return fail('fault.remaining must not be 0');
  const path = value['path'];
  if (path !== undefined && (typeof path !== 'string' || path.length === 0 || path.length > 200))
    return fail('fault.path must be 1-200 characters');
  const common = { remaining: remaining.value, ...(typeof path === 'string' ? { path } : {}) };
  switch (value['kind']) {
    case 'throttle': {
      const status = value['status'] ?? 429;
      if (status !== 429 && status !== 503) return fail('fault.status must be 429 or 503');
      const after = value['retryAfterSeconds'];
      if (after !== null && after !== undefined) {
        const seconds = wholeNumber(after, 'fault.retryAfterSeconds', 0, 3600);
        if (!seconds.ok) return seconds;
      }
      return ok({
        kind: 'throttle',
        status,
        retryAfterSeconds: typeof after === 'number' ? after : null,
        ...common,
      });
    }
    case 'unauthorized':
    case 'hang':
    case 'drop':
      return ok({ kind: value['kind'], ...common });
    case 'error': {
      const status = wholeNumber(value['status'], 'fault.status', 400, 599);
      if (!status.ok) return status;
      const code = value['code'];
      if (typeof code !== 'string' || !/^[\w.-]{1,80}$/.test(code))
        return fail('fault.code must be a Graph error code');
      const message = value['message'];
      if (message !== undefined && typeof message !== 'string') return fail('fault.message must be text');
      return ok({ kind: 'error', status: status.value, code, ...(message ? { message } : {}), ...common });
    }
    default:
      return fail('fault.kind must be throttle, unauthorized, error, hang or drop');
  }
}

export function parseAutomaticReplies(value: unknown): Result<Record<string, SimAutomaticReplies | null>> {
  if (!isRecord(value))
    return fail('automatic replies must be an object of address → { message, … } or null');
  const out: Record<string, SimAutomaticReplies | null> = {};
  for (const [address, entry] of Object.entries(value)) {
    const field = `automaticReplies["${address}"]`;
    if (!/^[^\s@]+@[^\s@]+$/.test(address)) return fail(`${field}: the key must be an email address`);
    if (entry === null) {
      out[address.toLowerCase()] = null;
      continue;
    }
    if (!isRecord(entry) || typeof entry['message'] !== 'string' || entry['message'].trim() === '')
      return fail(`${field}.message must be non-empty text`);
    const times: Record<string, string> = {};
    for (const key of ['scheduledStartTime', 'scheduledEndTime']) {
      const t = entry[key];
      if (t === undefined) continue;
      if (typeof t !== 'string' || Number.isNaN(Date.parse(t)))
        return fail(`${field}.${key} must be an ISO date-time`);
      times[key] = t;
    }
    out[address.toLowerCase()] = { message: entry['message'], ...times };
  }
  return ok(out);
}

export function parseTokenRequest(value: unknown): Result<GraphTokenRequest> {
  if (!isRecord(value)) return fail('token request must be a JSON object');
  const { clientId, scopes, interactive } = value;
  if (typeof clientId !== 'string' || !/^[0-9a-f-]{36}$/i.test(clientId))
    return fail('clientId must be an application (client) id, a GUID');
  if (!Array.isArray(scopes) || !scopes.every((s) => typeof s === 'string' && s.length > 0 && s.length < 200))
    return fail('scopes must be an array of scope names');
  if (typeof interactive !== 'boolean') return fail('interactive must be true or false');
  return ok({ clientId, scopes: scopes as string[], interactive });
}
