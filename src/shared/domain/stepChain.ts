import type { PlanWindows } from './planWindows';
import { stepPlace, type StepPlacement } from './stepPlace';
import type { Instant } from './types';
import { HOUR_MS } from './zoneClock';

/**
 * Places a chain of steps: each waits its hours (elapsed time) after the previous one, the first
 * after `anchorAt`, and none comes before `notBefore` (a pause, an away contact's return). Each then
 * moves to its windows (stepPlace), and the next step's wait counts from where it landed.
 */
export function stepChain(
  windows: PlanWindows,
  anchorAt: Instant,
  waitsHours: readonly number[],
  notBefore: Instant | null = null,
): StepPlacement[] {
  const placements: StepPlacement[] = [];
  let anchor = anchorAt;
  for (const hours of waitsHours) {
    const earliest = Math.max(anchor + hours * HOUR_MS, notBefore ?? -Infinity);
    const placement = stepPlace(windows, earliest);
    placements.push(placement);
    anchor = placement.dueAt;
  }
  return placements;
}
