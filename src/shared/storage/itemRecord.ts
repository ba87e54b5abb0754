/**
 * The follow-up record carried by its own message, in the item's custom properties. Outlook allows
 * 2,500 characters for all of an add-in's custom properties on an item, counted as
 * JSON.stringify(properties).length when saving (office-js 1.1.110, saveCustomProperties: it throws
 * ArgumentOutOfRange past that). The value is ASCII-packed (one character each in that count), keeps
 * the long ids roaming settings only hash, and carries the update stamp for the repair rule.
 */
import type { FollowUp } from '../domain/types';
import type { Result } from '../result';
import { fail, ok } from '../result';
import { BitReader, BitsError, BitWriter } from './bits';
import { EncodeError } from './fieldBits';
import { followUpRead, followUpWrite } from './followUpBits';
import { MAX_PAD_BITS, recordFrame, recordUnframe } from './recordFrame';
import type { Stamped } from './snapshot';
import type { Stamp } from './stamp';
import { stampRead, stampWrite } from './stamp';
import { INLINE_IN, INLINE_OUT } from './stringRefs';
import { PACKINGS } from './textPacking';

/** The custom property that holds the record. */
export const ITEM_PROPERTY = 'rp';
/** Characters for all of the add-in's custom properties on one item. */
export const ITEM_PROPERTIES_QUOTA = 2500;
/** What the record may use when it is the only property: {"rp":"…"} costs 9 characters around it. */
export const ITEM_VALUE_BUDGET = ITEM_PROPERTIES_QUOTA - JSON.stringify({ [ITEM_PROPERTY]: '' }).length;

const PREFIX = 'I1a~';
const TAG = 0x4901;

export interface ItemRecordEncoded {
  readonly text: string;
  /** History entries left out to fit the budget (oldest first). */
  readonly trimmedHistory: number;
}

function encodeOnce(f: FollowUp, stamp: Stamp): string {
  const w = new BitWriter();
  stampWrite(w, stamp, `follow-up ${f.id} stamp`);
  followUpWrite(w, f, INLINE_OUT, true);
  return PREFIX + recordFrame(w.bits, TAG, PACKINGS.a);
}

/** Encodes a follow-up for its message; trims the oldest history to fit `budget` characters. */
export function itemRecordEncode(
  f: FollowUp,
  stamp: Stamp,
  budget = ITEM_VALUE_BUDGET,
): Result<ItemRecordEncoded> {
  try {
    for (let trimmed = 0; trimmed <= f.history.length; trimmed += 1) {
      const text = encodeOnce({ ...f, history: f.history.slice(trimmed) }, stamp);
      if (text.length <= budget) return ok({ text, trimmedHistory: trimmed });
    }
    return fail(
      `follow-up ${f.id}: its record needs more than the ${budget} characters a message can carry; shorten the step outcomes`,
    );
  } catch (error: unknown) {
    if (error instanceof EncodeError || error instanceof BitsError) return fail(error.message);
    throw error;
  }
}

/** Decodes a message's record (anything read from its custom properties). Never throws. */
export function itemRecordDecode(value: unknown): Result<Stamped<FollowUp>> {
  if (value === undefined || value === null) return fail('the message has no ReachPlan record');
  if (typeof value !== 'string' || !value.startsWith('I'))
    return fail('the message record is not in a ReachPlan format');
  if (!value.startsWith(PREFIX)) return fail('the message record is from another ReachPlan version');
  const bits = recordUnframe(value.slice(PREFIX.length), TAG, PACKINGS.a);
  if (!bits) return fail('the message record is damaged');
  try {
    const r = new BitReader(bits);
    const stamp = stampRead(r);
    const followUp = followUpRead(r, INLINE_IN);
    r.end(MAX_PAD_BITS);
    return ok({ value: followUp, stamp });
  } catch {
    return fail('the message record is damaged');
  }
}
