/**
 * The plan a message would get if it were sent now: who it waits on, whose profile times it, and its
 * steps. Used by the compose button (the first reminder's time) and the compose pane.
 */
import { contactDefault } from '../domain/contactDefault';
import { ladderPlan, type LadderPlan } from '../domain/ladderPlan';
import { recipientsTrack, type RecipientSelection } from '../domain/recipientsTrack';
import type { ContactProfile, Instant, LadderChoice, Settings, TrackedRecipient } from '../domain/types';
import type { Recipient } from '../ports';
import type { Result } from '../result';
import { ok } from '../result';

export interface PlanPreview {
  readonly selection: RecipientSelection;
  /** The profile that times the plan (the contact's, or a default in the user's zone). */
  readonly profile: ContactProfile;
  /** True when the contact has no saved profile yet. */
  readonly profileIsDefault: boolean;
  readonly plan: LadderPlan;
}

/** Tracked recipients with the contact first (the follow-up's first recipient times later re-plans). */
export function contactFirst(selection: RecipientSelection): TrackedRecipient[] {
  const contact = selection.contact;
  if (!contact) return [...selection.tracked];
  return [contact, ...selection.tracked.filter((r) => r.email !== contact.email)];
}

/** The profile for a tracked recipient: saved, or a default in the user's zone. */
export function profileFor(
  recipient: TrackedRecipient | null,
  profiles: (email: string) => ContactProfile | undefined,
  settings: Settings,
): { profile: ContactProfile; isDefault: boolean } {
  const fallback: TrackedRecipient = recipient ?? { email: 'unknown@invalid', name: '' };
  const saved = recipient ? profiles(recipient.email) : undefined;
  return saved
    ? { profile: saved, isDefault: false }
    : { profile: contactDefault(fallback, settings.user), isDefault: true };
}

/** Plans a message to `to`/`cc` as if sent at `sentAt`. Refused when nobody can be tracked. */
export function planPreview(
  recipients: { readonly to: readonly Recipient[]; readonly cc: readonly Recipient[] },
  userEmail: string,
  ladder: LadderChoice,
  sentAt: Instant,
  settings: Settings,
  profiles: (email: string) => ContactProfile | undefined,
): Result<PlanPreview> {
  const selection = recipientsTrack(recipients.to, recipients.cc, userEmail);
  if (!selection.ok) return selection;
  const { profile, isDefault } = profileFor(selection.value.contact, profiles, settings);
  const plan = ladderPlan({ sentAt, ladder, contact: profile, user: settings.user });
  return ok({ selection: selection.value, profile, profileIsDefault: isDefault, plan });
}
