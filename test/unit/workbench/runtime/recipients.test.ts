import { emailDetails, recipientsValidate } from '../../../../workbench/runtime/recipients';
import { thrownLike } from './thrownLike';

describe('recipients', () => {
  it('accepts strings and objects, at most 100 per call', () => {
    expect(recipientsValidate(['a@x.example', { displayName: 'B', emailAddress: 'b@x.example' }])).toEqual([
      { displayName: 'a@x.example', emailAddress: 'a@x.example' },
      { displayName: 'B', emailAddress: 'b@x.example' },
    ]);
    const many = Array.from({ length: 101 }, (_, i) => `p${i}@x.example`);
    expect(() => recipientsValidate(many)).toThrow(thrownLike({ name: 'Sys.ArgumentOutOfRangeException' }));
    expect(recipientsValidate(many.slice(1))).toHaveLength(100);
  });

  it('refuses non-lists, empty entries and overlong names', () => {
    expect(() => recipientsValidate('a@x.example')).toThrow(thrownLike({ name: 'Sys.ArgumentException' }));
    expect(() => recipientsValidate([{}])).toThrow(thrownLike({ name: 'Sys.ArgumentException' }));
    expect(() => recipientsValidate([{ displayName: 'n'.repeat(256), emailAddress: 'a@x.example' }])).toThrow(
      thrownLike({ name: 'Sys.ArgumentOutOfRangeException' }),
    );
  });

  it('marks recipients of the user domain as users and others as external', () => {
    const mine = 'dana@northwind.example';
    expect(
      emailDetails({ displayName: 'T', emailAddress: 'tomas@northwind.example' }, mine).recipientType,
    ).toBe('user');
    expect(
      emailDetails({ displayName: 'P', emailAddress: 'priya@contoso.example' }, mine).recipientType,
    ).toBe('externalUser');
  });
});
