import type { Instant } from './types';
import { weekdayName } from './weekdayList';
import { clockFormat } from './timeRange';
import { isoDateOfDay, localTimeOf } from './zoneClock';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** "Tue 10 Mar 08:00": an instant on a zone's clock, in short English (for messages and the CLI). */
export function localTimeFormat(zone: string, at: Instant): string {
  const local = localTimeOf(zone, at);
  const date = isoDateOfDay(local.day);
  const month = MONTHS[Number(date.slice(5, 7)) - 1] ?? '?';
  return `${weekdayName(local.weekday)} ${Number(date.slice(8, 10))} ${month} ${clockFormat(local.minute)}`;
}
