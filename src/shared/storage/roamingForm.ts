/**
 * The form in which records live in the store: what decode(encode(x)) gives back. Subjects are
 * shortened to SUBJECT_MAX, instants are whole minutes, weekday lists sorted and unique, profile
 * emails lower case, and a follow-up's long ids (conversationId, internetMessageId, sentItemId) are
 * replaced by their keys (they stay on the message's own record).
 */
import type { ContactProfile, FollowUp, Settings } from '../domain/types';
import type { Result } from '../result';
import { fail, ok } from '../result';
import { BitReader, BitsError, BitWriter } from './bits';
import { EncodeError } from './fieldBits';
import { followUpRead, followUpWrite } from './followUpBits';
import { idKey } from './idKey';
import { profileRead, profileWrite } from './profileBits';
import { settingsRead, settingsWrite } from './settingsBits';
import { INLINE_IN, INLINE_OUT } from './stringRefs';

/** Longest subject roaming settings keep (characters); longer ones end with "…". */
export const SUBJECT_MAX = 48;

/** The subject as stored: whitespace collapsed, at most SUBJECT_MAX characters. */
export function subjectShorten(subject: string): string {
  const single = subject.replace(/\s+/g, ' ').trim();
  return single.length <= SUBJECT_MAX ? single : `${single.slice(0, SUBJECT_MAX - 1).trimEnd()}…`;
}

function roundTrip<T>(value: T, write: (w: BitWriter, v: T) => void, read: (r: BitReader) => T): Result<T> {
  try {
    const w = new BitWriter();
    write(w, value);
    return ok(read(new BitReader(w.bits)));
  } catch (error: unknown) {
    if (error instanceof EncodeError || error instanceof BitsError) return fail(error.message);
    if (error instanceof TypeError) return fail(`a required field is missing (${error.message})`);
    throw error;
  }
}

/** A follow-up as roaming settings keep it, or why it cannot be stored. */
export function followUpRoamingForm(f: FollowUp): Result<FollowUp> {
  if (typeof f.id !== 'string' || f.id.length === 0) return fail('follow-up id: is missing');
  const { conversationId, internetMessageId, sentItemId: _sentItemId, ...rest } = f;
  const shaped: FollowUp = {
    ...rest,
    subject: typeof f.subject === 'string' ? subjectShorten(f.subject) : f.subject,
    ...(conversationId !== undefined && { conversationKey: idKey(conversationId) }),
    ...(internetMessageId !== undefined && { messageKey: idKey(internetMessageId) }),
  };
  return roundTrip(
    shaped,
    (w, v) => followUpWrite(w, v, INLINE_OUT, false),
    (r) => followUpRead(r, INLINE_IN),
  );
}

/** A follow-up as its message's record keeps it (long ids included). */
export function followUpItemForm(f: FollowUp): Result<FollowUp> {
  return roundTrip(
    { ...f, subject: typeof f.subject === 'string' ? subjectShorten(f.subject) : f.subject },
    (w, v) => followUpWrite(w, v, INLINE_OUT, true),
    (r) => followUpRead(r, INLINE_IN),
  );
}

/** A profile as stored (email in lower case), or why it cannot be stored. */
export function profileRoamingForm(p: ContactProfile): Result<ContactProfile> {
  if (typeof p.email !== 'string' || !p.email.includes('@'))
    return fail('profile email: is not an email address');
  return roundTrip(
    { ...p, email: p.email.trim().toLowerCase() },
    (w, v) => profileWrite(w, v, INLINE_OUT),
    (r) => profileRead(r, INLINE_IN),
  );
}

/** Settings as stored, or why they cannot be stored. */
export function settingsRoamingForm(s: Settings): Result<Settings> {
  return roundTrip(s, settingsWrite, settingsRead);
}
