import { createComposeItem } from '../../../../src/shared/office/composeItem';
import { createOfficeMailbox } from '../../../../src/shared/office/officeMailbox';
import { createRandomSource } from '../../../../src/shared/office/randomSource';
import { createSentCopyCache, MAX_ENTRIES } from '../../../../src/shared/office/sentCopyCache';
import { failed, installOfficeGlobal, succeeded } from '../../officeGlobal';

type Callback<T> = (result: Office.AsyncResult<T>) => void;
const getter = <T>(value: Office.AsyncResult<T>) => ({ getAsync: (cb: Callback<T>) => cb(value) });

function withCompose(item: Record<string, unknown>): void {
  installOfficeGlobal({ CoercionType: { Html: 'html', Text: 'text' }, context: { mailbox: { item } } });
}

/** A Storage in memory that can be made to refuse writes (full) or to throw on access (blocked). */
function memoryStorage(options: { full?: boolean } = {}): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => {
      if (options.full) throw new DOMException('quota', 'QuotaExceededError');
      data.set(k, v);
    },
  };
}

describe('createComposeItem', () => {
  it('reads recipients with their type, the HTML body and the conversation id', async () => {
    withCompose({
      to: getter(
        succeeded([
          { displayName: 'Priya', emailAddress: 'p@contoso.example', recipientType: 'externalUser' },
        ]),
      ),
      cc: getter(succeeded([])),
      body: { getAsync: (coercion: string, cb: Callback<string>) => cb(succeeded(`${coercion}:<p>Hi</p>`)) },
      subject: getter(succeeded('Proposal')),
      conversationId: 'AAQk-1',
    });
    const compose = createComposeItem();
    await expect(compose.recipients()).resolves.toEqual({
      to: [{ displayName: 'Priya', emailAddress: 'p@contoso.example', recipientType: 'externalUser' }],
      cc: [],
    });
    await expect(compose.body()).resolves.toEqual({ text: 'html:<p>Hi</p>', format: 'html' });
    await expect(compose.conversationId()).resolves.toBe('AAQk-1');
    await expect(compose.subject()).resolves.toBe('Proposal');
  });

  it('treats a new message without a conversation id, and clients without getComposeTypeAsync, safely', async () => {
    withCompose({ conversationId: '' });
    await expect(createComposeItem().conversationId()).resolves.toBeNull();
    await expect(createComposeItem().composeType()).resolves.toBe('new');
  });

  it('maps Outlook compose types and falls back to "new" when the call fails', async () => {
    withCompose({
      getComposeTypeAsync: (cb: Callback<{ composeType: string }>) =>
        cb(succeeded({ composeType: 'replyAll' })),
    });
    await expect(createComposeItem().composeType()).resolves.toBe('reply');
    withCompose({ getComposeTypeAsync: (cb: Callback<unknown>) => cb(failed(9020, 'x')) });
    await expect(createComposeItem().composeType()).resolves.toBe('new');
  });

  it('rejects save with the operation and code', async () => {
    withCompose({ saveAsync: (cb: Callback<string>) => cb(failed(9041, 'offline')) });
    await expect(createComposeItem().save()).rejects.toMatchObject({
      operation: 'item.saveAsync',
      code: 9041,
    });
  });
});

describe('createOfficeMailbox (read mode)', () => {
  it('reports sender, ids and creation time', async () => {
    installOfficeGlobal({
      context: {
        mailbox: {
          item: {
            subject: 'RE: Proposal',
            to: [],
            cc: [],
            from: { displayName: 'Priya', emailAddress: 'p@contoso.example', recipientType: 'externalUser' },
            itemId: 'AAMk-1',
            conversationId: 'AAQk-1',
            internetMessageId: '<m1@contoso.example>',
            dateTimeCreated: new Date(Date.UTC(2026, 10, 20, 9)),
          },
        },
      },
    });
    await expect(createOfficeMailbox().currentItem()).resolves.toEqual({
      mode: 'read',
      subject: 'RE: Proposal',
      to: [],
      cc: [],
      from: { displayName: 'Priya', emailAddress: 'p@contoso.example', recipientType: 'externalUser' },
      itemId: 'AAMk-1',
      conversationId: 'AAQk-1',
      internetMessageId: '<m1@contoso.example>',
      dateTimeCreated: Date.UTC(2026, 10, 20, 9),
    });
  });
});

describe('createSentCopyCache', () => {
  it('merges what it learns about a token and reads it back', () => {
    let time = 1;
    const cache = createSentCopyCache(
      'rp.sent.dana',
      () => time++,
      () => memoryStorage(),
    );
    const storage = memoryStorage();
    const shared = createSentCopyCache(
      'rp.sent.dana',
      () => time++,
      () => storage,
    );
    expect(shared.put('abc', { excerpt: 'Hi Priya' })).toBe(true);
    expect(shared.put('abc', { itemId: 'AAMk-1' })).toBe(true);
    expect(shared.get('abc')).toEqual({ excerpt: 'Hi Priya', itemId: 'AAMk-1', at: 2 });
    expect(cache.get('abc')).toBeUndefined();
  });

  it('keeps the newest entries only', () => {
    let time = 0;
    const storage = memoryStorage();
    const cache = createSentCopyCache(
      'k',
      () => (time += 1),
      () => storage,
    );
    for (let i = 0; i < MAX_ENTRIES + 5; i += 1) cache.put(`t${i}`, {});
    expect(cache.get('t0')).toBeUndefined();
    expect(cache.get(`t${MAX_ENTRIES + 4}`)).toBeDefined();
    expect(Object.keys(JSON.parse(storage.getItem('k') ?? '{}') as object)).toHaveLength(MAX_ENTRIES);
  });

  it('never throws: no storage, full storage, blocked storage or damaged data', () => {
    expect(
      createSentCopyCache(
        'k',
        () => 1,
        () => undefined,
      ).put('a', {}),
    ).toBe(false);
    expect(
      createSentCopyCache(
        'k',
        () => 1,
        () => memoryStorage({ full: true }),
      ).put('a', {}),
    ).toBe(false);
    const blocked = createSentCopyCache(
      'k',
      () => 1,
      () => {
        throw new DOMException('denied', 'SecurityError');
      },
    );
    expect(blocked.put('a', {})).toBe(false);
    expect(blocked.get('a')).toBeUndefined();
    const damaged = memoryStorage();
    damaged.setItem('k', '{"a":{"at":"x"},"b":7,"c":{"at":2,"itemId":5}');
    expect(
      createSentCopyCache(
        'k',
        () => 1,
        () => damaged,
      ).get('a'),
    ).toBeUndefined();
    damaged.setItem('k', '{"a":{"at":"x"},"b":7,"c":{"at":2,"itemId":5}}');
    expect(
      createSentCopyCache(
        'k',
        () => 1,
        () => damaged,
      ).get('c'),
    ).toEqual({ at: 2 });
  });
});

describe('createRandomSource', () => {
  it('gives numbers in [0, 1)', () => {
    const random = createRandomSource();
    const values = Array.from({ length: 200 }, () => random.next());
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(new Set(values).size).toBeGreaterThan(190);
  });
});
