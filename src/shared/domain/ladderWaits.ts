import type { ContactProfile, LadderChoice } from './types';

/**
 * Hours to wait before each step of the named ladders, each measured from the previous step (the
 * first from sending). "prompt": reminder 1 at +48 h, reminder 2 another +72 h later, then the
 * channel switch another +48 h later (as long as reminder 1 waited: enough for reminder 2 to be read
 * and answered, most replies come within a day of opening). "relaxed": +4 days, +7 days, then the
 * switch +4 days later, by the same rule.
 */
export const LADDER_WAIT_HOURS = {
  prompt: [48, 72, 48],
  relaxed: [96, 168, 96],
} as const satisfies Record<string, readonly number[]>;

/** Days after "no answer" before the re-engagement step when settings say nothing. */
export const DEFAULT_REENGAGE_AFTER_DAYS = 30;

/**
 * The waits (hours) before each step of a ladder. The contact's own wait, when set, replaces every
 * wait of the ladder (the number of steps stays the ladder's).
 */
export function ladderWaits(ladder: LadderChoice, contact?: Pick<ContactProfile, 'waitHours'>): number[] {
  const base: readonly number[] = typeof ladder === 'string' ? LADDER_WAIT_HOURS[ladder] : ladder.waitsHours;
  const own = contact?.waitHours;
  return base.map((hours) => (own !== undefined ? own : hours));
}

/** A short English name of a ladder ("prompt ladder", "custom ladder (24 h, 48 h)"). */
export function ladderName(ladder: LadderChoice): string {
  if (typeof ladder === 'string') return `${ladder} ladder`;
  return `custom ladder (${ladder.waitsHours.map((h) => `${h} h`).join(', ')})`;
}
