import { recipientsFormat, recipientsParse } from '../../../../../workbench/app/model/recipientText';

describe('recipient lines', () => {
  it('parses names with addresses and bare addresses, separated by ; or ,', () => {
    expect(
      recipientsParse(
        'Priya Raman <priya@contoso.example>; marcus@fabrikam.example, "Ruiz, Tomás" <t@northwind.example>',
      ),
    ).toEqual({
      ok: true,
      value: [
        { name: 'Priya Raman', email: 'priya@contoso.example' },
        { name: 'marcus@fabrikam.example', email: 'marcus@fabrikam.example' },
        { name: 'Ruiz, Tomás', email: 't@northwind.example' },
      ],
    });
    expect(recipientsParse('  ;  ')).toEqual({ ok: true, value: [] });
  });

  it('refuses an entry without an address, naming it', () => {
    expect(recipientsParse('Priya')).toEqual({ ok: false, reason: '"Priya" is not an email address' });
  });

  it('formats back to a line that parses to the same people', () => {
    const people = [
      { name: 'Priya Raman', email: 'priya@contoso.example' },
      { name: 'marcus@fabrikam.example', email: 'marcus@fabrikam.example' },
    ];
    const line = recipientsFormat(people);
    expect(line).toBe('Priya Raman <priya@contoso.example>; marcus@fabrikam.example');
    expect(recipientsParse(line)).toEqual({ ok: true, value: people });
  });
});
