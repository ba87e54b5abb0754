/** When a follow-up counts as finished, for retention and compaction. */
import type { FollowUp } from '../domain/types';

const DAY_MS = 86_400_000;

function lastActivity(f: FollowUp): number {
  let at = f.sentAt;
  for (const entry of f.history) at = Math.max(at, entry.at);
  for (const step of f.steps) if (step.doneAt !== undefined) at = Math.max(at, step.doneAt);
  return at;
}

/**
 * The instant a follow-up finished, or null while it is active. Replied, stopped and done finish at
 * their last activity; noAnswer finishes once its re-engagement is past (its reengage step is done,
 * skipped or due before `now`; without one, `reengageAfterDays` after its last activity).
 */
export function followUpFinishedAt(f: FollowUp, now: number, reengageAfterDays: number): number | null {
  if (f.state === 'waiting' || f.state === 'paused') return null;
  const last = lastActivity(f);
  if (f.state !== 'noAnswer') return last;
  const reengage = f.steps.filter((step) => step.kind === 'reengage');
  if (reengage.length > 0) {
    const pending = reengage.filter((step) => step.status === 'planned' && step.dueAt > now);
    if (pending.length > 0) return null;
    return Math.max(last, ...reengage.map((step) => step.doneAt ?? step.dueAt));
  }
  const past = last + reengageAfterDays * DAY_MS;
  return past <= now ? past : null;
}
