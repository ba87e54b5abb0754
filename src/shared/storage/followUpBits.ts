/**
 * The bits of one follow-up. Times are minutes: sentAt absolute, every other time relative to sentAt.
 * In roaming settings the long ids are replaced by their idKey (conversationKey, messageKey); the
 * item record (`full`) keeps conversationId, internetMessageId and sentItemId as well.
 */
import type { FollowUp, HistoryEntry, Step, TrackedRecipient } from '../domain/types';
import type { BitReader, BitWriter } from './bits';
import { BitsError } from './bits';
import {
  CHANNEL_CODES,
  countRead,
  countWrite,
  deltaRead,
  deltaWrite,
  EncodeError,
  HISTORY_CODES,
  ladderRead,
  ladderWrite,
  minuteRead,
  minuteWrite,
  optionalRead,
  optionalWrite,
  relaxationsRead,
  relaxationsWrite,
  STATE_CODES,
  STEP_KIND_CODES,
  STEP_STATUS_CODES,
} from './fieldBits';
import { idKeyNumber, idKeyOfNumber, idKeyValid } from './idKey';
import type { StringsIn, StringsOut } from './stringRefs';
import { textRead, textWrite } from './textBits';

const MAX_RECIPIENTS = 50;
const MAX_STEPS = 16;
const MAX_HISTORY = 200;

function keyWrite(w: BitWriter, key: string, field: string): void {
  if (!idKeyValid(key)) throw new EncodeError(field, 'is not a key made by idKey');
  w.uint(idKeyNumber(key), 40);
}

function stepWrite(w: BitWriter, step: Step, sentAt: number, field: string): void {
  STEP_KIND_CODES.write(w, step.kind, `${field}.kind`);
  CHANNEL_CODES.write(w, step.channel, `${field}.channel`);
  STEP_STATUS_CODES.write(w, step.status, `${field}.status`);
  deltaWrite(w, step.dueAt, sentAt, `${field}.dueAt`);
  relaxationsWrite(w, step.relaxed, `${field}.relaxed`);
  optionalWrite(w, step.doneAt, (at) => deltaWrite(w, at, sentAt, `${field}.doneAt`));
  optionalWrite(w, step.snoozedUntil, (at) => deltaWrite(w, at, sentAt, `${field}.snoozedUntil`));
  optionalWrite(w, step.outcome, (text) => textWrite(w, text));
}

function stepRead(r: BitReader, sentAt: number): Step {
  const kind = STEP_KIND_CODES.read(r);
  const channel = CHANNEL_CODES.read(r);
  const status = STEP_STATUS_CODES.read(r);
  const dueAt = deltaRead(r, sentAt);
  const relaxed = relaxationsRead(r);
  const doneAt = optionalRead(r, () => deltaRead(r, sentAt));
  const snoozedUntil = optionalRead(r, () => deltaRead(r, sentAt));
  const outcome = optionalRead(r, () => textRead(r));
  return {
    kind,
    channel,
    dueAt,
    status,
    ...(doneAt !== undefined && { doneAt }),
    ...(outcome !== undefined && { outcome }),
    relaxed,
    ...(snoozedUntil !== undefined && { snoozedUntil }),
  };
}

function historyWrite(w: BitWriter, entry: HistoryEntry, sentAt: number, field: string): void {
  HISTORY_CODES.write(w, entry.kind, `${field}.kind`);
  deltaWrite(w, entry.at, sentAt, `${field}.at`);
  optionalWrite(w, entry.note, (note) => textWrite(w, note));
}

function historyRead(r: BitReader, sentAt: number): HistoryEntry {
  const kind = HISTORY_CODES.read(r);
  const at = deltaRead(r, sentAt);
  const note = optionalRead(r, () => textRead(r));
  return { at, kind, ...(note !== undefined && { note }) };
}

function recipientsWrite(
  w: BitWriter,
  list: readonly TrackedRecipient[],
  strings: StringsOut,
  field: string,
): void {
  countWrite(w, list.length, MAX_RECIPIENTS, 2, `${field} count`);
  list.forEach((recipient, i) => {
    if (typeof recipient.email !== 'string' || typeof recipient.name !== 'string') {
      throw new EncodeError(`${field}[${i}]`, 'needs an email and a name');
    }
    strings.write(w, recipient.email);
    strings.write(w, recipient.name);
  });
}

