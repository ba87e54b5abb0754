import { followUpAgain } from '../../../../src/shared/domain/followUpAgain';
import type { FollowUp } from '../../../../src/shared/domain/types';

const NOW = Date.UTC(2026, 2, 10, 9, 0);
const DAY = 86_400_000;

const replied: FollowUp = {
  id: 'abcdefghij',
  subject: 'Proposal',
  recipients: [{ email: 'priya@contoso.example', name: 'Priya' }],
  sentAt: NOW - 5 * DAY,
  ladder: 'prompt',
  steps: [
    {
      kind: 'reminder',
      channel: 'email',
      dueAt: NOW - 3 * DAY,
      status: 'done',
      doneAt: NOW - 3 * DAY,
      relaxed: [],
    },
  ],
  state: 'replied',
  history: [
    { at: NOW - 5 * DAY, kind: 'sent' },
    { at: NOW - DAY, kind: 'reply', note: 'reply from priya' },
  ],
};

describe('followUpAgain', () => {
  it('adds one check-in at exactly the chosen time and waits again, keeping what was done', () => {
    const at = NOW + 14 * DAY + 3_600_000;
    const result = followUpAgain(replied, at, NOW);
    if (!result.ok) throw new Error(result.reason);
    const { followUp } = result.value;
    expect(followUp.state).toBe('waiting');
    expect(followUp.steps).toHaveLength(2);
    expect(followUp.steps[0]).toEqual(replied.steps[0]);
    expect(followUp.steps[1]).toEqual({
      kind: 'reengage',
      channel: 'email',
      dueAt: at,
      status: 'planned',
      relaxed: [],
      snoozedUntil: at,
    });
    expect(followUp.history.at(-1)).toEqual({
      at: NOW,
      kind: 'planned',
      note: 'next follow-up date set by you',
    });
  });

  it('refuses a time that is not in the future, and a follow-up still under way', () => {
    expect(followUpAgain(replied, NOW, NOW)).toEqual({
      ok: false,
      reason: 'next.at: must be later than now',
    });
    expect(followUpAgain(replied, Number.NaN, NOW).ok).toBe(false);
    expect(followUpAgain({ ...replied, state: 'waiting' }, NOW + DAY, NOW)).toEqual({
      ok: false,
      reason: 'followUp.state: cannot set a next date on a follow-up that is waiting',
    });
  });

  it('works after the plan ran out or was closed', () => {
    expect(followUpAgain({ ...replied, state: 'noAnswer' }, NOW + DAY, NOW).ok).toBe(true);
    expect(followUpAgain({ ...replied, state: 'done', pausedUntil: NOW }, NOW + DAY, NOW)).toMatchObject({
      ok: true,
      value: { followUp: { state: 'waiting' } },
    });
  });
});
