import { findingOf, message, prose } from '../coachFixtures';

describe('asks.many', () => {
  it('is quiet with one ask', () => {
    expect(findingOf('asks.many', message(`${prose(40)} Could you send the plan?`))).toBeUndefined();
  });

  it('counts questions and requests and lists them', () => {
    const f = findingOf(
      'asks.many',
      message(`${prose(40)} Could you send the plan? Please confirm the date.`),
    );
    expect(f).toMatchObject({
      severity: 'suggestion',
      reason:
        '2 asks (1 question, 1 request): a busy reader answers one; keep the one that matters now, or number them.',
      excerpts: ['Could you send the plan?', 'Please confirm the date.'],
    });
  });

  it('warns from four asks', () => {
    const body = `${prose(20)} Can you send the plan? Could you confirm the date? Will you book the room? Please sign the form.`;
    expect(findingOf('asks.many', message(body))?.severity).toBe('warning');
  });

  it('does not count small talk or courtesy formulas', () => {
    const body = `How are you? ${prose(40)} Could you send the plan? Let me know if you have any questions.`;
    expect(findingOf('asks.many', message(body))).toBeUndefined();
  });
});
