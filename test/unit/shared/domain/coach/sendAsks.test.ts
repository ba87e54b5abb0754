import { sendAsks } from '../../../../../src/shared/domain/coach/sendAsks';

describe('sendAsks', () => {
  it('finds the asks in the new text and the subject', () => {
    expect(
      sendAsks({
        subject: 'Quick question: lunch Tuesday?',
        body: 'Hi Dana,\n\nPlease send the list.\n\nSam',
        bodyFormat: 'text',
      }),
    ).toEqual({ asks: true, questions: 1, requests: 1, first: 'Quick question: lunch Tuesday?' });
  });

  it('says no for a message that asks nothing, whatever the quoted history asks', () => {
    const body =
      'Thanks, the files arrived.\n\nSam\n\n-----Original Message-----\nFrom: Dana\nCould you confirm you got the files?';
    expect(sendAsks({ subject: 'RE: Files', body, bodyFormat: 'text' })).toEqual({
      asks: false,
      questions: 0,
      requests: 0,
      first: null,
    });
  });

  it('ignores courtesy formulas', () => {
    const body = '<p>Please find attached the report.</p><p>Let me know if you have any questions.</p>';
    expect(sendAsks({ subject: 'Q2 report', body, bodyFormat: 'html' }).asks).toBe(false);
  });

  it('reads HTML bodies', () => {
    const body =
      '<div>Hi Dana,</div><div>Could you review section 3 by Friday?</div><div id="appendonsend"></div>';
    expect(sendAsks({ subject: 'Q2 report', body, bodyFormat: 'html' }).first).toBe(
      'Could you review section 3 by Friday?',
    );
  });
});
