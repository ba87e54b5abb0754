/**
 * The session clock inside the add-in's frames: a Date that runs `offset()` milliseconds ahead of
 * real time. `new Date()`, `Date()` and `Date.now()` see the moved time (luxon reads Date.now);
 * `new Date(value)`, Date.UTC, Date.parse and instanceof behave as before.
 */

/** A Date constructor shifted by `offset()` (read at every call). */
export function shiftedDate(RealDate: DateConstructor, offset: () => number): DateConstructor {
  const now = () => RealDate.now() + offset();
  function WorkbenchDate(this: unknown, ...args: unknown[]): unknown {
    if (!new.target) return new RealDate(now()).toString();
    return Reflect.construct(RealDate, args.length === 0 ? [now()] : args, new.target);
  }
  Object.setPrototypeOf(WorkbenchDate, RealDate);
  WorkbenchDate.prototype = RealDate.prototype;
  Object.defineProperty(WorkbenchDate, 'now', { value: now, writable: true, configurable: true });
  Object.defineProperty(WorkbenchDate, 'name', { value: 'Date' });
  return WorkbenchDate as unknown as DateConstructor;
}

/** Replaces `target.Date` with the shifted one. */
export function installShiftedDate(target: { Date: DateConstructor }, offset: () => number): void {
  target.Date = shiftedDate(target.Date, offset);
}
