/** A decoded or validated value, or the reason it was refused. Invalid values are data, not crashes. */
export type Result<T, E = string> = { ok: true; value: T } | { ok: false; reason: E };

/** Wraps a value as a success. */
export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

/** Wraps a reason as a failure. */
export function fail<E>(reason: E): { ok: false; reason: E } {
  return { ok: false, reason };
}
