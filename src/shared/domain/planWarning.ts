import { isoDateOfDay } from './zoneClock';
import type { Channel, ContactProfile, Relaxation, StepKind } from './types';

/**
 * Something the user should know about a plan. `message` is plain English for logs, the CLI and a
 * fallback; the task pane can build its own wording from `code`, `step` and `relaxed`.
 */
export interface PlanWarning {
  readonly code: 'movedOn' | 'away' | 'noOtherChannel' | 'relaxed' | 'unknownZone' | 'noSteps';
  /** Index of the step concerned, when it is about one step. */
  readonly step?: number;
  readonly relaxed?: readonly Relaxation[];
  readonly message: string;
}

/** The contact's name for messages: display name, else address. */
export function contactLabel(contact: Pick<ContactProfile, 'displayName' | 'email'>): string {
  return contact.displayName.trim() || contact.email;
}

const CHANNEL_LABELS: Record<Channel, string> = {
  email: 'email',
  phone: 'phone',
  sms: 'SMS',
  chat: 'chat',
  linkedin: 'LinkedIn',
  social: 'social media',
  video: 'video call',
  'in-person': 'in person',
  letter: 'letter',
  fax: 'fax',
};

/** A channel in English ("SMS", "LinkedIn", "video call"). */
export function channelLabel(channel: Channel): string {
  return CHANNEL_LABELS[channel];
}

/** "Reminder 1", "Switch to phone", "Re-engagement". */
export function stepLabel(kind: StepKind, channel: Channel, reminderNumber: number): string {
  if (kind === 'reengage') return 'Re-engagement';
  if (kind === 'switch') return `Switch to ${channelLabel(channel)}`;
  return `Reminder ${reminderNumber}`;
}

/** What dropping a constraint gives up, in English: "your working hours", "Dana's best times". */
export function relaxationLabel(relaxation: Relaxation, contact: string): string {
  switch (relaxation) {
    case 'userHours':
      return 'your working hours';
    case 'userDays':
      return 'your working days';
    case 'bestTimes':
      return `${contact}'s best times`;
    case 'bestDays':
      return `${contact}'s best days`;
    case 'worstTimes':
      return `${contact}'s worst times`;
  }
}

/** The warning for a step that had to drop constraints. */
export function relaxedWarning(
  step: number,
  label: string,
  relaxed: readonly Relaxation[],
  contact: ContactProfile,
  searchDays: number,
): PlanWarning {
  const name = contactLabel(contact);
  const dropped = relaxed.map((r) => relaxationLabel(r, name));
  const list =
    dropped.length > 1 ? `${dropped.slice(0, -1).join(', ')} and ${dropped[dropped.length - 1]}` : dropped[0];
  return {
    code: 'relaxed',
    step,
    relaxed,
    message: `${label}: no time in the ${searchDays} days after it is due fits every window, so it ignores ${list ?? 'nothing'}.`,
  };
}

export function movedOnWarning(contact: ContactProfile): PlanWarning {
  return {
    code: 'movedOn',
    message: `${contactLabel(contact)} has moved on (no longer reachable at this address): no follow-up is planned.`,
  };
}

export function awayWarning(contact: ContactProfile, resumeDay: number): PlanWarning {
  const until = contact.status.kind === 'away' ? contact.status.until : isoDateOfDay(resumeDay - 1);
  return {
    code: 'away',
    message: `${contactLabel(contact)} is away until ${until}: the plan starts on ${isoDateOfDay(resumeDay)} at the earliest.`,
  };
}

export function noOtherChannelWarning(contact: ContactProfile, step: number): PlanWarning {
  return {
    code: 'noOtherChannel',
    step,
    message: `No channel besides email is known for ${contactLabel(contact)}: the last step suggests a phone call. Add their number or preferred channel to the contact card.`,
  };
}

export function unknownZoneWarning(field: string, zone: string): PlanWarning {
  return {
    code: 'unknownZone',
    message: `${field}: unknown time zone "${zone}"; times are computed in UTC.`,
  };
}
