import { DateTime } from 'luxon';
import {
  followUpStepDone,
  followUpStepSkip,
  followUpStepSnooze,
  OUTCOME_MAX,
} from '../../../../src/shared/domain/followUpStepAction';
import { context, planned, reason, value } from './followUpFixtures';
import { at } from './planFixtures';
import { HOUR, DAY } from './windowOracle';

const ny = (ms: number): string | null =>
  DateTime.fromMillis(ms, { zone: 'America/New_York' }).toISO({ suppressMilliseconds: true });

describe('followUpStepDone', () => {
  it('re-plans the rest from the actual (late) action time, keeping the ladder spacing', () => {
    const now = at('2026-03-14T15:00:00Z'); // reminder 1 sent four days late, on a Saturday
    const { followUp } = value(followUpStepDone(planned(), 0, now, context));
    expect(followUp.steps[0]).toMatchObject({ status: 'done', doneAt: now });
    // +72 h is Tue 17 Mar 11:00 New York, after the 08:00–10:00 window: Wednesday 08:00.
    expect(ny(followUp.steps[1]!.dueAt)).toBe('2026-03-18T08:00:00-04:00');
    expect(followUp.steps[1]!.dueAt - now).toBeGreaterThanOrEqual(72 * HOUR);
    expect(followUp.steps[2]!.dueAt - followUp.steps[1]!.dueAt).toBeGreaterThanOrEqual(48 * HOUR);
    expect(ny(followUp.steps[2]!.dueAt)).toBe('2026-03-24T08:00:00-04:00');
    expect(followUp.history.at(-1)).toEqual({ at: now, kind: 'stepDone', note: 'Reminder 1' });
    expect(followUp.state).toBe('waiting');
  });

  it('an early action moves the next step earlier too (spacing from the action)', () => {
    const now = at('2026-03-09T10:00:00Z'); // the day before it was due
    const { followUp } = value(followUpStepDone(planned(), 0, now, context));
    // +72 h is Thu 12 Mar 06:00 New York: the window opens at 08:00 (planned: Tue 17 Mar).
    expect(ny(followUp.steps[1]!.dueAt)).toBe('2026-03-12T08:00:00-04:00');
  });

  it('records a call with its outcome, and refuses an overlong one', () => {
    const f = planned();
    const now = at('2026-03-19T12:30:00Z');
    const { followUp } = value(followUpStepDone(f, 2, now, context, '  Left a voicemail  '));
    expect(followUp.steps[2]).toMatchObject({ status: 'done', outcome: 'Left a voicemail' });
    expect(
      followUp.history.some((h) => h.kind === 'called' && h.note === 'Switch to phone: Left a voicemail'),
    ).toBe(true);
    expect(reason(followUpStepDone(f, 2, now, context, 'x'.repeat(OUTCOME_MAX + 1)))).toContain(
      'outcome: is 201 characters long',
    );
  });

  it('acting on a later step skips the earlier ones; the last ladder step turns the follow-up to noAnswer with a re-engagement step', () => {
    const now = at('2026-03-12T13:00:00Z');
    const { followUp } = value(followUpStepDone(planned(), 2, now, context));
    expect(followUp.steps.map((s) => s.status)).toEqual(['skipped', 'skipped', 'done', 'planned']);
    expect(followUp.state).toBe('noAnswer');
    const reengage = followUp.steps[3]!;
    expect(reengage).toMatchObject({ kind: 'reengage', channel: 'email', relaxed: [] });
    expect(reengage.dueAt - now).toBeGreaterThanOrEqual(30 * DAY);
    expect(ny(reengage.dueAt)).toBe('2026-04-14T08:00:00-04:00');
    expect(followUp.history.map((h) => h.kind).slice(-2)).toEqual(['called', 'noAnswer']);
  });

  it('finishing the re-engagement closes the follow-up', () => {
    const last = value(followUpStepDone(planned(), 2, at('2026-03-12T13:00:00Z'), context)).followUp;
    const { followUp } = value(followUpStepDone(last, 3, at('2026-04-14T12:10:00Z'), context));
    expect(followUp.state).toBe('done');
    expect(followUp.steps.every((s) => s.status !== 'planned')).toBe(true);
  });

  it('refuses steps that are not planned, or not there', () => {
    const done = value(followUpStepDone(planned(), 0, at('2026-03-10T12:05:00Z'), context)).followUp;
    expect(reason(followUpStepDone(done, 0, at('2026-03-10T13:00:00Z'), context))).toBe(
      'followUp.steps[0]: cannot mark done a step that is done',
    );
    expect(reason(followUpStepDone(done, 7, at('2026-03-10T13:00:00Z'), context))).toBe(
      'followUp.steps[7]: no such step (3 steps)',
    );
    expect(reason(followUpStepDone({ ...done, state: 'replied' }, 1, 0, context))).toBe(
      'followUp.state: cannot mark done a follow-up that is replied',
    );
  });
});

describe('followUpStepSkip', () => {
  it('keeps the next step spaced from the skipped step when skipped ahead of time', () => {
    const f = planned();
    const { followUp } = value(followUpStepSkip(f, 0, at('2026-03-09T09:00:00Z'), context));
    expect(followUp.steps[0]!.status).toBe('skipped');
    expect(followUp.steps[1]!.dueAt).toBe(f.steps[1]!.dueAt);
    expect(followUp.history.at(-1)).toMatchObject({ kind: 'stepSkipped', note: 'Reminder 1' });
  });

  it('counts from the skip when it came late', () => {
    const now = at('2026-03-14T15:00:00Z');
    const { followUp } = value(followUpStepSkip(planned(), 0, now, context));
    expect(followUp.steps[1]!.dueAt - now).toBeGreaterThanOrEqual(72 * HOUR);
  });
});

describe('followUpStepSnooze', () => {
  it('puts the step exactly where the user said and keeps the spacing after it', () => {
    const until = at('2026-03-11T19:45:00Z'); // outside the windows: the user's choice wins
    const { followUp } = value(followUpStepSnooze(planned(), 0, until, at('2026-03-10T12:00:00Z'), context));
    expect(followUp.steps[0]).toMatchObject({ dueAt: until, snoozedUntil: until, relaxed: [] });
    expect(followUp.steps[1]!.dueAt - until).toBeGreaterThanOrEqual(72 * HOUR);
    expect(followUp.history.at(-1)).toMatchObject({ kind: 'snoozed', note: 'Reminder 1' });
  });

  it('keeps one history line for repeated snoozes', () => {
    let f = planned();
    for (let i = 1; i <= 5; i += 1) {
      f = value(
        followUpStepSnooze(f, 0, at('2026-03-10T12:00:00Z') + i * HOUR, at('2026-03-10T11:00:00Z'), context),
      ).followUp;
    }
    expect(f.history.map((h) => h.kind)).toEqual(['sent', 'snoozed']);
    expect(f.steps[0]!.dueAt).toBe(at('2026-03-10T17:00:00Z'));
  });

  it('refuses a snooze into the past', () => {
    expect(
      reason(
        followUpStepSnooze(planned(), 0, at('2026-03-10T11:00:00Z'), at('2026-03-10T12:00:00Z'), context),
      ),
    ).toBe('snooze.until: must be later than now');
  });
});
