import { createLocalStorageJournal } from '../../../../src/shared/office/localStorageJournal';

/** A typed in-memory Storage. */
function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    key: (index: number) => [...data.keys()][index] ?? null,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  };
}

describe('createLocalStorageJournal', () => {
  it('reads back what it wrote under its key', () => {
    const journal = createLocalStorageJournal('reachplan.journal.a@b', () => memoryStorage());
    expect(journal.available).toBe(true);
    expect(journal.read()).toBeNull();
    expect(journal.write('x')).toBe(true);
    expect(journal.read()).toBe('x');
  });

  it('is unavailable when there is no localStorage (classic Outlook JavaScript-only runtime)', () => {
    const journal = createLocalStorageJournal('k', () => undefined);
    expect(journal.available).toBe(false);
    expect(journal.write('x')).toBe(false);
    expect(journal.read()).toBeNull();
  });

  it('is unavailable when touching localStorage throws (blocked storage)', () => {
    const journal = createLocalStorageJournal('k', () => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(journal.available).toBe(false);
  });

  it('reports a failed write (storage full) and a failed read without throwing', () => {
    const storage = memoryStorage();
    const journal = createLocalStorageJournal('k', () => storage);
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(journal.write('x')).toBe(false);
    storage.getItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    expect(journal.read()).toBeNull();
  });
});
