import {
  recipientsTrack,
  TRACKED_MAX,
  type RecipientInput,
} from '../../../../src/shared/domain/recipientsTrack';

const person = (
  name: string,
  address: string,
  recipientType: string | undefined = 'externalUser',
): RecipientInput => ({
  displayName: name,
  emailAddress: address,
  recipientType,
});
const me = 'me@fabrikam.example';

const selection = (to: RecipientInput[], cc: RecipientInput[] = [], self: string | string[] = me) => {
  const result = recipientsTrack(to, cc, self);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
};

describe('recipientsTrack', () => {
  it('one person on To: tracked, and the contact', () => {
    const s = selection([person('Dana Whitfield', 'Dana@Contoso.example')]);
    expect(s.tracked).toEqual([{ email: 'dana@contoso.example', name: 'Dana Whitfield' }]);
    expect(s.contact).toEqual({ email: 'dana@contoso.example', name: 'Dana Whitfield' });
    expect(s.ignored).toEqual([]);
    expect(s.notes).toEqual([]);
  });

  it('tracks To people, then Cc people; the contact is the first external person on To', () => {
    const s = selection(
      [person('Colleague', 'pat@fabrikam.example', 'user'), person('Dana', 'dana@contoso.example', 'other')],
      [person('Boss', 'boss@contoso.example')],
    );
    expect(s.tracked.map((r) => r.email)).toEqual([
      'pat@fabrikam.example',
      'dana@contoso.example',
      'boss@contoso.example',
    ]);
    expect(s.contact?.email).toBe('dana@contoso.example');
  });

  it('with only internal people on To, the first of them is the contact', () => {
    const s = selection([
      person('Pat', 'pat@fabrikam.example', 'user'),
      person('Lee', 'lee@fabrikam.example', 'user'),
    ]);
    expect(s.contact?.email).toBe('pat@fabrikam.example');
  });

  it('a recipient without a type (some clients) counts as external', () => {
    const s = selection([
      person('Pat', 'pat@fabrikam.example', 'user'),
      person('Dana', 'dana@contoso.example', undefined),
    ]);
    expect(s.contact?.email).toBe('dana@contoso.example');
  });

  it('leaves out the user (any alias, any case) and repeats; To wins over Cc', () => {
    const s = selection(
      [person('Me', 'ME@Fabrikam.example', 'user'), person('Dana', 'dana@contoso.example')],
      [person('Dana again', 'DANA@contoso.example'), person('Me too', 'me.alias@fabrikam.example', 'user')],
      [me, 'me.alias@fabrikam.example'],
    );
    expect(s.tracked.map((r) => r.email)).toEqual(['dana@contoso.example']);
    expect(s.ignored.map((i) => [i.line, i.reason])).toEqual([
      ['to', 'self'],
      ['cc', 'duplicate'],
      ['cc', 'self'],
    ]);
  });

  it('skips recipients with no usable address, and says how many', () => {
    const s = selection([
      { displayName: 'Unresolved', emailAddress: '' },
      {
        displayName: 'Exchange DN',
        emailAddress: '/o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=abc',
      },
      { displayName: null, emailAddress: null },
      person('Dana', 'dana@contoso.example'),
    ]);
    expect(s.tracked.map((r) => r.email)).toEqual(['dana@contoso.example']);
    expect(s.ignored.map((i) => i.reason)).toEqual(['noAddress', 'noAddress', 'noAddress']);
    expect(s.notes).toEqual(['3 recipients have no email address and cannot be tracked.']);
  });

  it('distribution lists are tracked after people and never time the plan', () => {
    const s = selection([
      person('Sales team', 'sales@contoso.example', 'distributionList'),
      person('Dana', 'dana@contoso.example'),
    ]);
    expect(s.tracked.map((r) => r.email)).toEqual(['dana@contoso.example', 'sales@contoso.example']);
    expect(s.contact?.email).toBe('dana@contoso.example');
    const lists = selection([person('Sales team', 'sales@contoso.example', 'distributionList')]);
    expect(lists.contact).toBeNull();
    expect(lists.notes[0]).toContain('Only distribution lists');
  });

  it('with Cc only, the contact comes from Cc', () => {
    const s = selection([], [person('Dana', 'dana@contoso.example')]);
    expect(s.contact?.email).toBe('dana@contoso.example');
  });

  it('50 recipients: tracks the first 10 people and says so', () => {
    const to = Array.from({ length: 50 }, (_, i) => person(`P${i}`, `p${i}@contoso.example`));
    const s = selection(to);
    expect(s.tracked).toHaveLength(TRACKED_MAX);
    expect(s.tracked[9]?.email).toBe('p9@contoso.example');
    expect(s.ignored.filter((i) => i.reason === 'overLimit')).toHaveLength(40);
    expect(s.notes[0]).toBe('Tracking 10 of 50 recipients: a reply from any of them clears the plan.');
    expect(s.contact?.email).toBe('p0@contoso.example');
  });

  it('people win the limited places over lists', () => {
    const to = [
      person('List', 'all@contoso.example', 'distributionList'),
      ...Array.from({ length: 10 }, (_, i) => person(`P${i}`, `p${i}@contoso.example`)),
    ];
    expect(selection(to).tracked.map((r) => r.email)).not.toContain('all@contoso.example');
  });

  it('uses the address when the display name is empty, and keeps names as plain text', () => {
    const s = selection([
      person('  ', 'dana@contoso.example'),
      person('<img src=x onerror=alert(1)>', 'x@contoso.example'),
    ]);
    expect(s.tracked).toEqual([
      { email: 'dana@contoso.example', name: 'dana@contoso.example' },
      { email: 'x@contoso.example', name: '<img src=x onerror=alert(1)>' },
    ]);
  });

  it('refuses when nobody is left to wait for', () => {
    expect(recipientsTrack([person('Me', me)], [], me)).toEqual({
      ok: false,
      reason: 'recipients: nobody to wait for (the message goes only to yourself)',
    });
    expect(recipientsTrack([{ displayName: 'Unresolved', emailAddress: 'nobody' }], [], me)).toEqual({
      ok: false,
      reason: 'recipients: nobody to wait for (no recipient has an email address)',
    });
    expect(recipientsTrack([], [], me).ok).toBe(false);
  });
});
