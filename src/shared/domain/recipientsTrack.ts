import { fail, ok, type Result } from '../result';
import { emailAddressNormalize } from './emailAddress';
import type { TrackedRecipient } from './types';

/** A recipient as Office reports it (EmailAddressDetails): every field untrusted, any may be missing. */
export interface RecipientInput {
  readonly displayName?: string | null;
  readonly emailAddress?: string | null;
  /** Office's RecipientType: 'distributionList' | 'user' | 'externalUser' | 'other' (absent in some clients). */
  readonly recipientType?: string | null;
}

/** At most this many recipients are tracked on one follow-up (roaming settings hold every follow-up in 32 KB). */
export const TRACKED_MAX = 10;

export type IgnoredReason = 'noAddress' | 'self' | 'duplicate' | 'overLimit';

export interface RecipientSelection {
  /** Who the plan waits on: a reply from any of them clears it. People first, then lists. */
  readonly tracked: readonly TrackedRecipient[];
  /** The person whose profile times the plan; null when only distribution lists remain. */
  readonly contact: TrackedRecipient | null;
  readonly ignored: readonly {
    readonly line: 'to' | 'cc';
    readonly displayName: string;
    readonly reason: IgnoredReason;
  }[];
  /** Plain-English notes for the user ("tracking 10 of 50 recipients…"). */
  readonly notes: readonly string[];
}

interface Candidate {
  readonly line: 'to' | 'cc';
  readonly recipient: TrackedRecipient;
  readonly list: boolean;
  readonly internal: boolean;
}

const NAME_MAX = 120;

function nameOf(input: RecipientInput, email: string): string {
  const name = (input.displayName ?? '').trim();
  return name === '' ? email : name.slice(0, NAME_MAX);
}

/**
 * Decides who a flagged message waits on and whose profile times its plan (docs/rules.md):
 * - Recipients without a usable SMTP address (empty, X.500, no "@") are ignored, and so is the user
 *   (any of `self`, case-insensitively) and a repeat of an address already seen (To before Cc).
 * - Tracked: the people on To, then the people on Cc, then distribution lists (their members reply
 *   from their own addresses; the list's domain still helps the reply match), at most TRACKED_MAX.
 * - The contact: the first person on To whom Outlook does not mark as internal ('user'), else the
 *   first person on To, else the same choice on Cc. Distribution lists never time a plan: with only
 *   lists, the contact is null and the caller plans with the user's own zone.
 * - Nobody left to track (only yourself, no addresses): refused with a reason.
 * Office's recipientType 'externalUser' is not reliable (a GAL entry saved to a personal address book
 * reports it), so it only breaks ties; 'other' and a missing type count as external.
 */
export function recipientsTrack(
  to: readonly RecipientInput[],
  cc: readonly RecipientInput[],
  self: string | readonly string[],
): Result<RecipientSelection> {
  const selves = new Set((typeof self === 'string' ? [self] : self).map((a) => a.trim().toLowerCase()));
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  const ignored: { line: 'to' | 'cc'; displayName: string; reason: IgnoredReason }[] = [];
  for (const [line, list] of [
    ['to', to],
    ['cc', cc],
  ] as const) {
    for (const input of list) {
      const address = emailAddressNormalize(input.emailAddress ?? '');
      const shown =
        (input.displayName ?? '').trim().slice(0, NAME_MAX) ||
        (input.emailAddress ?? '').trim() ||
        '(no name)';
      if (!address.ok) {
        ignored.push({ line, displayName: shown, reason: 'noAddress' });
        continue;
      }
      const reason: IgnoredReason | null = selves.has(address.value)
        ? 'self'
        : seen.has(address.value)
          ? 'duplicate'
          : null;
      if (reason) {
        ignored.push({ line, displayName: shown, reason });
        continue;
      }
      seen.add(address.value);
      candidates.push({
        line,
        recipient: { email: address.value, name: nameOf(input, address.value) },
        list: input.recipientType === 'distributionList',
        internal: input.recipientType === 'user',
      });
    }
  }
  const ordered = [...candidates.filter((c) => !c.list), ...candidates.filter((c) => c.list)];
  const kept = ordered.slice(0, TRACKED_MAX);
  for (const dropped of ordered.slice(TRACKED_MAX)) {
    ignored.push({ line: dropped.line, displayName: dropped.recipient.name, reason: 'overLimit' });
  }
  if (kept.length === 0) {
    const why = ignored.some((i) => i.reason === 'self')
      ? 'the message goes only to yourself'
      : 'no recipient has an email address';
    return fail(`recipients: nobody to wait for (${why})`);
  }
  const people = kept.filter((c) => !c.list);
  const pick = (line: 'to' | 'cc'): Candidate | undefined =>
    people.find((c) => c.line === line && !c.internal) ?? people.find((c) => c.line === line);
  const contact = (pick('to') ?? pick('cc'))?.recipient ?? null;
  const notes: string[] = [];
  if (ordered.length > TRACKED_MAX) {
    notes.push(
      `Tracking ${TRACKED_MAX} of ${ordered.length} recipients: a reply from any of them clears the plan.`,
    );
  }
  if (contact === null)
    notes.push('Only distribution lists are addressed: the plan follows your own time zone and hours.');
  const noAddress = ignored.filter((i) => i.reason === 'noAddress').length;
  if (noAddress > 0)
    notes.push(
      `${noAddress} recipient${noAddress > 1 ? 's have' : ' has'} no email address and cannot be tracked.`,
    );
  return ok({ tracked: kept.map((c) => c.recipient), contact, ignored, notes });
}
