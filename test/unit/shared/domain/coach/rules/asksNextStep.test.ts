import { findingOf, message, prose } from '../coachFixtures';

describe('asks.nextStep', () => {
  it('is quiet when the ask closes the message', () => {
    expect(findingOf('asks.nextStep', message(`${prose(60)} Could you confirm Monday?`))).toBeUndefined();
    expect(
      findingOf('asks.nextStep', message(`${prose(60)} Could you confirm Monday? Thanks for your help.`)),
    ).toBeUndefined();
  });

  it('suggests moving a buried ask to the end', () => {
    const f = findingOf(
      'asks.nextStep',
      message(`Could you confirm that the new plan works for everyone on your side? ${prose(60)}`),
    );
    expect(f).toMatchObject({
      severity: 'suggestion',
      reason:
        'Your ask is buried mid-message (\u201cCould you confirm that the new plan works for everyone\u2026\u201d): end with it so the next step is the last thing they read.',
    });
  });

  it('notes a new message of 50+ words that asks nothing, but not a reply or a short note', () => {
    expect(findingOf('asks.nextStep', message(prose(60)))?.severity).toBe('info');
    expect(findingOf('asks.nextStep', message(prose(60), { composeType: 'reply' }))).toBeUndefined();
    expect(findingOf('asks.nextStep', message(prose(30)))).toBeUndefined();
  });
});
