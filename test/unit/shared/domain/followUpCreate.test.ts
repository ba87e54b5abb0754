import { followUpCreate } from '../../../../src/shared/domain/followUpCreate';
import { DateTime } from 'luxon';
import { context, planned, reason, SENT, value } from './followUpFixtures';
import { contactOf } from './planFixtures';

const ny = (ms: number): string | null =>
  DateTime.fromMillis(ms, { zone: 'America/New_York' }).toISO({ suppressMilliseconds: true });
const seed = {
  id: 'f-1',
  subject: 'Proposal',
  recipients: [{ email: 'dana@contoso.example', name: 'Dana' }],
  sentAt: SENT,
  ladder: 'prompt' as const,
};

describe('followUpCreate', () => {
  it('plans the ladder from the send time and starts a one-line history', () => {
    const followUp = planned();
    expect(followUp).toMatchObject({
      id: 'f-1',
      subject: 'Proposal for Q2',
      conversationId: 'conv-1',
      state: 'waiting',
      ladder: 'prompt',
    });
    expect(followUp.steps.map((s) => [s.kind, s.channel, ny(s.dueAt), s.status])).toEqual([
      ['reminder', 'email', '2026-03-10T08:00:00-04:00', 'planned'],
      ['reminder', 'email', '2026-03-17T08:00:00-04:00', 'planned'],
      ['switch', 'phone', '2026-03-19T08:00:00-04:00', 'planned'],
    ]);
    expect(followUp.history).toEqual([{ at: SENT, kind: 'sent', note: 'prompt ladder, 3 steps' }]);
    expect(followUp).not.toHaveProperty('pausedUntil');
    expect(followUp).not.toHaveProperty('sentItemId');
  });

  it('a moved-on contact gives a stopped follow-up with no steps, and the warning', () => {
    const change = value(
      followUpCreate(seed, { ...context, contact: contactOf({ status: { kind: 'movedOn', since: 0 } }) }),
    );
    expect(change.followUp.state).toBe('stopped');
    expect(change.followUp.steps).toEqual([]);
    expect(change.followUp.history.map((h) => h.kind)).toEqual(['sent', 'movedOn']);
    expect(change.warnings.map((w) => w.code)).toEqual(['movedOn']);
  });

  it('passes on the planner warnings', () => {
    const change = value(followUpCreate(seed, { ...context, contact: contactOf({ channels: [] }) }));
    expect(change.warnings.map((w) => w.code)).toEqual(['noOtherChannel']);
  });

  it('refuses a follow-up without a token, recipients or send time', () => {
    expect(reason(followUpCreate({ ...seed, id: ' ' }, context))).toBe('followUp.id: is empty');
    expect(reason(followUpCreate({ ...seed, recipients: [] }, context))).toBe(
      'followUp.recipients: nobody to wait for',
    );
    expect(reason(followUpCreate({ ...seed, sentAt: Number.NaN }, context))).toBe(
      'followUp.sentAt: is not an instant',
    );
  });
});
