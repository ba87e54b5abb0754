import { subjectForResponse, subjectNormalized } from '../../../../workbench/shared/subjectPrefix';

describe('subjectPrefix', () => {
  it.each([
    ['RE: Renewal', 'Renewal'],
    ['Re: FW: re: Renewal', 'Renewal'],
    ['AW: WG: Angebot', 'Angebot'],
    ['Re[2]: Quote', 'Quote'],
    ['Automatic reply: Quote', 'Automatic reply: Quote'],
    ['Regarding the quote', 'Regarding the quote'],
  ])('normalizes %j to %j', (subject, normalized) => {
    expect(subjectNormalized(subject)).toBe(normalized);
  });

  it('prefixes replies with RE: and forwards with FW:, once', () => {
    expect(subjectForResponse('reply', 'RE: Quote')).toBe('RE: Quote');
    expect(subjectForResponse('replyAll', 'Quote')).toBe('RE: Quote');
    expect(subjectForResponse('forward', 'RE: Quote')).toBe('FW: Quote');
  });
});
