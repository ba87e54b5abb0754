/**
 * Readers for the state API's request bodies (untrusted JSON): settings patches, faults, clock moves,
 * compose fields, notifications, simulated answers, scripted test handlers. Failures name the field.
 */
import { fail, ok, type Result } from '../../src/shared/result';
import {
  isRecord,
  readAll,
  readList,
  readOptionalText,
  readPerson,
  readStringMap,
  readText,
} from '../shared/fixtureFields';
import type { StoredNotification } from '../shared/mailMessage';
import type { Fault, TestHandlerSpec, WorkbenchSettings } from '../shared/sessionState';
import type { DraftFields, DraftRequest } from '../shared/draftTypes';
import type { AnswerRequest } from './mailboxOps';
import { ANSWER_KINDS, type AnswerKind } from './simulatedAnswers';

function body(value: unknown, field = 'body'): Result<Record<string, unknown>> {
  return isRecord(value) ? ok(value) : fail(`${field} must be a JSON object`);
}

function positiveNumber(value: unknown, field: string, max: number): Result<number> {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= max
    ? ok(value)
    : fail(`${field} must be a number from 0 to ${max}`);
}

/** A partial settings object; unknown keys are refused. */
export function parseSettingsPatch(value: unknown): Result<Partial<WorkbenchSettings>> {
  const b = body(value);
  if (!b.ok) return b;
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(b.value)) {
    const field = `settings.${key}`;
    let parsed: Result<unknown>;
    switch (key) {
      case 'requirementLevel':
        parsed =
          typeof entry === 'string' && /^1\.\d{1,2}$/.test(entry)
            ? ok(entry)
            : fail(`${field} must be a Mailbox version such as "1.8" or "1.15"`);
        break;
      case 'theme':
        parsed =
          entry === 'light' || entry === 'dark' ? ok(entry) : fail(`${field} must be "light" or "dark"`);
        break;
      case 'displayLanguage':
        parsed =
          typeof entry === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(entry)
            ? ok(entry)
            : fail(`${field} must be a language tag such as en-US`);
        break;
      case 'roamingQuota':
        parsed = positiveNumber(entry, field, 10_000_000);
        break;
      case 'onSendTimeoutSeconds':
      case 'commandTimeoutSeconds':
      case 'longRunningNoticeSeconds':
        parsed = positiveNumber(entry, field, 3600);
        break;
      case 'roamingSetThrows':
      case 'customPropertiesOnSentCopy':
        parsed = typeof entry === 'boolean' ? ok(entry) : fail(`${field} must be true or false`);
        break;
      case 'addinPages':
        parsed =
          entry === 'manifest' || entry === 'test'
            ? ok(entry)
            : fail(`${field} must be "manifest" or "test"`);
        break;
      default:
        parsed = fail(`${field} is not a workbench setting`);
    }
    if (!parsed.ok) return parsed;
    out[key] = parsed.value;
  }
  return ok(out as Partial<WorkbenchSettings>);
}

function remaining(value: unknown, field: string): Result<number> {
  if (value === undefined) return ok(1);
  return typeof value === 'number' && Number.isInteger(value) && (value === -1 || value > 0)
    ? ok(value)
    : fail(`${field} must be a positive whole number, or -1 for every time`);
}

export function parseFault(value: unknown): Result<Fault> {
  const b = body(value, 'fault');
  if (!b.ok) return b;
  const f = b.value;
  switch (f['kind']) {
    case 'roamingSaveFails': {
      const times = remaining(f['remaining'], 'fault.remaining');
      return times.ok ? ok({ kind: 'roamingSaveFails', remaining: times.value }) : times;
    }
    case 'officeCallFails': {
      const times = remaining(f['remaining'], 'fault.remaining');
      if (!times.ok) return times;
      if (typeof f['method'] !== 'string' || !/^[A-Za-z][\w.]*$/.test(f['method'])) {
        return fail('fault.method must name an Office member, e.g. mailbox.item.body.getAsync');
      }
      if (typeof f['code'] !== 'number' || !Number.isInteger(f['code'])) {
        return fail('fault.code must be an Office error code, e.g. 9041');
      }
      return ok({ kind: 'officeCallFails', method: f['method'], code: f['code'], remaining: times.value });
    }
    case 'slowCalls': {
      const delay = positiveNumber(f['delayMs'], 'fault.delayMs', 600_000);
      return delay.ok ? ok({ kind: 'slowCalls', delayMs: delay.value }) : delay;
    }
    default:
      return fail('fault.kind must be roamingSaveFails, officeCallFails or slowCalls');
  }
}

