/** A lexicon list as a Set, built once per list (lexicon lists are immutable). */
const sets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The Set of `list`'s entries, cached by the list's identity. */
export function listSet(list: readonly string[]): ReadonlySet<string> {
  let set = sets.get(list);
  if (!set) {
    set = new Set(list);
    sets.set(list, set);
  }
  return set;
}
