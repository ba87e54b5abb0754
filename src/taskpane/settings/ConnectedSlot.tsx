/*
 * ───────────────────────── CONNECTED MODE SLOT ─────────────────────────
 * The connected-mode settings panel is built in src/taskpane/connected/ConnectedSettings.tsx (another
 * branch). At merge, render it here, loaded on demand like the rest of Settings, e.g.:
 *
 *   const ConnectedSettings = lazyView(() => import('../connected/ConnectedSettings'));
 *   export function ConnectedSlot() { return <ConnectedSettings />; }
 *
 * (adjust to its export). Until then this slot renders nothing: Settings shows no half-made section.
 * ─────────────────────────────────────────────────────────────────────────
 */

/** Where the connected-mode settings appear in Settings (wired at merge; see above). */
export function ConnectedSlot() {
  return null;
}
