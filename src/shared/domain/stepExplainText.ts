import { localTimeFormat } from './localTimeFormat';
import { relaxationLabel } from './planWarning';
import type { PlanWindows } from './planWindows';
import type { StepExplanation, WindowCheck } from './stepExplain';
import { timeRangeFormat } from './timeRange';
import type { TimeRange } from './types';
import { weekdayListFormat } from './weekdayList';

/** "New York" for "America/New_York": the last part of an IANA name, readable. */
export function zoneCity(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}

function ranges(list: readonly TimeRange[]): string {
  return list.map(timeRangeFormat).join(', ');
}

function closedPhrase(check: WindowCheck, windows: PlanWindows, contact: string): string {
  switch (check) {
    case 'bestDays':
      return `not one of ${contact}'s best days (${weekdayListFormat(windows.bestDays)})`;
    case 'bestTimes':
      return `outside ${contact}'s best times (${ranges(windows.bestTimes)})`;
    case 'worstTimes':
      return `in ${contact}'s worst times (${ranges(windows.worstTimes)})`;
    case 'userDays':
      return `not one of your working days (${weekdayListFormat(windows.workingDays)})`;
    case 'userHours':
      return `outside your working hours (${ranges(windows.workingHours)})`;
  }
}

function both(explanation: StepExplanation, at: number): string {
  const contactSide = `${localTimeFormat(explanation.contactZone, at)} ${zoneCity(explanation.contactZone)} time`;
  if (explanation.userZone === explanation.contactZone) return contactSide;
  return `${contactSide} (${localTimeFormat(explanation.userZone, at)} your time)`;
}

function joinAnd(parts: readonly string[]): string {
  return parts.length > 1
    ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
    : (parts[0] ?? '');
}

export interface StepExplainTextNames {
  /** "Reminder 2". */
  readonly step: string;
  /** "reminder 1", "sending". */
  readonly anchor: string;
  readonly contact: string;
  /** What held the step back when notBefore did: "Dana is back" (default "the pause ends"). */
  readonly holdBack?: string;
}

/**
 * Plain-English rendering of a StepExplanation ("why this step sits here"), for the CLI, logs and as
 * the task pane's fallback wording. Example: "Reminder 2 waits 72 h after reminder 1: Fri 13 Mar 08:00
 * New York time. That is not one of Dana's best days (Tue–Thu), so it moves to Tue 17 Mar 08:00 New
 * York time (13:00 your time)."
 */
export function stepExplainText(
  explanation: StepExplanation,
  windows: PlanWindows,
  names: StepExplainTextNames,
): string {
  if (explanation.snoozedUntil !== null) {
    return `${names.step} was snoozed to ${both(explanation, explanation.dueAt)}.`;
  }
  const heldBack =
    explanation.notBefore !== null && explanation.notBefore >= explanation.earliestAt
      ? `, and not before ${names.holdBack ?? 'the pause ends'}`
      : '';
  const sentences = [
    `${names.step} waits ${explanation.waitHours} h after ${names.anchor}${heldBack}: ${both(explanation, explanation.earliestAt)}.`,
  ];
  if (explanation.dueAt !== explanation.earliestAt) {
    const closed = explanation.closedAtEarliest.map((check) => closedPhrase(check, windows, names.contact));
    const lead = closed.length > 0 ? `That is ${joinAnd(closed)}, so it` : 'It';
    sentences.push(`${lead} moves to ${both(explanation, explanation.dueAt)}.`);
  }
  if (explanation.relaxed.length > 0) {
    const dropped = joinAnd(explanation.relaxed.map((r) => relaxationLabel(r, names.contact)));
    sentences.push(`No time within 14 days fits every window, so it ignores ${dropped}.`);
  } else if (explanation.dueAt === explanation.earliestAt) {
    sentences.push('That fits every window.');
  }
  return sentences.join(' ');
}
