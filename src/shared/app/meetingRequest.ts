/**
 * A video-call or in-person step: open a meeting request with the contact at their next good slot (the
 * step's planned time, or the next time their windows and the user's hours open when that has passed).
 * The user picks the room or link and sends it; the step is marked done when they log it.
 */
import { historyAppend } from '../domain/followUpHistory';
import { planWindows } from '../domain/planWindows';
import { stepPlace } from '../domain/stepPlace';
import type { Instant } from '../domain/types';
import type { FormsPort } from '../ports';
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { Store } from '../storage/store';
import { formsOpen } from './formsOpen';
import { planContextOf } from './planContextOf';

/** How long the proposed meeting lasts. */
export const MEETING_MINUTES = 30;

export interface MeetingDeps {
  readonly store: Store;
  readonly forms: FormsPort;
}

/** The slot a meeting for step `index` would take at `now` (start and end). */
export function meetingSlot(
  store: Store,
  id: string,
  index: number,
  now: Instant,
): Result<{ readonly start: Instant; readonly end: Instant }> {
  const followUp = store.followUp(id);
  if (!followUp)
    return fail('this follow-up is no longer stored (it may have been removed on another device)');
  const step = followUp.steps[index];
  if (!step || step.status !== 'planned') return fail('this step is not planned any more');
  if (step.channel !== 'video' && step.channel !== 'in-person')
    return fail('only a video-call or in-person step becomes a meeting request');
  const context = planContextOf(store, followUp);
  const start =
    step.dueAt > now ? step.dueAt : stepPlace(planWindows(context.contact, context.user), now).dueAt;
  return ok({ start, end: start + MEETING_MINUTES * 60_000 });
}

/** Opens the meeting request for step `index`; `words` are the pane's (localized) subject and body. */
export function meetingRequest(
  deps: MeetingDeps,
  id: string,
  index: number,
  now: Instant,
  words: { readonly subject: string; readonly body: string; readonly location?: string },
): Result<{ readonly start: Instant }> {
  const slot = meetingSlot(deps.store, id, index, now);
  if (!slot.ok) return slot;
  const followUp = deps.store.followUp(id)!;
  const opened = formsOpen('meeting request', () =>
    deps.forms.newAppointment({
      attendees: followUp.recipients.map((r) => ({ displayName: r.name, emailAddress: r.email })),
      start: slot.value.start,
      end: slot.value.end,
      subject: words.subject,
      body: words.body,
      ...(words.location ? { location: words.location } : {}),
    }),
  );
  if (!opened.ok) return opened;
  deps.store.upsertFollowUp({
    ...followUp,
    history: historyAppend(followUp.history, now, 'drafted', 'meeting request opened'),
  });
  return ok({ start: slot.value.start });
}
