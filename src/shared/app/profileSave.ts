/**
 * Saving a contact's preferences from the pane: validated field by field (the reason names the
 * field), stored, and the plans they time re-placed in the new windows.
 */
import { contactValidate } from '../domain/contactValidate';
import type { ContactProfile, FollowUp, Instant } from '../domain/types';
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { Store } from '../storage/store';
import { plansReplan } from './plansReplan';

export function profileSave(
  store: Store,
  input: unknown,
  now: Instant,
): Result<{ readonly profile: ContactProfile; readonly moved: readonly FollowUp[] }> {
  const valid = contactValidate(input, { field: 'contact' });
  if (!valid.ok) return valid;
  const stored = store.upsertProfile(valid.value);
  if (!stored.ok) return fail(stored.reason.message);
  const email = valid.value.email.toLowerCase();
  const moved = plansReplan(store, now, (f) => f.recipients[0]?.email.toLowerCase() === email);
  return ok({ profile: store.profile(email) ?? valid.value, moved });
}