/** { set: ISO } or { advance: { days?, hours?, minutes? } } → the new clock offset from `realNow`. */
export function parseClockMove(value: unknown, offsetMs: number, realNow: number): Result<number> {
  const b = body(value, 'clock');
  if (!b.ok) return b;
  if (typeof b.value['set'] === 'string') {
    const at = Date.parse(b.value['set']);
    return Number.isNaN(at) ? fail('clock.set must be an ISO 8601 date-time') : ok(at - realNow);
  }
  const advance = b.value['advance'];
  if (!isRecord(advance))
    return fail('clock needs "set" (ISO date-time) or "advance" ({ days, hours, minutes })');
  let ms = 0;
  for (const [unit, size] of [
    ['days', 86_400_000],
    ['hours', 3_600_000],
    ['minutes', 60_000],
  ] as const) {
    const amount = advance[unit] ?? 0;
    if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0 || amount > 3650) {
      return fail(`clock.advance.${unit} must be a number from 0 to 3650`);
    }
    ms += amount * size;
  }
  return ok(offsetMs + ms);
}

/**
 * A draft's recipient: a person with an address, or an unresolved name (an add-in may add one with
 * setAsync/addAsync; Exchange saves it, and Outlook refuses to send until it is resolved).
 */
function readDraftPerson(value: unknown, field: string) {
  if (isRecord(value) && value['email'] === '') {
    const name = readText(value['name'], `${field}.name`, '');
    if (!name.ok) return name;
    if (name.value.trim() === '') return fail(`${field} needs a name or an email address`);
    return ok({ name: name.value, email: '' });
  }
  return readPerson(value, field);
}

export function parseDraftFields(value: unknown): Result<DraftFields> {
  const b = body(value, 'fields');
  if (!b.ok) return b;
  const f = b.value;
  const fields = readAll({
    to: readList(f['to'], 'fields.to', readDraftPerson),
    cc: readList(f['cc'], 'fields.cc', readDraftPerson),
    bcc: readList(f['bcc'], 'fields.bcc', readDraftPerson),
    subject: readText(f['subject'], 'fields.subject', ''),
    body: readText(f['body'], 'fields.body', ''),
    bodyHtml: readOptionalText(f['bodyHtml'], 'fields.bodyHtml'),
    headers: readStringMap(f['headers'], 'fields.headers'),
  });
  if (!fields.ok) return fields;
  const { bodyHtml, ...rest } = fields.value;
  return ok(bodyHtml === undefined ? rest : { ...rest, bodyHtml });
}

export function parseDraftRequest(value: unknown): Result<DraftRequest> {
  const b = body(value, 'draft');
  if (!b.ok) return b;
  const f = b.value;
  const kind = f['kind'];
  if (kind !== 'new' && kind !== 'reply' && kind !== 'replyAll' && kind !== 'forward') {
    return fail('draft.kind must be new, reply, replyAll or forward');
  }
  const fields = readAll({
    originalId: readOptionalText(f['originalId'], 'draft.originalId'),
    subject: readOptionalText(f['subject'], 'draft.subject'),
    htmlBody: readOptionalText(f['htmlBody'], 'draft.htmlBody'),
    to: readList(f['to'], 'draft.to', readPerson),
    cc: readList(f['cc'], 'draft.cc', readPerson),
    bcc: readList(f['bcc'], 'draft.bcc', readPerson),
  });
  if (!fields.ok) return fields;
  const { originalId, subject, htmlBody, to, cc, bcc } = fields.value;
  if (kind !== 'new' && !originalId) return fail('draft.originalId is needed for a reply or forward');
  return ok({
    kind,
    ...(originalId ? { originalId } : {}),
    ...(subject !== undefined ? { subject } : {}),
    ...(htmlBody !== undefined ? { htmlBody } : {}),
    ...(f['to'] !== undefined ? { to } : {}),
    ...(f['cc'] !== undefined ? { cc } : {}),
    ...(f['bcc'] !== undefined ? { bcc } : {}),
  });
}

