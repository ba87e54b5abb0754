import { DANA, findingOf, JOE, message, MIKE } from '../coachFixtures';

const rest = ' Mike, great to meet you. Would a call next Tuesday work for you?';

describe('recipients.introducer', () => {
  it('names the introducer still on Cc or To', () => {
    expect(
      findingOf(
        'recipients.introducer',
        message(`Thanks for the introduction, Joe.${rest}`, { to: [MIKE], cc: [JOE] }),
      ),
    ).toMatchObject({
      severity: 'suggestion',
      reason:
        'You thank Joe Park for the introduction and they are still on Cc: move them to Bcc so they see you followed up without the rest of the thread.',
      excerpts: ['Joe'],
    });
    const onTo = findingOf(
      'recipients.introducer',
      message(`Joe, thank you so much for connecting us!${rest}`, { to: [JOE, MIKE] }),
    );
    expect(onTo?.reason).toContain('still on To:');
  });

  it('picks the name nearest the thanks when the sentence names both', () => {
    const f = findingOf(
      'recipients.introducer',
      message('Great to meet you Mike, and thanks for the intro Joe.', { to: [MIKE], cc: [JOE] }),
    );
    expect(f?.excerpts).toEqual(['Joe']);
  });

  it('is quiet when the introducer has left the thread, or the message goes only to them', () => {
    expect(
      findingOf(
        'recipients.introducer',
        message(`Thanks for the intro, Joe (moving you to Bcc).${rest}`, { to: [MIKE] }),
      ),
    ).toBeUndefined();
    expect(
      findingOf(
        'recipients.introducer',
        message(`Thanks for the intro, Joe.${rest}`, { to: [MIKE], cc: [DANA] }),
      ),
    ).toBeUndefined();
    expect(
      findingOf(
        'recipients.introducer',
        message('Thanks for the introduction to your team, Dana.', { to: [DANA] }),
      ),
    ).toBeUndefined();
  });

  it('asks in general when it cannot tell who the introducer is', () => {
    const unnamed = findingOf(
      'recipients.introducer',
      message(`Thank you for the introduction!${rest}`, { to: [MIKE], cc: [JOE] }),
    );
    expect(unnamed?.reason).toMatch(/^You thank someone for an introduction/);
    const addressOnly = message(`Thanks for putting us in touch, Joe.${rest}`, {
      to: [MIKE],
      cc: [{ email: 'jp@woodgrove.example', name: '' }],
    });
    expect(findingOf('recipients.introducer', addressOnly)?.reason).toMatch(/^You thank someone/);
  });

  it('is quiet without thanks for an introduction', () => {
    expect(
      findingOf(
        'recipients.introducer',
        message(`Thanks for the call, Joe.${rest}`, { to: [MIKE], cc: [JOE] }),
      ),
    ).toBeUndefined();
  });
});
