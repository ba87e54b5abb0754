/** The quick snooze choices, on the user's clock: in an hour, tomorrow morning, in two days, in a week. */
import { DateTime } from 'luxon';
import type { UserSchedule } from '../../shared/domain/types';

export interface SnoozeOption {
  readonly key: 'hour' | 'tomorrow' | 'twoDays' | 'week';
  readonly at: number;
}

/** The choices at `now`; "tomorrow morning" starts when the user's working hours do (09:00 without any). */
export function snoozeOptions(
  now: number,
  user: Pick<UserSchedule, 'timeZone' | 'workingHours'>,
): SnoozeOption[] {
  const local = DateTime.fromMillis(now, { zone: user.timeZone });
  const startMinutes = user.workingHours[0]?.start ?? 9 * 60;
  const tomorrow = local
    .plus({ days: 1 })
    .set({ hour: Math.floor(startMinutes / 60), minute: startMinutes % 60, second: 0, millisecond: 0 });
  const minute = 60_000;
  const roundUp = (at: number) => Math.ceil(at / (5 * minute)) * 5 * minute;
  return [
    { key: 'hour', at: roundUp(now + 60 * minute) },
    { key: 'tomorrow', at: tomorrow.toMillis() },
    { key: 'twoDays', at: roundUp(local.plus({ days: 2 }).toMillis()) },
    { key: 'week', at: roundUp(local.plus({ weeks: 1 }).toMillis()) },
  ];
}
