/**
 * After the user changes a contact's preferences or their own schedule, the planned steps of the
 * follow-ups affected follow the new preferences: each planned ladder step takes the channel the
 * planner's rule gives it now (stepChannels: e.g. phone first when phone became #1), then every
 * planned step is re-timed into the new windows. Done steps stay; nothing moves before `now`.
 */
import { followUpReplan } from '../domain/followUpReplan';
import { stepChannels } from '../domain/stepChannels';
import type { FollowUp, Instant, Step } from '../domain/types';
import type { Store } from '../storage/store';
import { planContextOf } from './planContextOf';

function channelsRechosen(followUp: FollowUp, contact: Parameters<typeof stepChannels>[0]): FollowUp {
  const ladderSteps = followUp.steps.filter((s) => s.kind !== 'reengage').length;
  const chosen = stepChannels(contact, ladderSteps).steps;
  const steps = followUp.steps.map((step, index): Step => {
    const channel = chosen[index];
    if (step.status !== 'planned' || step.kind === 'reengage' || !channel) return step;
    return { ...step, kind: channel.kind, channel: channel.channel };
  });
  return { ...followUp, steps };
}

/** Re-plans the waiting follow-ups `which` selects; returns those whose plan changed. */
export function plansReplan(store: Store, now: Instant, which: (f: FollowUp) => boolean): FollowUp[] {
  const moved: FollowUp[] = [];
  for (const followUp of store.followUps()) {
    if (followUp.state !== 'waiting' || !which(followUp)) continue;
    const context = planContextOf(store, followUp);
    const replanned = followUpReplan(channelsRechosen(followUp, context.contact), context, now).followUp;
    const changed = replanned.steps.some(
      (s, i) => s.dueAt !== followUp.steps[i]?.dueAt || s.channel !== followUp.steps[i]?.channel,
    );
    if (changed && store.upsertFollowUp(replanned).ok) moved.push(replanned);
  }
  return moved;
}
