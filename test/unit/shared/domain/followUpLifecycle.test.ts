import {
  followUpClose,
  followUpNoAnswer,
  followUpPause,
  followUpReplied,
  followUpResume,
  followUpResumeIfDue,
  followUpStop,
} from '../../../../src/shared/domain/followUpLifecycle';
import { followUpStepDone } from '../../../../src/shared/domain/followUpStepAction';
import { context, planned, reason, value } from './followUpFixtures';
import { at, contactOf } from './planFixtures';
import { DAY, HOUR } from './windowOracle';

describe('followUpReplied', () => {
  it('clears the plan, keeps what was done, and records why', () => {
    const sentReminder = value(followUpStepDone(planned(), 0, at('2026-03-10T12:05:00Z'), context)).followUp;
    const now = at('2026-03-11T09:00:00Z');
    const { followUp } = value(
      followUpReplied(sentReminder, now, 'reply from dana@contoso.example, same conversation'),
    );
    expect(followUp.state).toBe('replied');
    expect(followUp.steps.map((s) => s.status)).toEqual(['done']);
    expect(followUp.history.at(-1)).toEqual({
      at: now,
      kind: 'reply',
      note: 'reply from dana@contoso.example, same conversation',
    });
  });

  it('is harmless when repeated, and refused on a stopped follow-up', () => {
    const replied = value(followUpReplied(planned(), at('2026-03-11T09:00:00Z'), 'reply')).followUp;
    expect(value(followUpReplied(replied, at('2026-03-12T09:00:00Z'), 'reply again')).followUp).toBe(replied);
    const stopped = value(
      followUpStop(planned(), { now: at('2026-03-11T09:00:00Z'), cause: 'user' }),
    ).followUp;
    expect(reason(followUpReplied(stopped, at('2026-03-12T09:00:00Z'), 'late'))).toBe(
      'followUp.state: cannot record a reply on a follow-up that is stopped',
    );
  });
});

describe('followUpPause / followUpResume', () => {
  const now = at('2026-03-09T15:00:00Z');
  const until = at('2026-03-24T00:00:00-04:00');

  it('an out-of-office pause moves every planned step after it, keeping the spacing', () => {
    const { followUp } = value(
      followUpPause(planned(), { until, now, cause: 'autoReply', note: 'back on 23 March' }, context),
    );
    expect(followUp.state).toBe('paused');
    expect(followUp.pausedUntil).toBe(until);
    expect(followUp.steps.every((s) => s.dueAt >= until)).toBe(true);
    expect(followUp.steps[1]!.dueAt - followUp.steps[0]!.dueAt).toBeGreaterThanOrEqual(72 * HOUR);
    expect(followUp.history.at(-1)).toEqual({ at: now, kind: 'autoReply', note: 'back on 23 March' });
  });

  it('resuming early re-plans from now', () => {
    const paused = value(followUpPause(planned(), { until, now, cause: 'user' }, context)).followUp;
    const resumeAt = at('2026-03-11T15:00:00Z');
    const { followUp } = value(followUpResume(paused, resumeAt, context));
    expect(followUp.state).toBe('waiting');
    expect(followUp).not.toHaveProperty('pausedUntil');
    // Reminder 1's wait (48 h from sending) is long over: it takes the next window after now (Thu 12 Mar 08:00).
    expect(followUp.steps[0]!.dueAt).toBe(at('2026-03-12T08:00:00-04:00'));
    expect(followUp.history.map((h) => h.kind).slice(-2)).toEqual(['paused', 'resumed']);
  });

  it('resumes by itself once the pause has ended, not before', () => {
    const paused = value(followUpPause(planned(), { until, now, cause: 'autoReply' }, context)).followUp;
    expect(value(followUpResumeIfDue(paused, until - 1, context)).followUp).toBe(paused);
    expect(value(followUpResumeIfDue(paused, until + DAY, context)).followUp.state).toBe('waiting');
  });

  it('refuses a pause that ends in the past and a resume of a waiting follow-up', () => {
    expect(reason(followUpPause(planned(), { until: now - 1, now, cause: 'user' }, context))).toBe(
      'pause.until: must be later than now',
    );
    expect(reason(followUpResume(planned(), now, context))).toBe(
      'followUp.state: cannot resume a follow-up that is waiting',
    );
  });

  it('a contact marked away keeps re-planned steps after their return', () => {
    const away = {
      ...context,
      contact: contactOf({ ...context.contact, status: { kind: 'away', until: '2026-04-01' } }),
    };
    const { followUp } = value(followUpStepDone(planned(), 0, at('2026-03-10T12:05:00Z'), away));
    expect(followUp.steps[1]!.dueAt).toBeGreaterThanOrEqual(at('2026-04-02T00:00:00-04:00'));
  });
});

describe('followUpStop / followUpNoAnswer / followUpClose', () => {
  const now = at('2026-03-11T09:00:00Z');

  it('a bounce stops the follow-up and says so', () => {
    const { followUp } = value(
      followUpStop(planned(), { now, cause: 'bounce', note: 'mailer-daemon: user unknown' }),
    );
    expect(followUp.state).toBe('stopped');
    expect(followUp.steps).toEqual([]);
    expect(followUp.history.at(-1)).toEqual({ at: now, kind: 'bounce', note: 'mailer-daemon: user unknown' });
    expect(value(followUpStop(followUp, { now, cause: 'user' })).followUp).toBe(followUp);
  });

  it('giving up early skips the rest and offers a re-engagement step', () => {
    const { followUp } = value(followUpNoAnswer(planned(), now, context));
    expect(followUp.state).toBe('noAnswer');
    expect(followUp.steps.map((s) => `${s.kind}:${s.status}`)).toEqual([
      'reminder:skipped',
      'reminder:skipped',
      'switch:skipped',
      'reengage:planned',
    ]);
    expect(followUp.steps[3]!.dueAt - now).toBeGreaterThanOrEqual(30 * DAY);
  });

  it('honours the re-engagement delay from settings', () => {
    const { followUp } = value(followUpNoAnswer(planned(), now, { ...context, reengageAfterDays: 60 }));
    expect(followUp.steps[3]!.dueAt - now).toBeGreaterThanOrEqual(60 * DAY);
    expect(followUp.steps[3]!.dueAt - now).toBeLessThan(67 * DAY);
  });

  it('closing removes what is left', () => {
    const { followUp } = value(followUpClose(planned(), now));
    expect(followUp.state).toBe('done');
    expect(followUp.steps).toEqual([]);
    expect(reason(followUpClose(followUp, now))).toBe(
      'followUp.state: cannot close a follow-up that is done',
    );
  });
});