const NOTIFICATION_TYPES = ['informationalMessage', 'progressIndicator', 'errorMessage', 'insightMessage'];

/** A notification as the runtime sends it (already validated there, as office.js does). */
export function parseNotification(value: unknown): Result<StoredNotification> {
  const b = body(value, 'notification');
  if (!b.ok) return b;
  const n = b.value;
  if (typeof n['key'] !== 'string' || n['key'] === '') return fail('notification.key must be text');
  if (typeof n['type'] !== 'string' || !NOTIFICATION_TYPES.includes(n['type'])) {
    return fail(`notification.type must be one of ${NOTIFICATION_TYPES.join(', ')}`);
  }
  if (typeof n['message'] !== 'string') return fail('notification.message must be text');
  return ok({
    key: n['key'],
    type: n['type'] as StoredNotification['type'],
    message: n['message'],
    ...(typeof n['icon'] === 'string' ? { icon: n['icon'] } : {}),
    ...(typeof n['persistent'] === 'boolean' ? { persistent: n['persistent'] } : {}),
    ...(Array.isArray(n['actions'])
      ? { actions: n['actions'] as NonNullable<StoredNotification['actions']> }
      : {}),
  });
}

export function parseAnswerRequest(value: unknown): Result<AnswerRequest> {
  const b = body(value, 'answer');
  if (!b.ok) return b;
  const kind = b.value['kind'];
  if (typeof kind !== 'string' || !ANSWER_KINDS.includes(kind as AnswerKind)) {
    return fail(`answer.kind must be one of ${ANSWER_KINDS.join(', ')}`);
  }
  const recipient = readOptionalText(b.value['recipient'], 'answer.recipient');
  if (!recipient.ok) return recipient;
  const returnDate = b.value['returnDate'];
  if (
    returnDate !== undefined &&
    (typeof returnDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(returnDate))
  ) {
    return fail('answer.returnDate must be a date YYYY-MM-DD');
  }
  const subject = readOptionalText(b.value['subject'], 'answer.subject');
  if (!subject.ok) return subject;
  return ok({
    kind: kind as AnswerKind,
    ...(recipient.value ? { recipient: recipient.value } : {}),
    ...(typeof returnDate === 'string' ? { returnDate } : {}),
    ...(subject.value ? { subject: subject.value } : {}),
  });
}

export function parseTestHandlers(value: unknown): Result<Record<string, TestHandlerSpec>> {
  const b = body(value, 'handlers');
  if (!b.ok) return b;
  const out: Record<string, TestHandlerSpec> = {};
  for (const [name, spec] of Object.entries(b.value)) {
    const field = `handlers.${name}`;
    if (!isRecord(spec)) return fail(`${field} must be an object`);
    const action = spec['action'];
    if (action !== 'complete' && action !== 'never' && action !== 'throw') {
      return fail(`${field}.action must be complete, never or throw`);
    }
    const delay =
      spec['delayMs'] === undefined ? ok(0) : positiveNumber(spec['delayMs'], `${field}.delayMs`, 600_000);
    if (!delay.ok) return delay;
    const options = spec['options'];
    if (options !== undefined && !isRecord(options)) return fail(`${field}.options must be an object`);
    const note = spec['notification'];
    if (
      note !== undefined &&
      (!isRecord(note) || typeof note['key'] !== 'string' || typeof note['message'] !== 'string')
    ) {
      return fail(`${field}.notification must be { key, message }`);
    }
    out[name] = {
      action,
      delayMs: delay.value,
      ...(options ? { options } : {}),
      ...(isRecord(note)
        ? { notification: { key: String(note['key']), message: String(note['message']) } }
        : {}),
    };
  }
  return ok(out);
}

/** { values: { name: JSON text } }: a whole roaming settings collection as Exchange stores it. */
export function parseRoamingValues(value: unknown): Result<Record<string, string>> {
  const values = isRecord(value) ? value['values'] : undefined;
  if (!isRecord(values) || !Object.values(values).every((v) => typeof v === 'string')) {
    return fail('values must map setting names to JSON-stringified values');
  }
  return ok({ ...(values as Record<string, string>) });
}
