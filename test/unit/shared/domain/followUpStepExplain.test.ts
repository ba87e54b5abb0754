import { followUpPause } from '../../../../src/shared/domain/followUpLifecycle';
import { followUpStepDone } from '../../../../src/shared/domain/followUpStepAction';
import { followUpStepExplain } from '../../../../src/shared/domain/followUpStepExplain';
import { context, planned, SENT, value } from './followUpFixtures';
import { at } from './planFixtures';

describe('followUpStepExplain', () => {
  it('explains each planned step from the follow-up alone (nothing stored)', () => {
    const f = planned();
    f.steps.forEach((step, index) => {
      const explanation = followUpStepExplain(f, index, context);
      expect(explanation?.dueAt).toBe(step.dueAt);
      expect(explanation?.anchorAt).toBe(index === 0 ? SENT : f.steps[index - 1]!.dueAt);
      expect(explanation?.waitHours).toBe([48, 72, 48][index]);
    });
    expect(followUpStepExplain(f, 3, context)).toBeNull();
  });

  it('counts from the action time after a late action', () => {
    const doneAt = at('2026-03-14T15:00:00Z');
    const f = value(followUpStepDone(planned(), 0, doneAt, context)).followUp;
    expect(followUpStepExplain(f, 1, context)).toMatchObject({
      anchorAt: doneAt,
      earliestAt: doneAt + 72 * 3_600_000,
    });
  });

  it('names the pause when it held a step back, and the re-engagement delay', () => {
    const until = at('2026-03-24T00:00:00-04:00');
    const paused = value(
      followUpPause(planned(), { until, now: at('2026-03-09T15:00:00Z'), cause: 'autoReply' }, context),
    ).followUp;
    const explanation = followUpStepExplain(paused, 0, context);
    expect(explanation).toMatchObject({ notBefore: until, earliestAt: until, dueAt: paused.steps[0]!.dueAt });
    const last = value(followUpStepDone(planned(), 2, at('2026-03-12T13:00:00Z'), context)).followUp;
    expect(followUpStepExplain(last, 3, context)?.waitHours).toBe(30 * 24);
  });
});
