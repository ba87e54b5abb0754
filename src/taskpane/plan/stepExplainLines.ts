/**
 * Why a step sits where it does, in the pane's words: the core's StepExplanation (followUpStepExplain)
 * rendered with the strings module and the user's locale, one sentence per line.
 */
import type { PlanWindows } from '../../shared/domain/planWindows';
import type { StepExplanation, WindowCheck } from '../../shared/domain/stepExplain';
import { zoneCity } from '../format/formatter';
import type { TimeRange } from '../../shared/domain/types';
import type { Formatter } from '../format/formatter';
import { strings } from '../strings';

export interface ExplainNames {
  /** What the wait started from: "Reminder 1", "sending". */
  readonly anchor: string;
  /** The contact's short name. */
  readonly contact: string;
}

/** "Tue 24 Nov, 09:00 in New York (15:00 your time)": an instant on the contact's clock and the user's. */
export function bothClocks(fmt: Formatter, at: number, contactZone: string, userZone: string): string {
  const city = zoneCity(contactZone);
  if (contactZone === userZone) return strings.plan.whenOne(fmt.dateTime(at, contactZone), city);
  return strings.plan.whenBoth(fmt.dateTime(at, contactZone), city, fmt.time(at, userZone));
}

function rangeList(fmt: Formatter, ranges: readonly TimeRange[]): string {
  return ranges.map((r) => fmt.range(r)).join(', ');
}

function closedPhrase(fmt: Formatter, check: WindowCheck, windows: PlanWindows, who: string): string {
  const t = strings.plan.closed;
  const all = strings.contact.anyDay;
  switch (check) {
    case 'bestDays':
      return t.bestDays(who, fmt.weekdays(windows.bestDays, all));
    case 'bestTimes':
      return t.bestTimes(who, rangeList(fmt, windows.bestTimes));
    case 'worstTimes':
      return t.worstTimes(who, rangeList(fmt, windows.worstTimes));
    case 'userDays':
      return t.userDays(who, fmt.weekdays(windows.workingDays, all));
    case 'userHours':
      return t.userHours(who, rangeList(fmt, windows.workingHours));
  }
}

/** The explanation as sentences. */
export function stepExplainLines(
  fmt: Formatter,
  explanation: StepExplanation,
  windows: PlanWindows,
  names: ExplainNames,
): string[] {
  const t = strings.plan;
  const when = (at: number) => bothClocks(fmt, at, explanation.contactZone, explanation.userZone);
  if (explanation.snoozedUntil !== null) return [t.whySnoozed(when(explanation.dueAt))];
  const lines = [t.whyWait(fmt.hours(explanation.waitHours), names.anchor, when(explanation.earliestAt))];
  if (explanation.notBefore !== null && explanation.notBefore >= explanation.earliestAt)
    lines.push(t.whyHeldBack(when(explanation.notBefore)));
  if (explanation.dueAt !== explanation.earliestAt) {
    const closed = explanation.closedAtEarliest.map((check) =>
      closedPhrase(fmt, check, windows, names.contact),
    );
    lines.push(
      closed.length > 0
        ? t.whyMoved(t.and(closed), when(explanation.dueAt))
        : t.whyMovedPlain(when(explanation.dueAt)),
    );
  }
  if (explanation.relaxed.length > 0)
    lines.push(t.whyRelaxed(t.and(explanation.relaxed.map((r) => t.relaxation[r](names.contact)))));
  else if (explanation.dueAt === explanation.earliestAt) lines.push(t.whyFits);
  return lines;
}
