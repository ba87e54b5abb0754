import { DANA, findingOf, message, OMAR, prose } from '../coachFixtures';

describe('recipients.toActions', () => {
  const ask = `${prose(40)} Could you send the signed form by Thursday?`;

  it('suggests one person on To: when the message asks for action', () => {
    expect(findingOf('recipients.toActions', message(ask, { to: [DANA, OMAR] }))).toMatchObject({
      severity: 'suggestion',
      reason:
        '2 people on To: (Dana, Omar) and you ask for action: keep the one who should act on To: and move the others to Cc.',
    });
  });

  it('is quiet with one person on To: (others on Cc) or when nothing is asked', () => {
    expect(findingOf('recipients.toActions', message(ask, { to: [DANA], cc: [OMAR] }))).toBeUndefined();
    expect(findingOf('recipients.toActions', message(prose(40), { to: [DANA, OMAR] }))).toBeUndefined();
  });

  it('shortens a long To: line and uses the address when there is no name', () => {
    const many = [DANA, OMAR, { email: 'x@y.example', name: '' }, { email: 'z@y.example', name: 'Zoe' }];
    expect(findingOf('recipients.toActions', message(ask, { to: many }))?.reason).toMatch(
      /^4 people on To: \(Dana, Omar, x@y\.example…\)/,
    );
  });
});