function recipientsRead(r: BitReader, strings: StringsIn): TrackedRecipient[] {
  const count = countRead(r, MAX_RECIPIENTS, 2);
  const list: TrackedRecipient[] = [];
  for (let i = 0; i < count; i += 1) list.push({ email: strings.read(r), name: strings.read(r) });
  return list;
}

function textField(value: unknown, field: string): string {
  if (typeof value !== 'string') throw new EncodeError(field, 'must be text');
  return value;
}

/** Writes a follow-up's fields. */
export function followUpWrite(w: BitWriter, f: FollowUp, strings: StringsOut, full: boolean): void {
  const field = `follow-up ${String(f.id)}`;
  textWrite(w, textField(f.id, `${field} id`));
  textWrite(w, textField(f.subject, `${field} subject`));
  recipientsWrite(w, f.recipients, strings, `${field} recipients`);
  minuteWrite(w, f.sentAt, `${field} sentAt`);
  optionalWrite(w, f.conversationKey, (key) => keyWrite(w, key, `${field} conversationKey`));
  optionalWrite(w, f.messageKey, (key) => keyWrite(w, key, `${field} messageKey`));
  optionalWrite(w, f.pausedUntil, (at) => deltaWrite(w, at, f.sentAt, `${field} pausedUntil`));
  w.bool(full);
  if (full) {
    for (const [name, value] of [
      ['conversationId', f.conversationId],
      ['internetMessageId', f.internetMessageId],
      ['sentItemId', f.sentItemId],
    ] as const) {
      optionalWrite(w, value, (text) => textWrite(w, textField(text, `${field} ${name}`)));
    }
  }
  ladderWrite(w, f.ladder, `${field} ladder`);
  STATE_CODES.write(w, f.state, `${field} state`);
  countWrite(w, f.steps.length, MAX_STEPS, 2, `${field} step count`);
  f.steps.forEach((step, i) => stepWrite(w, step, f.sentAt, `${field} step ${i + 1}`));
  countWrite(w, f.history.length, MAX_HISTORY, 3, `${field} history count`);
  f.history.forEach((entry, i) => historyWrite(w, entry, f.sentAt, `${field} history ${i + 1}`));
}

/** Reads a follow-up written by followUpWrite. */
export function followUpRead(r: BitReader, strings: StringsIn): FollowUp {
  const id = textRead(r);
  const subject = textRead(r);
  const recipients = recipientsRead(r, strings);
  const sentAt = minuteRead(r);
  const conversationKey = optionalRead(r, () => idKeyOfNumber(r.uint(40)));
  const messageKey = optionalRead(r, () => idKeyOfNumber(r.uint(40)));
  const pausedUntil = optionalRead(r, () => deltaRead(r, sentAt));
  const full = r.bool();
  const conversationId = full ? optionalRead(r, () => textRead(r)) : undefined;
  const internetMessageId = full ? optionalRead(r, () => textRead(r)) : undefined;
  const sentItemId = full ? optionalRead(r, () => textRead(r)) : undefined;
  const ladder = ladderRead(r);
  const state = STATE_CODES.read(r);
  const stepCount = countRead(r, MAX_STEPS, 2);
  const steps: Step[] = [];
  for (let i = 0; i < stepCount; i += 1) steps.push(stepRead(r, sentAt));
  const historyCount = countRead(r, MAX_HISTORY, 3);
  if (historyCount > r.remaining) throw new BitsError('history longer than its record');
  const history: HistoryEntry[] = [];
  for (let i = 0; i < historyCount; i += 1) history.push(historyRead(r, sentAt));
  return {
    id,
    subject,
    recipients,
    sentAt,
    ...(conversationId !== undefined && { conversationId }),
    ...(conversationKey !== undefined && { conversationKey }),
    ...(internetMessageId !== undefined && { internetMessageId }),
    ...(messageKey !== undefined && { messageKey }),
    ...(sentItemId !== undefined && { sentItemId }),
    ladder,
    steps,
    state,
    ...(pausedUntil !== undefined && { pausedUntil }),
    history,
  };
}
