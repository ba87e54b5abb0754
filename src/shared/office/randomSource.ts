/** RandomPort: crypto.getRandomValues where the runtime has it (every browser runtime), else Math.random. */
import type { RandomPort } from '../ports';

export function createRandomSource(): RandomPort {
  // `typeof`, not globalThis: the JavaScript-only runtime keeps to the ES2017 library and may lack crypto.
  const source = typeof crypto === 'undefined' ? undefined : crypto;
  if (source && typeof source.getRandomValues === 'function') {
    const buffer = new Uint32Array(1);
    return {
      next() {
        source.getRandomValues(buffer);
        return (buffer[0] ?? 0) / 2 ** 32;
      },
    };
  }
  return { next: () => Math.random() };
}
