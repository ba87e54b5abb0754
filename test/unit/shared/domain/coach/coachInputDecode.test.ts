import {
  bodyLooksHtml,
  BODY_MAX,
  coachInputDecode,
} from '../../../../../src/shared/domain/coach/coachInputDecode';

const VALID = { subject: 'Hi', to: ['Dana Reyes <dana@contoso.example>'], body: 'Hello' };

describe('coachInputDecode', () => {
  it('accepts the three recipient shapes and fills the defaults', () => {
    const decoded = coachInputDecode({
      ...VALID,
      to: [
        'Dana Reyes <dana@contoso.example>',
        '"Reyes, Dana" <d2@contoso.example>',
        'omar@contoso.example',
        { email: ' lee@f.example ' },
      ],
    });
    expect(decoded).toEqual({
      ok: true,
      value: {
        message: {
          subject: 'Hi',
          to: [
            { email: 'dana@contoso.example', name: 'Dana Reyes' },
            { email: 'd2@contoso.example', name: 'Reyes, Dana' },
            { email: 'omar@contoso.example', name: '' },
            { email: 'lee@f.example', name: '' },
          ],
          cc: [],
          body: 'Hello',
          bodyFormat: 'text',
        },
        contact: null,
      },
    });
  });

  it('detects HTML bodies unless told, and keeps composeType', () => {
    const html = coachInputDecode({ ...VALID, body: '<p>Hello</p>', composeType: 'reply' });
    expect(html.ok && html.value.message).toMatchObject({ bodyFormat: 'html', composeType: 'reply' });
    const forced = coachInputDecode({ ...VALID, body: '<p>Hello</p>', bodyFormat: 'text' });
    expect(forced.ok && forced.value.message.bodyFormat).toBe('text');
    expect(bodyLooksHtml('if a < b and c > d')).toBe(false);
  });

  it.each([
    [null, 'message: expected an object'],
    [[], 'message: expected an object'],
    [{ ...VALID, subject: 3 }, 'subject: expected a string'],
    [{ ...VALID, body: undefined }, 'body: expected a string'],
    [{ ...VALID, body: 'x'.repeat(BODY_MAX + 1) }, `body: longer than ${BODY_MAX} characters`],
    [{ ...VALID, to: 'dana@contoso.example' }, 'to: expected an array of recipients'],
    [{ ...VALID, to: ['dana'] }, 'to[0]: not an email address: "dana"'],
    [{ ...VALID, cc: [{ email: 'x@y.z', name: 4 }] }, 'cc[0].name: expected a string'],
    [{ ...VALID, cc: [{ mail: 'x@y.z' }] }, 'cc[0].email: not an email address'],
    [{ ...VALID, cc: [7] }, 'cc[0]: expected "Name <address>", an address, or { "email", "name" }'],
    [{ ...VALID, bodyFormat: 'rtf' }, 'bodyFormat: expected "text" or "html"'],
    [{ ...VALID, composeType: 'draft' }, 'composeType: expected "new", "reply" or "forward"'],
    [{ ...VALID, contact: { email: 'x' } }, 'contact.email: not an email address'],
  ])('refuses %j naming the field', (input, reason) => {
    expect(coachInputDecode(input)).toEqual({ ok: false, reason });
  });
});
