/**
 * Short keys for long identifiers. Roaming settings cannot hold 300 conversation ids (~140 characters
 * each), so they keep a 40-bit hash: `conversationKey`, compared with the key of an incoming message's
 * conversationId. With 300 follow-ups, a wrong match needs about 3.7 billion incoming messages.
 */
const KEY_LENGTH = 8; // base 32 × 8 = 40 bits
const KEY_PATTERN = /^[0-9a-v]{8}$/;

/** cyrb53 (public domain, bryc): a fast 53-bit string hash with good mixing. */
function cyrb53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The stored key of a conversation id or an internet message id. */
export function idKey(id: string): string {
  return (cyrb53(id) % 2 ** 40).toString(32).padStart(KEY_LENGTH, '0');
}

/** Whether `key` has the shape idKey produces. */
export function idKeyValid(key: string): boolean {
  return KEY_PATTERN.test(key);
}

/** The 40-bit number of a valid key. */
export function idKeyNumber(key: string): number {
  return parseInt(key, 32);
}

/** The key of a 40-bit number. */
export function idKeyOfNumber(value: number): string {
  return value.toString(32).padStart(KEY_LENGTH, '0');
}
