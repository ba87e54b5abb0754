/** The plan context of a follow-up: its first recipient's profile (or a default) and the user's schedule. */
import type { PlanContext } from '../domain/followUpReplan';
import type { FollowUp } from '../domain/types';
import type { Store } from '../storage/store';
import { profileFor } from './planPreview';

export function planContextOf(store: Store, followUp: Pick<FollowUp, 'recipients'>): PlanContext {
  const settings = store.settings();
  const first = followUp.recipients[0] ?? null;
  return {
    contact: profileFor(first, (e) => store.profile(e), settings).profile,
    user: settings.user,
    reengageAfterDays: settings.reengageAfterDays,
  };
}
