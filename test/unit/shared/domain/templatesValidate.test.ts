import { templateParse } from '../../../../src/shared/domain/templatesParse';
import { templateValidate } from '../../../../src/shared/domain/templatesValidate';

function reason(id: Parameters<typeof templateValidate>[0], text: string): string {
  const result = templateValidate(id, text);
  if (result.ok) throw new Error('expected a refusal');
  return result.reason;
}

describe('templateParse', () => {
  it('splits text and placeholders, with positions, and reads doubled braces as literals', () => {
    expect(templateParse('Hi {contactFirstName},\n{{not}} {userName}')).toEqual({
      ok: true,
      value: [
        { kind: 'text', text: 'Hi ' },
        { kind: 'placeholder', name: 'contactFirstName', line: 1, column: 4 },
        { kind: 'text', text: ',\n{not} ' },
        { kind: 'placeholder', name: 'userName', line: 2, column: 9 },
      ],
    });
  });
});

describe('templateValidate', () => {
  it('names an unknown placeholder and lists the known ones', () => {
    expect(reason('preferencesRequest', 'Hi {subject}')).toBe(
      'preferencesRequest: unknown placeholder {subject} at line 1, column 4; this template knows {contactName}, {contactFirstName}, {userName}',
    );
  });

  it('refuses unbalanced braces with their position', () => {
    expect(reason('reminder1', 'Hi {contactFirstName')).toBe(
      'reminder1: unclosed "{" at line 1, column 4 (write "{{" for a literal brace)',
    );
    expect(reason('reminder1', 'Hi {contactFirstName\n}')).toMatch(
      /^reminder1: unclosed "\{" at line 1, column 4/,
    );
    expect(reason('reminder1', 'Hi\nthere } ok')).toBe(
      'reminder1: unbalanced "}" at line 2, column 7 (write "}}" for a literal brace)',
    );
  });

  it('refuses empty and malformed names, empty and oversized templates', () => {
    expect(reason('reminder1', 'Hi {}')).toBe('reminder1: empty placeholder "{}" at line 1, column 4');
    expect(reason('reminder1', 'Hi {first name}')).toMatch(
      /"\{first name\}" at line 1, column 4 is not a placeholder name/,
    );
    expect(reason('reminder1', '  \n ')).toBe('reminder1: the template is empty');
    expect(reason('reminder1', 'x'.repeat(2001))).toBe(
      'reminder1: 2001 characters, more than the 2000 a template may have',
    );
  });

  it('accepts Windows line ends', () => {
    expect(templateValidate('reminder1', 'Hi {contactFirstName},\r\n{userName}').ok).toBe(true);
  });
});
