/**
 * The coach's input as untrusted JSON (CLI, labelled set): { subject, to, cc?, body, bodyFormat?,
 * composeType?, contact? }. Recipients are "Name <address>", "address" or { email, name? }.
 * Refusals name the field.
 */
import { fail, ok, type Result } from '../../result';
import type { ContactProfile } from '../types';
import type { BodyFormat, CoachMessage, CoachRecipient } from './coachTypes';
import { contactDecode } from './contactDecode';

export interface CoachInput {
  readonly message: CoachMessage;
  readonly contact: ContactProfile | null;
}

/** Longest body accepted (characters): far above any real mail, low enough to bound the work. */
export const BODY_MAX = 500_000;

const ADDRESS_RE = /^[^\s@<>"]+@[^\s@<>"]+$/;
const NAMED_RE = /^\s*"?([^"<]*?)"?\s*<([^<>]+)>\s*$/;
const HTML_HINT_RE = /<\/?(html|body|div|p|br|span|table|blockquote|ul|ol|li|font|b|i|strong|em|a)\b[^>]*>/i;

function recipientDecode(value: unknown, field: string): Result<CoachRecipient> {
  if (typeof value === 'string') {
    const named = NAMED_RE.exec(value);
    const name = named ? (named[1] ?? '').trim() : '';
    const email = (named ? (named[2] ?? '') : value).trim();
    return ADDRESS_RE.test(email) ? ok({ email, name }) : fail(`${field}: not an email address: "${value}"`);
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>;
    const email = obj['email'];
    const name = obj['name'] ?? '';
    if (typeof email !== 'string' || !ADDRESS_RE.test(email.trim()))
      return fail(`${field}.email: not an email address`);
    if (typeof name !== 'string') return fail(`${field}.name: expected a string`);
    return ok({ email: email.trim(), name: name.trim() });
  }
  return fail(`${field}: expected "Name <address>", an address, or { "email", "name" }`);
}

function recipientsDecode(value: unknown, field: string, optional: boolean): Result<CoachRecipient[]> {
  if (value === undefined && optional) return ok([]);
  if (!Array.isArray(value)) return fail(`${field}: expected an array of recipients`);
  const out: CoachRecipient[] = [];
  for (const [i, item] of value.entries()) {
    const one = recipientDecode(item, `${field}[${i}]`);
    if (!one.ok) return one;
    out.push(one.value);
  }
  return ok(out);
}

/** Whether a body looks like HTML (when the caller did not say). */
export function bodyLooksHtml(body: string): boolean {
  return HTML_HINT_RE.test(body);
}

/** Validates the coach's JSON input; bodyFormat defaults to what the body looks like. */
export function coachInputDecode(json: unknown): Result<CoachInput> {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return fail('message: expected an object');
  const obj = json as Record<string, unknown>;
  const subject = obj['subject'];
  if (typeof subject !== 'string') return fail('subject: expected a string');
  const body = obj['body'];
  if (typeof body !== 'string') return fail('body: expected a string');
  if (body.length > BODY_MAX) return fail(`body: longer than ${BODY_MAX} characters`);
  const to = recipientsDecode(obj['to'], 'to', false);
  if (!to.ok) return to;
  const cc = recipientsDecode(obj['cc'], 'cc', true);
  if (!cc.ok) return cc;
  const format = obj['bodyFormat'];
  if (format !== undefined && format !== 'text' && format !== 'html')
    return fail('bodyFormat: expected "text" or "html"');
  const composeType = obj['composeType'];
  if (
    composeType !== undefined &&
    composeType !== 'new' &&
    composeType !== 'reply' &&
    composeType !== 'forward'
  ) {
    return fail('composeType: expected "new", "reply" or "forward"');
  }
  let contact: ContactProfile | null = null;
  if (obj['contact'] !== undefined && obj['contact'] !== null) {
    const decoded = contactDecode(obj['contact']);
    if (!decoded.ok) return decoded;
    contact = decoded.value;
  }
  const bodyFormat: BodyFormat = format ?? (bodyLooksHtml(body) ? 'html' : 'text');
  const message: CoachMessage = {
    subject,
    to: to.value,
    cc: cc.value,
    body,
    bodyFormat,
    ...(composeType === undefined ? {} : { composeType: composeType }),
  };
  return ok({ message, contact });
}
