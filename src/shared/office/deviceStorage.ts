/**
 * This device's localStorage, or undefined where the runtime has none. Classic Outlook's
 * JavaScript-only runtime (event handlers on Windows) has no localStorage and no `globalThis`
 * (ES2017 library only), so the global is read with `typeof`, which never throws on an undeclared
 * name; a browser that blocks storage throws on access, which also counts as none.
 */
export function deviceStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
