/**
 * The second device is served from the other loopback name (127.0.0.1 ↔ localhost): a different
 * origin, so the add-in there has its own localStorage, as on another computer.
 */
export function otherLoopbackOrigin(origin: string): string {
  const url = new URL(origin);
  url.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return url.origin;
}
