/** RandomPort: crypto.getRandomValues where the runtime has it (every browser runtime), else Math.random. */
import type { RandomPort } from '../ports';

export function createRandomSource(): RandomPort {
  const crypto = globalThis.crypto;
  if (crypto && typeof crypto.getRandomValues === 'function') {
    const buffer = new Uint32Array(1);
    return {
      next() {
        crypto.getRandomValues(buffer);
        return (buffer[0] ?? 0) / 2 ** 32;
      },
    };
  }
  return { next: () => Math.random() };
}
