import { findingOf, message, prose } from '../coachFixtures';

const body = `${prose(60)} Could you confirm Monday?`;

describe('subject.length', () => {
  it.each(['Pilot kickoff next week', 'New pricing model', 'Pricing for the 2027 renewal', 'Renewal quote'])(
    'is quiet for "%s"',
    (subject) => {
      expect(findingOf('subject.length', message(body, { subject }))).toBeUndefined();
    },
  );

  it('warns without a subject, suggests for a long one, notes a very short one', () => {
    expect(findingOf('subject.length', message(body, { subject: '  ' }))?.severity).toBe('warning');
    expect(
      findingOf(
        'subject.length',
        message(body, { subject: 'Notes from our call last week about the new pricing' }),
      ),
    ).toMatchObject({
      severity: 'suggestion',
      reason: '10 words in the subject: 3–4 words get the most replies; keep the topic, drop the rest.',
    });
    expect(findingOf('subject.length', message(body, { subject: 'Pricing' }))?.severity).toBe('info');
  });

  it('leaves replies and forwards alone (their subject is the thread)', () => {
    expect(findingOf('subject.length', message(body, { subject: 'RE: Pricing' }))).toBeUndefined();
    expect(
      findingOf(
        'subject.length',
        message(body, { subject: 'AW: Notes from our call last week about pricing' }),
      ),
    ).toBeUndefined();
    expect(
      findingOf('subject.length', message(body, { subject: 'Pricing', composeType: 'forward' })),
    ).toBeUndefined();
  });
});
