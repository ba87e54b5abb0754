import { headersParse as headerBlockParse } from '../../../../src/shared/domain/mailHeaders';

describe('headersParse on raw header blocks', () => {
  it('lower-cases names, unfolds folded lines and joins repeated headers', () => {
    const raw = [
      'Received: from a.example by b.example;',
      '\tSun, 22 Nov 2026 09:00:00 +0000',
      'Received: from c.example by a.example',
      'Auto-Submitted: auto-replied',
      'Subject: Automatic reply:',
      '  Proposal for Contoso',
      'X-Empty:',
    ].join('\r\n');
    expect(headerBlockParse(raw)).toEqual({
      received: 'from a.example by b.example; Sun, 22 Nov 2026 09:00:00 +0000, from c.example by a.example',
      'auto-submitted': 'auto-replied',
      subject: 'Automatic reply: Proposal for Contoso',
      'x-empty': '',
    });
  });

  it('stops at the blank line before the body', () => {
    expect(headerBlockParse('From: a@b.example\n\nNot-A-Header: body text')).toEqual({ from: 'a@b.example' });
  });

  it('skips lines that are not headers instead of failing', () => {
    expect(headerBlockParse('garbage line\n: no name\nBad Name: x\nX-Ok: yes\n continued')).toEqual({
      'x-ok': 'yes continued',
    });
  });

  it('returns an empty map for an empty block', () => {
    expect(headerBlockParse('')).toEqual({});
  });
});
