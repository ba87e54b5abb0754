import {
  headerGet,
  headersNormalize,
  headersParse,
  headerStructured,
} from '../../../../src/shared/domain/mailHeaders';

describe('mailHeaders', () => {
  it('parses a raw block: folded lines, lower-case names, repeats joined, body ignored', () => {
    const raw =
      'Received: from a\r\n\tby b\r\nReceived: from c\r\nAuto-Submitted: auto-replied\r\nContent-Type: multipart/report;\r\n report-type=delivery-status\r\n\r\nBody: not a header';
    expect(headersParse(raw)).toEqual({
      received: 'from a by b, from c',
      'auto-submitted': 'auto-replied',
      'content-type': 'multipart/report; report-type=delivery-status',
    });
  });

  it('skips lines that are not headers', () => {
    expect(headersParse('garbage line\nX-Autoreply: yes')).toEqual({ 'x-autoreply': 'yes' });
  });

  it('normalises a map given in any case, with lists', () => {
    expect(headersNormalize({ 'Auto-Submitted': ' auto-replied ', Received: ['a', 'b'] })).toEqual({
      'auto-submitted': 'auto-replied',
      received: 'a, b',
    });
    expect(headerGet({ 'x-autoreply': ' yes ' }, 'X-Autoreply')).toBe('yes');
  });

  it('splits structured values, unquoting parameters', () => {
    expect(headerStructured('Multipart/Report; Report-Type="delivery-status"; boundary="a;b"')).toEqual({
      value: 'multipart/report',
      params: { 'report-type': 'delivery-status', boundary: 'a;b' },
    });
  });
});
