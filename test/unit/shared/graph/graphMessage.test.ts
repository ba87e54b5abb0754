/** Reading Graph messages (untrusted) into the classifier's IncomingMessage; extended property ids; id forms. */
import type { Message } from '@microsoft/microsoft-graph-types';
import { extendedIdCanonical, extendedValue } from '../../../../src/shared/graph/extendedProperty';
import { ewsIdOf, idKeysOf, restIdOf } from '../../../../src/shared/graph/graphIds';
import { customPropertiesOf, headersOf, incomingOf } from '../../../../src/shared/graph/graphMessage';
import { odataDateTime, odataQuery, odataString } from '../../../../src/shared/graph/graphQuery';
import { createDeviceMemory } from '../../../../src/shared/graph/deviceMemory';
import { idKey } from '../../../../src/shared/storage/idKey';

const ADDIN = '15ae80bf-aa72-4657-95ba-2fcfe42104a8';

describe('incomingOf', () => {
  it('takes headers (repeats joined), the preview, the message class and the EWS conversation id', () => {
    const message: Message = {
      from: { emailAddress: { address: ' Priya.Raman@Contoso.example ', name: 'Priya' } },
      subject: 'Automatic reply: Proposal',
      receivedDateTime: '2026-11-20T08:00:00Z',
      bodyPreview: 'I am out until 3 December.',
      conversationId: 'AAQkAD-a_b',
      internetMessageHeaders: [
        { name: 'Auto-Submitted', value: 'auto-replied' },
        { name: 'Received', value: 'a' },
        { name: 'received', value: 'b' },
      ],
      singleValueExtendedProperties: [{ id: 'String 0x1a', value: 'IPM.Note.Rules.OofTemplate.Microsoft' }],
    };
    expect(incomingOf(message)).toEqual({
      from: { email: 'priya.raman@contoso.example', name: 'Priya' },
      subject: 'Automatic reply: Proposal',
      headers: { 'auto-submitted': 'auto-replied', received: 'a, b' },
      bodyText: 'I am out until 3 December.',
      receivedAt: Date.parse('2026-11-20T08:00:00Z'),
      conversationId: 'AAQkAD/a+b',
      messageClass: 'IPM.Note.Rules.OofTemplate.Microsoft',
    });
  });

  it('refuses a message without a sender or a readable time, and survives odd shapes', () => {
    expect(incomingOf({ receivedDateTime: '2026-11-20T08:00:00Z' })).toBeNull();
    expect(
      incomingOf({ from: { emailAddress: { address: 'a@b.example' } }, receivedDateTime: 'soon' }),
    ).toBeNull();
    const odd = {
      from: { emailAddress: { address: 'a@b.example' } },
      receivedDateTime: '2026-11-20T08:00:00Z',
      subject: 42,
      internetMessageHeaders: 'x',
    } as unknown as Message;
    expect(incomingOf(odd)).toEqual(expect.objectContaining({ subject: '', headers: {} }));
    expect(headersOf({ internetMessageHeaders: [{ name: '', value: 'x' }] })).toEqual({});
  });
});

describe('custom properties on a Graph message', () => {
  const id = `String {00020329-0000-0000-c000-000000000046} Name cecp-${ADDIN}`;
  it('reads the JSON of all properties, whatever the GUID case Graph answers with', () => {
    expect(
      customPropertiesOf({ singleValueExtendedProperties: [{ id, value: '{"rpc":"{}"}' }] }, ADDIN),
    ).toEqual({ rpc: '{}' });
  });
  it('gives null for a missing, unreadable or non-object value, and names are case-sensitive', () => {
    expect(customPropertiesOf({}, ADDIN)).toBeNull();
    expect(customPropertiesOf({ singleValueExtendedProperties: [{ id, value: '[1]' }] }, ADDIN)).toBeNull();
    expect(customPropertiesOf({ singleValueExtendedProperties: [{ id, value: '{' }] }, ADDIN)).toBeNull();
    expect(extendedValue([{ id: id.replace('cecp', 'CECP'), value: '{}' }], id)).toBeUndefined();
  });
  it('writes ids in Graph’s canonical form', () => {
    expect(extendedIdCanonical('String 0x001A')).toBe('String 0x1a');
    expect(extendedIdCanonical('Binary 0x0E0A')).toBe('Binary 0xe0a');
    expect(extendedIdCanonical('nonsense')).toBeNull();
  });
});

describe('ids and OData pieces', () => {
  it('converts REST and EWS ids as Office.js does, and keys both forms', () => {
    expect(ewsIdOf('AAMk-a_b=')).toBe('AAMk/a+b=');
    expect(restIdOf('AAMk/a+b=')).toBe('AAMk-a_b=');
    expect(idKeysOf('AAMk-a_b')).toEqual([idKey('AAMk/a+b'), idKey('AAMk-a_b')]);
    expect(idKeysOf('plain')).toEqual([idKey('plain')]);
  });
  it('quotes strings, writes UTC seconds, and encodes query values', () => {
    expect(odataString("O'Brien")).toBe("'O''Brien'");
    expect(odataDateTime(Date.parse('2026-11-20T08:00:00.999Z'))).toBe('2026-11-20T08:00:00Z');
    expect(odataQuery({ $filter: "a eq 'b c'", $top: 5, $skip: undefined })).toBe(
      "?$filter=a%20eq%20'b%20c'&$top=5",
    );
  });
});

describe('device memory', () => {
  it('keeps values per prefix in storage, and in memory when storage is blocked', () => {
    const backing = new Map<string, string>();
    const storage = {
      getItem: (k: string) => backing.get(k) ?? null,
      setItem: (k: string, v: string) => void backing.set(k, v),
      removeItem: (k: string) => void backing.delete(k),
    } as unknown as Storage;
    const memory = createDeviceMemory('p.', () => storage);
    expect(memory.set('a', '1')).toBe(true);
    expect(backing.get('p.a')).toBe('1');
    expect(memory.set('a', null)).toBe(true);
    expect(memory.get('a')).toBeNull();
    const blocked = createDeviceMemory('p.', () => {
      throw new Error('SecurityError');
    });
    expect(blocked.set('b', '2')).toBe(false);
    expect(blocked.get('b')).toBe('2');
  });
});
