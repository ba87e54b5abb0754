/**
 * Saving the user's settings from the pane: the schedule and ladder fields are validated (reasons
 * name the field), the settings stored, and waiting plans re-placed when the working pattern changed.
 */
import { settingsPlanValidate } from '../domain/settingsPlanValidate';
import type { FollowUp, Instant, Settings } from '../domain/types';
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { Store } from '../storage/store';
import { plansReplan } from './plansReplan';

export function settingsSave(
  store: Store,
  settings: Settings,
  now: Instant,
): Result<{ readonly settings: Settings; readonly moved: readonly FollowUp[] }> {
  const valid = settingsPlanValidate(settings);
  if (!valid.ok) return valid;
  const before = store.settings().user;
  const stored = store.updateSettings({ ...settings, ...valid.value });
  if (!stored.ok) return fail(stored.reason.message);
  const scheduleChanged = JSON.stringify(before) !== JSON.stringify(store.settings().user);
  const moved = scheduleChanged ? plansReplan(store, now, () => true) : [];
  return ok({ settings: store.settings(), moved });
}
