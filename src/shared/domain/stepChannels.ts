import type { Channel, ContactChannel, ContactProfile, StepKind } from './types';

/** The channel suggested when a contact has no channel besides email. */
export const FALLBACK_SWITCH_CHANNEL: Channel = 'phone';

export interface StepChannel {
  readonly kind: StepKind;
  readonly channel: Channel;
  /** The contact's address for that channel when known (phone number, profile URL…). */
  readonly address?: string;
}

export interface StepChannels {
  readonly steps: readonly StepChannel[];
  /** True when the last step suggests FALLBACK_SWITCH_CHANNEL because no other channel is known. */
  readonly fallback: boolean;
}

function stepOf(channel: ContactChannel): StepChannel {
  const kind: StepKind = channel.kind === 'email' ? 'reminder' : 'switch';
  return channel.address === undefined
    ? { kind, channel: channel.kind }
    : { kind, channel: channel.kind, address: channel.address };
}

/**
 * The channel of each of `count` follow-up steps (the original email is attempt 1):
 * - steps are email reminders, except the last, which switches to the contact's highest-ranked
 *   non-email channel (a one-step ladder is a single reminder);
 * - when the contact's #1 channel is not email, the second attempt (step 1) already uses it, and the
 *   last step uses their next non-email channel (the same one again when they have only one);
 * - with no channel besides email, the last step suggests a phone call (`fallback` is set: warn).
 * A step's kind follows its channel: "reminder" on email, "switch" elsewhere.
 */
export function stepChannels(contact: ContactProfile, count: number): StepChannels {
  if (count <= 0) return { steps: [], fallback: false };
  const email: StepChannel = { kind: 'reminder', channel: 'email' };
  const others = contact.channels.filter((c) => c.kind !== 'email');
  const first = others[0];
  const preferOther =
    contact.channels[0] !== undefined && contact.channels[0].kind !== 'email' && first !== undefined;
  const steps: StepChannel[] = Array.from({ length: count }, () => email);
  if (preferOther) {
    steps[0] = stepOf(first);
    if (count >= 2) steps[count - 1] = stepOf(others[1] ?? first);
    return { steps, fallback: false };
  }
  if (count === 1) return { steps, fallback: false };
  if (first !== undefined) {
    steps[count - 1] = stepOf(first);
    return { steps, fallback: false };
  }
  steps[count - 1] = { kind: 'switch', channel: FALLBACK_SWITCH_CHANNEL };
  return { steps, fallback: true };
}
